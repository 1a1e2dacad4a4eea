import { join } from 'node:path';
import type { z } from 'zod';
import { REPO_ROOT } from '../paths.ts';
import {
  agencyRecord,
  agencySuccessionRecord,
  areaRecord,
  areaSuccessionRecord,
  indicatorDefinitionRecord,
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
  indicatorDefinitions: { file: 'indicator-definitions.json', record: indicatorDefinitionRecord },
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
  areaSuccessions: { file: 'area-successions.json', record: areaSuccessionRecord },
  agencySuccessions: { file: 'agency-successions.json', record: agencySuccessionRecord },
} as const;

type Files = typeof FILES;
export type SeedFileName = keyof Files;

/** The validated records of every seed file. */
export type SeedRecords = { [K in SeedFileName]: Array<z.output<Files[K]['record']>> };

/** The validated content of every seed file, plus each source's text and each quote's place in it. */
export type SeedData = SeedRecords & {
  /** Source key → the source's text. */
  sourceTexts: Map<string, string>;
  /** Quote key → where the quote stands in its source's text. */
  quoteOffsets: Map<string, { start: number; end: number }>;
};

export const SEED_FILES: ReadonlyArray<{ name: SeedFileName; file: string }> = Object.entries(FILES).map(([name, f]) => ({
  name: name as SeedFileName,
  file: f.file,
}));
