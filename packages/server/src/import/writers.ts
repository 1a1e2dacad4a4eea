import type { BulkTarget } from '../writes/bulk-insert.ts';
import { NATIONAL_SCOPE } from '../auth/scopes.ts';
import type { Tx } from '../writes/transaction.ts';
import type { ChangeSet } from '../writes/audit.ts';
import { type AgencyFields, type EventFields, importAgency, importEvent, importParticipant, importPerson, importPosition, type PositionFields } from '../writes/context-data.ts';
import { type AssignmentFields, type DefinitionFields, importAssignment, importDefinition, importLink, importPlan, importSeries, importSolution, type LinkFields, type PlanFields, type SolutionFields } from '../writes/plan-data.ts';
import type { ImportAction } from '../writes/matched.ts';
import { importResult, importResults, type ResultFields } from '../writes/results.ts';
import type { Touched } from '../writes/scope.ts';
import { importSource, type SourceFields } from '../writes/sources.ts';
import { importTarget, type TargetFields } from '../writes/targets.ts';
import { InvalidInputError, type UserError } from '../writes/user-errors.ts';
import type { RecordKind } from './kinds.ts';

// What an import does with a row of each kind: the fields of its write (the same input a
// mutation takes), what makes two rows the same record, the areas it touches (for the
// token's scope; null for records of no area), and the write itself, in the import's
// transaction, matched by the natural key.

type Fields = Record<string, unknown>;

export interface RowWriter {
  model: string;
  /** The natural key, to find two rows of the file that are the same record. */
  key(f: Fields): string;
  /** What makes two rows the same record, for the message that says so. */
  same: string;
  touches(f: Fields): Touched | null;
  write(tx: Tx, set: ChangeSet, f: Fields, how: WriteHow): Promise<{ action: ImportAction; id: number }>;
  /** Many rows of the kind at once, where a kind comes in large files (results): each row's outcome, or the user error that refused it. */
  writeMany?(tx: Tx, set: ChangeSet, rows: readonly Fields[], how: WriteHow): Promise<Array<{ action: ImportAction; id: number } | UserError>>;
}

interface WriteHow {
  why: string;
  keep: ReadonlySet<string>;
  admin: boolean;
  /** The database, for what is written many rows to a statement. */
  bulk: BulkTarget;
}

const opt = <T>(v: unknown) => (v as T | undefined) ?? null;
const provenanceOf = (f: Fields) => ({ source: String(f.source), quote: String(f.quote) });
/** A row's series, `<definition>@<area>`. */
const series = (f: Fields) => `${f.definition}@${f.area}`;

/** Records whose natural key is their code. */
const byCode = { key: (f: Fields) => String(f.code), same: 'same code' };


function sourceFields(f: Fields): SourceFields {
  return {
    code: String(f.code),
    kind: f.kind as SourceFields['kind'],
    title: String(f.title),
    publisherName: String(f.publisherName),
    publisher: (f.publisher as string | undefined) ?? null,
    documentNumber: (f.documentNumber as string | undefined) ?? null,
    publishedOn: String(f.publishedOn),
    url: (f.url as string | undefined) ?? null,
    language: (f.language as string | undefined) ?? 'vi',
    text: String(f.text),
  };
}


function resultFields(f: Fields): ResultFields {
  return {
    indicator: series(f),
    period: String(f.period),
    plan: (f.plan as string | undefined) ?? null,
    measure: (f.measure as ResultFields['measure'] | undefined) ?? 'LEVEL',
    value: (f.value as number | undefined) ?? null,
    bound: (f.bound as ResultFields['bound'] | undefined) ?? 'EXACT',
    unit: String(f.unit),
    reliability: f.reliability as ResultFields['reliability'],
    percentOfPlan: (f.percentOfPlan as number | undefined) ?? null,
    yoyChangePercent: (f.yoyChangePercent as number | undefined) ?? null,
    yoyFactor: (f.yoyFactor as number | undefined) ?? null,
    rankChange: (f.rankChange as number | undefined) ?? null,
    reportedOn: (f.reportedOn as Date | undefined) ?? null,
    asOf: (f.asOf as Date | undefined) ?? null,
    supersedes: null,
    provenance: provenanceOf(f),
  };
}

