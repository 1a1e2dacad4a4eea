import { join } from 'node:path';
import type { z } from 'zod';
import { REPO_ROOT } from '../paths.ts';
import {
  agencyRecord,
  areaRecord,
  indicatorRecord,
  periodRecord,
  personRecord,
  planRecord,
  quoteRecord,
  sectorRecord,
  sourceRecord,
  unitRecord,
} from './entities.ts';
import {
  assessmentRecord,
  assignmentRecord,
  eventRecord,
  positionRecord,
  resultRecord,
  solutionIndicatorRecord,
  solutionRecord,
  targetRecord,
} from './facts.ts';

/** The seed data files shipped with the repository. */
export const SEED_DIR = join(REPO_ROOT, 'prisma', 'seed');

/** The seed files, in load order, each with the schema of its records. */
export const FILES = {
  sources: { file: 'sources.json', record: sourceRecord },
  quotes: { file: 'quotes.json', record: quoteRecord },
  units: { file: 'units.json', record: unitRecord },
  periods: { file: 'periods.json', record: periodRecord },
  areas: { file: 'areas.json', record: areaRecord },
  sectors: { file: 'sectors.json', record: sectorRecord },
  agencies: { file: 'agencies.json', record: agencyRecord },
  plans: { file: 'plans.json', record: planRecord },
  indicators: { file: 'indicators.json', record: indicatorRecord },
  targets: { file: 'targets.json', record: targetRecord },
  results: { file: 'results.json', record: resultRecord },
  assessments: { file: 'assessments.json', record: assessmentRecord },
  people: { file: 'people.json', record: personRecord },
  positions: { file: 'positions.json', record: positionRecord },
  events: { file: 'events.json', record: eventRecord },
  solutions: { file: 'solutions.json', record: solutionRecord },
  solutionIndicators: { file: 'solution-indicators.json', record: solutionIndicatorRecord },
  assignments: { file: 'assignments.json', record: assignmentRecord },
} as const;

type Files = typeof FILES;
export type SeedFileName = keyof Files;

/** The validated records of every seed file. */
export type SeedRecords = { [K in SeedFileName]: Array<z.output<Files[K]['record']>> };

/** The validated content of every seed file, plus each quote's offset in its source. */
export type SeedData = SeedRecords & {
  /** Quote key → offset of the quote in its source text; null when the text is not on file. */
  quoteStarts: Map<string, number | null>;
};

export const SEED_FILES: ReadonlyArray<{ name: SeedFileName; file: string }> = Object.entries(FILES).map(([name, f]) => ({
  name: name as SeedFileName,
  file: f.file,
}));
