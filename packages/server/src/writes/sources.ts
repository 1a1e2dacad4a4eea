import { sourceRecord } from '@planhub/db/seed/entities';
import { parsePreciseDate } from '@planhub/db/rules/index';
import type { Source } from '@planhub/db/generated/sqlite/client';
import type { Context } from '../context.ts';
import { encodeGlobalId } from '../global-id.ts';
import type { ChangeSet } from './audit.ts';
import { optionalReason } from './fields.ts';
import { inUse, parseRecord } from './references.ts';
import { runWrite, type Tx } from './transaction.ts';
import { holds, type ImportAction } from './matched.ts';
import type { Written } from './results.ts';
import { DuplicateRecordError, InvalidInputError, ReferenceNotFoundError } from './user-errors.ts';

// Sources: registered with their full text, against which every quote is checked. A
// source's text is fixed once registered (every quote's offsets index it).

export interface SourceFields {
  code: string;
  kind: Source['kind'];
  title: string;
  publisherName: string;
  publisher: string | null;
  documentNumber: string | null;
  publishedOn: string;
  url: string | null;
  language: string;
  text: string;
}

/** The longest source text accepted (characters): a long resolution with its annexes. */
export const MAX_SOURCE_TEXT = 2_000_000;

/** A source's text as stored: NFC, and line breaks as \n (spreadsheets and Windows files bring \r\n). */
const normalText = (text: string) => text.normalize('NFC').replace(/\r\n?/g, '\n');

/** The checks a source's fields pass, as the seed's record schema and the text's bounds say. */
function checkSource(f: SourceFields) {
  const record = parseRecord(
    sourceRecord,
    { key: f.code, kind: f.kind, title: f.title, publisherName: f.publisherName, publisher: f.publisher, documentNumber: f.documentNumber, publishedOn: f.publishedOn, url: f.url, language: f.language, fileName: 'input' },
    { key: 'code' },
  );
  if (f.text.trim().length === 0) throw new InvalidInputError([{ field: 'text', message: 'Give the document’s full text: every quote of it is checked against it.' }]);
  if (f.text.length > MAX_SOURCE_TEXT) throw new InvalidInputError([{ field: 'text', message: `The text is ${f.text.length} characters long; at most ${MAX_SOURCE_TEXT} are accepted.` }]);
  return record;
}

/** The row's columns of a source, its publisher looked up (in use) inside the transaction. */
async function sourceData(tx: Tx, record: ReturnType<typeof checkSource>) {
  const publisher = record.publisher ? await tx.agency.findUnique({ where: { key: record.publisher }, select: { id: true, retiredAt: true } }) : null;
  if (record.publisher && !publisher) throw new ReferenceNotFoundError('publisher', record.publisher, 'List agency codes with `agencies { edges { node { code } } }`.');
  if (publisher) inUse(publisher, 'publisher', record.publisher!);
  const published = parsePreciseDate(record.publishedOn)!;
  return {
    kind: record.kind,
    title: record.title,
    publisherName: record.publisherName,
    publisherId: publisher?.id ?? null,
    documentNumber: record.documentNumber,
    publishedOn: published.date,
    datePrecision: published.precision,
    url: record.url,
    language: record.language,
  };
}

export function createSource(ctx: Context, set: ChangeSet, f: SourceFields, reason: string | null): Promise<Written<Source>> {
  const why = optionalReason(reason);
  const record = checkSource(f);
  return runWrite(ctx, set, async (tx) => {
    const existing = await tx.source.findUnique({ where: { key: record.key }, select: { id: true } });
    if (existing) throw new DuplicateRecordError(encodeGlobalId('Source', existing.id), null, `A source with the code "${record.key}"`);
    const row = await tx.source.create({ data: { key: record.key, ...(await sourceData(tx, record)), text: normalText(f.text) } });
    // The audit keeps the record without its text (which is the row's, unchangeable).
    const { text: _text, ...after } = row;
    const changeId = await set.record(tx, { operation: 'CREATE', model: 'Source', recordId: row.id, areaId: null, before: null, after, reason: why });
    return { record: row, changeId };
  });
}

/**
 * A source as an import registers it, inside the import's transaction, matched by its code:
 * created when new, left alone when recorded as the file gives it. Its text never changes
 * (every quote's offsets index it), and a different description is a correction, which
 * only an admin makes (`mayCorrect`), as with `updateSource`.
 */
export async function importSource(tx: Tx, set: ChangeSet, f: SourceFields, why: string, mayCorrect: boolean, keep: ReadonlySet<string> = new Set()): Promise<{ action: ImportAction; id: number }> {
  const record = checkSource(f);
  const text = normalText(f.text);
  const data: Record<string, unknown> = await sourceData(tx, record);
  const existing = await tx.source.findUnique({ where: { key: record.key } });
  // What the file has no column for stays as registered.
  if (existing) for (const k of keep) data[k] = existing[k as keyof typeof existing];
  if (!existing) {
    const row = await tx.source.create({ data: { key: record.key, ...(data as Awaited<ReturnType<typeof sourceData>>), text } });
    const { text: _text, ...after } = row;
    await set.record(tx, { operation: 'CREATE', model: 'Source', recordId: row.id, areaId: null, before: null, after, reason: why });
    return { action: 'CREATE', id: row.id };
  }
  if (existing.text === null || normalText(existing.text) !== text) {
    throw new InvalidInputError([{ field: 'text', message: `Source "${record.key}" is registered with another text, and a source’s text never changes (its quotes index it): register the new version under a new code.` }]);
  }
  if (holds(existing, data) && !existing.retiredAt) return { action: 'UNCHANGED', id: existing.id };
  if (!mayCorrect) throw new InvalidInputError([{ field: 'code', message: `Source "${record.key}" is registered with other details; only an admin corrects a source (updateSource). Give its details as registered, or another code.` }]);
  const row = await tx.source.update({ where: { id: existing.id }, data: { ...data, retiredAt: null, version: { increment: 1 } } });
  const { text: _b, ...before } = existing;
  const { text: _a, ...after } = row;
  await set.record(tx, { operation: 'UPDATE', model: 'Source', recordId: row.id, areaId: null, before, after, reason: why });
  return { action: 'UPDATE', id: row.id };
}