function targetFields(f: Fields): TargetFields {
  return {
    indicator: series(f),
    plan: String(f.plan),
    period: String(f.period),
    kind: (f.kind as TargetFields['kind'] | undefined) ?? 'LEVEL',
    comparator: f.comparator as TargetFields['comparator'],
    value: f.value as number,
    valueMax: (f.valueMax as number | undefined) ?? null,
    rangeKind: (f.rangeKind as TargetFields['rangeKind'] | undefined) ?? null,
    unit: String(f.unit),
    isMain: (f.isMain as boolean | undefined) ?? false,
    adoptedOn: (f.adoptedOn as Date | undefined) ?? null,
    provenance: provenanceOf(f),
  };
}

function solutionFields(f: Fields): SolutionFields {
  return {
    code: String(f.code),
    kind: (f.kind as SolutionFields['kind'] | undefined) ?? 'SOLUTION',
    textVi: String(f.textVi),
    textEn: opt<string>(f.textEn),
    sector: opt<string>(f.sector),
    plan: String(f.plan),
    position: f.position as number,
    event: opt<string>(f.event),
    issuedBy: opt<string>(f.issuedBy),
    provenance: provenanceOf(f),
  };
}

function agencyFields(f: Fields): AgencyFields {
  return {
    code: String(f.code),
    kind: f.kind as AgencyFields['kind'],
    level: f.level as AgencyFields['level'],
    nameVi: String(f.nameVi),
    nameEn: opt<string>(f.nameEn),
    abbreviation: opt<string>(f.abbreviation),
    area: opt<string>(f.area),
    parent: opt<string>(f.parent),
    validFrom: opt<Date>(f.validFrom),
    validTo: opt<Date>(f.validTo),
  };
}


/** An assignment's indicator, when it names one: its code and its area, both or neither. */
function assignedSeries(f: Fields): string | null {
  if (f.definition === undefined && f.area === undefined) return null;
  if (f.definition === undefined || f.area === undefined) {
    const missing = f.definition === undefined ? 'definition' : 'area';
    throw new InvalidInputError([{ field: missing, message: 'An assignment to an indicator names its code and its area, both: give the other, or neither for an assignment to a solution.' }]);
  }
  return series(f);
}

function assignmentFields(f: Fields): AssignmentFields {
  return {
    agency: String(f.agency),
    solution: opt<string>(f.solution),
    indicator: assignedSeries(f),
    role: f.role as AssignmentFields['role'],
    plan: opt<string>(f.plan),
    period: opt<string>(f.period),
    provenance: provenanceOf(f),
  };
}

const definitionFields = (f: Fields): DefinitionFields => ({
  code: String(f.code),
  nameVi: String(f.nameVi),
  nameEn: opt<string>(f.nameEn),
  descriptionVi: opt<string>(f.descriptionVi),
  descriptionEn: opt<string>(f.descriptionEn),
  sector: String(f.sector),
  direction: f.direction as DefinitionFields['direction'],
  dimension: String(f.dimension),
  nationalCode: opt<string>(f.nationalCode),
});

const positionFields = (f: Fields): PositionFields => ({
  person: String(f.person),
  agency: String(f.agency),
  role: f.role as PositionFields['role'],
  titleVi: String(f.titleVi),
  titleEn: opt<string>(f.titleEn),
  startDate: opt<Date>(f.startDate),
  endDate: opt<Date>(f.endDate),
  attestedOn: f.attestedOn as Date,
  provenance: provenanceOf(f),
});

const eventFields = (f: Fields): Omit<EventFields, 'participants'> => ({
  code: String(f.code),
  kind: f.kind as EventFields['kind'],
  titleVi: String(f.titleVi),
  titleEn: opt<string>(f.titleEn),
  date: f.date as Date,
  area: String(f.area),
  organizer: opt<string>(f.organizer),
  plan: opt<string>(f.plan),
  provenance: provenanceOf(f),
});

const planFields = (f: Fields): PlanFields => ({
  code: String(f.code),
  kind: f.kind as PlanFields['kind'],
  area: String(f.area),
  period: String(f.period),
  titleVi: String(f.titleVi),
  titleEn: opt<string>(f.titleEn),
  parent: opt<string>(f.parent),
});

const linkFields = (f: Fields): LinkFields => ({ solution: String(f.solution), indicator: series(f), basis: f.basis as LinkFields['basis'], rationale: String(f.rationale) });

