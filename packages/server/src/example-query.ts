// The query GraphiQL opens with: what an analyst asks first.
export const EXAMPLE_QUERY = /* GraphQL */ `# Welcome to PlanHub: Bắc Kạn's 2024 targets, their status, and the solutions linked to them.
# Press ▶ to run. Add  lang: EN  to a name field (or send Accept-Language: en) for English.
query Targets2024 {
  plan(code: "bac-kan-ktxh-2024") {
    title
    period { label }
    summary {
      targetCount
      byStatus { status count }
      statedAssessments { kind count outOf statement }
    }
    targets(first: 20) {
      totalCount
      edges {
        node {
          indicator {
            name
            area { name }
            solutionLinks { basis rationale solution { text } }
          }
          comparator
          value
          valueMax
          unit { label }
          status
          statusReason
          provenance { quote source { title published } }
        }
      }
    }
  }
}
`;

/** GraphiQL's tabs: the questions an analyst asks, each saying what it answers. The first is EXAMPLE_QUERY. */
export const EXAMPLE_TABS: ReadonlyArray<{ query: string; variables?: string; headers?: string }> = [
  { query: EXAMPLE_QUERY },
  {
    query: /* GraphQL */ `# The 2023 results against the 2023 plan: each indicator's current figure (the most
# settled report), the target it is judged against, and the passage each comes from.
query Results2023 {
  plan(code: "bac-kan-ktxh-2023") {
    title
    summary { byStatus { status count } statedAssessments { kind count outOf statement } }
  }
  indicators(filter: { year: 2023 }, first: 30) {
    edges {
      node {
        name
        area { name }
        latestResult(periodKind: YEAR) {
          value unit { label } reliability percentOfPlan period { label }
          provenance { quote source { title } }
          revisions { value reliability reportedOn }
        }
      }
    }
  }
}
`,
  },
  {
    query: /* GraphQL */ `# One indicator across provinces: every area's current 2023 figure of the economic
# growth rate, ranked best first, with the change from 2022 and where each figure comes from.
query GrowthAcrossProvinces {
  compareIndicator(code: "economic-growth-rate", period: "2023") {
    definition { name direction }
    totalCount
    entries(first: 34) {
      rank
      area { name }
      result { value unit { label } reliability provenance { quote source { title } } }
      change
      changePercent
    }
  }
}
`,
  },
  {
    query: /* GraphQL */ `# A group-by over computed status: the 2024 targets of every province by sector, with
# how many are met, on track or without data yet, and their average achievement;
# then the same year's figures by reliability. Try groupBy: [AREA, STATUS] or [AGENCY].
query TargetsBySectorAndStatus {
  targetStats(filter: { year: 2024, level: PROVINCE }, groupBy: [SECTOR]) {
    total { count byStatus { status count } }
    groups(orderBy: { field: COUNT, direction: DESC }) {
      sector { name }
      count
      byStatus { status count }
      achievementPercent { count average min max }
    }
  }
  resultStats(filter: { year: 2023 }, groupBy: [RELIABILITY, MEASURE]) {
    groups { reliability measure count percentOfPlan { average } }
  }
  behind: indicators(filter: { area: "bac-kan", status: NOT_MET, year: 2024 }, first: 20) {
    totalCount
    edges { node { name targets(first: 3) { edges { node { value unit { label } status statusReason } } } } }
  }
}
`,
  },
  {
    query: /* GraphQL */ `# Target achievement across provinces: every province's 2024 target of the economic
# growth rate, judged against its figures and ranked by achievement (figure ÷ target),
# each with the passage that sets it. Until 2024's figures are in, every status is NO_DATA.
query GrowthTargetsAcrossProvinces {
  compareTargets(code: "economic-growth-rate", period: "2024", level: PROVINCE) {
    definition { name direction }
    entries(first: 34) {
      rank
      area { name }
      status
      achievementPercent
      target { value unit { label } plan { title } provenance { quote source { title } } }
    }
  }
}
`,
  },
  {
    query: /* GraphQL */ `# What changed, newest last: the audit trail of every write (who, when, before and
# after, why). Writes need a token: put {"Authorization": "Bearer phk_…"} in Headers,
# and see the mutations in the Docs (recordResult, setTarget, …).
query RecentChanges {
  changes(last: 20) {
    edges { node { at actor operation recordType recordId reason after } }
  }
}
`,
  },
];
