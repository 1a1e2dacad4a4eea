import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { FILES, SEED_DIR, SEED_FILES, type SeedData, type SeedFileName, type SeedRecords } from './files.ts';
import { SeedDataError, validateSeedData } from './validate.ts';

/**
 * Where source texts live: $PLANHUB_SOURCES_DIR, else prisma/seed/sources. The texts the
 * seed quotes are kept with the seed (copied from ../shared/sources), so every clone can
 * check that each quote is verbatim and record where it stands.
 */
export function defaultSourcesDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.PLANHUB_SOURCES_DIR?.trim();
  return fromEnv ? fromEnv : join(SEED_DIR, 'sources');
}

export interface LoadOptions {
  /** The folder holding the seed JSON files (default: prisma/seed). */
  dataDir?: string;
  /** The folder holding source texts, for quote offsets (default: see defaultSourcesDir). */
  sourcesDir?: string;
}

/**
 * Reads and validates every seed file: shapes, unique keys, references between files,
 * units that match their indicator's dimension, and quotes that are exact passages of
 * their source's text (which must be on file). Throws SeedDataError listing every
 * problem; returns the data with parents ordered before their children.
 */
export function loadSeedData(options: LoadOptions = {}): SeedData {
  const dataDir = options.dataDir ?? SEED_DIR;
  const sourcesDir = options.sourcesDir ?? defaultSourcesDir();
  const problems: string[] = [];
  const records = {} as SeedRecords;
  for (const { name } of SEED_FILES) {
    (records as Record<SeedFileName, unknown>)[name] = readFile(dataDir, name, problems);
  }
  const texts = readSourceTexts(records.sources, sourcesDir, problems);
  if (problems.length > 0) throw new SeedDataError(problems);
  return validateSeedData(records, texts);
}

/** Source key → the source's text; reports a source whose file is not there. */
function readSourceTexts(sources: SeedRecords['sources'], sourcesDir: string, problems: string[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const s of sources) {
    const path = join(sourcesDir, s.fileName);
    if (existsSync(path)) texts.set(s.key, readFileSync(path, 'utf8'));
    else problems.push(`${FILES.sources.file}: record "${s.key}", field "fileName": no file ${s.fileName} in ${sourcesDir} (every quote is checked against its source's text)`);
  }
  return texts;
}

function describeRecord(raw: unknown, index: number): string {
  const k = raw && typeof raw === 'object' ? (raw as Record<string, unknown>).key : undefined;
  if (typeof k === 'string') return `record "${k}"`;
  const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  if (typeof r.solution === 'string' && typeof r.indicator === 'string') return `record ${r.solution} → ${r.indicator} (#${index + 1})`;
  if (typeof r.definition === 'string' && typeof r.area === 'string') return `record ${r.definition}@${r.area}`;
  if (typeof r.predecessor === 'string' && typeof r.successor === 'string') return `record ${r.predecessor} → ${r.successor}`;
  return `record #${index + 1}`;
}

function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

/** One file's records; reports every problem of shape, naming the record and the field. */
function readFile<K extends SeedFileName>(dataDir: string, name: K, problems: string[]): SeedRecords[K] {
  const { file, record } = FILES[name];
  const path = join(dataDir, file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    problems.push(`${file}: cannot be read as JSON (${e instanceof Error ? e.message : String(e)})`);
    return [] as unknown as SeedRecords[K];
  }
  const envelope = z.strictObject({ note: z.string().optional(), records: z.array(z.unknown()) }).safeParse(json);
  if (!envelope.success) {
    problems.push(`${file}: must be an object { "note"?: string, "records": [...] } (${envelope.error.issues.map((i) => `${fieldPath(i.path) || 'top level'}: ${i.message}`).join('; ')})`);
    return [] as unknown as SeedRecords[K];
  }
  const out: unknown[] = [];
  envelope.data.records.forEach((raw, index) => {
    const parsed = record.safeParse(raw);
    if (parsed.success) {
      out.push(parsed.data);
      return;
    }
    for (const issue of parsed.error.issues) {
      const fields =
        issue.code === 'unrecognized_keys' ? issue.keys.map((k) => fieldPath([...issue.path, k])).join(', ') : fieldPath(issue.path);
      const what = issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message;
      problems.push(`${file}: ${describeRecord(raw, index)}, field "${fields || '(record)'}": ${what}`);
    }
  });
  return out as SeedRecords[K];
}