export const WRITERS: Record<RecordKind['name'], RowWriter> = {
  sources: {
    model: 'Source',
    ...byCode,
    touches: () => null,
    write: (tx, set, f, how) => importSource(tx, set, sourceFields(f), how.why, how.admin, how.keep),
  },
  agencies: {
    model: 'Agency',
    ...byCode,
    // A national agency (no area) is an admin's to write.
    touches: (f) => ({ areas: [(f.area as string | undefined) ?? NATIONAL_SCOPE], agencies: [f.parent as string | undefined] }),
    write: (tx, set, f, how) => importAgency(tx, set, agencyFields(f), how.why, how.keep),
  },
  results: {
    model: 'Result',
    key: (f) => [series(f), f.period, f.measure ?? 'LEVEL', f.source].join('|'),
    same: 'same series, period, measure and source',
    touches: (f) => ({ series: [series(f)], plans: [f.plan as string | undefined] }),
    write: (tx, set, f, how) => importResult(tx, set, resultFields(f), how.why, how.keep),
    writeMany: (tx, set, rows, how) => importResults(tx, set, rows.map(resultFields), how.why, how.keep, how.bulk),
  },
  targets: {
    model: 'Target',
    key: (f) => [series(f), f.plan, f.period, f.kind ?? 'LEVEL'].join('|'),
    same: 'same series, period, plan and kind',
    touches: (f) => ({ series: [series(f)], plans: [f.plan as string | undefined] }),
    write: (tx, set, f, how) => importTarget(tx, set, targetFields(f), how.why, how.keep),
  },
  solutions: {
    model: 'Solution',
    ...byCode,
    touches: (f) => ({ plans: [f.plan as string | undefined] }),
    write: (tx, set, f, how) => importSolution(tx, set, solutionFields(f), how.why, how.keep),
  },
  definitions: {
    model: 'IndicatorDefinition',
    ...byCode,
    // The catalogue belongs to no area: an admin's, checked by its write.
    touches: () => null,
    write: (tx, set, f, how) => importDefinition(tx, set, definitionFields(f), how.why, how.keep, how.admin),
  },
  people: {
    model: 'Person',
    ...byCode,
    // A person belongs to no area (their offices do): any writer registers one; a correction is an admin's, checked by its write.
    touches: () => null,
    write: (tx, set, f, how) => importPerson(tx, set, { code: String(f.code), fullName: String(f.fullName) }, how.why, how.admin),
  },
  offices: {
    model: 'Position',
    key: (f) => [f.person, f.agency, f.role, (f.attestedOn as Date).toISOString()].join('|'),
    same: 'same person, agency, role and date attested',
    touches: (f) => ({ agencies: [f.agency as string] }),
    write: (tx, set, f, how) => importPosition(tx, set, positionFields(f), how.why, how.keep),
  },
  events: {
    model: 'Event',
    ...byCode,
    touches: (f) => ({ areas: [f.area as string], plans: [f.plan as string | undefined], agencies: [f.organizer as string | undefined] }),
    write: (tx, set, f, how) => importEvent(tx, set, eventFields(f), how.why, how.keep),
  },
  'event-participants': {
    model: 'EventParticipant',
    key: (f) => [f.event, f.person].join('|'),
    same: 'same event and person',
    touches: (f) => ({ events: [f.event as string] }),
    write: (tx, set, f, how) =>
      importParticipant(tx, set, { event: String(f.event), person: String(f.person), roleVi: String(f.roleVi), roleEn: opt<string>(f.roleEn), provenance: provenanceOf(f) }, how.why, how.keep),
  },
  plans: {
    model: 'Plan',
    ...byCode,
    touches: (f) => ({ areas: [f.area as string], plans: [f.parent as string | undefined] }),
    write: (tx, set, f, how) => importPlan(tx, set, planFields(f), how.why, how.keep),
  },
  series: {
    model: 'Indicator',
    key: (f) => series(f),
    same: 'same indicator and area',
    touches: (f) => ({ areas: [f.area as string] }),
    write: (tx, set, f, how) => importSeries(tx, set, { definition: String(f.definition), area: String(f.area), unit: String(f.unit) }, how.why, how.keep),
  },
  assignments: {
    model: 'Assignment',
    key: (f) => [f.agency, f.solution, f.definition, f.area, f.role, f.plan, f.period].map((v) => v ?? '').join('|'),
    same: 'same agency, solution or indicator, role, plan and period',
    touches: (f) => ({ agencies: [f.agency as string], solutions: [f.solution as string | undefined], areas: [f.area as string | undefined], plans: [f.plan as string | undefined] }),
    write: async (tx, set, f, how) => importAssignment(tx, set, assignmentFields(f), how.why, how.keep),
  },
  'solution-links': {
    model: 'SolutionIndicator',
    key: (f) => [f.solution, series(f)].join('|'),
    same: 'same solution and indicator',
    touches: (f) => ({ solutions: [f.solution as string], series: [series(f)] }),
    write: (tx, set, f, how) => importLink(tx, set, linkFields(f), how.why, how.keep),
  },
};
