import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The reviewable seed files, read directly so tests check the API against the data
// files themselves, not against the loader's view of them.
const dir = fileURLToPath(new URL('../../../prisma/seed/', import.meta.url));

type Row = Record<string, any>;
export function seedRecords(name: string): Row[] {
  return JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8')).records;
}

const quotes = new Map(seedRecords('quotes').map((q) => [q.key as string, q.text as string]));
export function quoteText(key: string): string {
  const text = quotes.get(key);
  if (text === undefined) throw new Error(`no quote ${key}`);
  return text;
}
