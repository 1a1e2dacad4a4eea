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
