import { sourceRecord } from '@planhub/db/seed/entities';
import { parsePreciseDate } from '@planhub/db/rules/index';
import type { Source } from '@planhub/db/generated/sqlite/client';
import type { Context } from '../context.ts';
import { encodeGlobalId } from '../global-id.ts';
import type { ChangeSet } from './audit.ts';
import { optionalReason } from './fields.ts';
import { inUse, parseRecord } from './references.ts';
import { runWrite } from './transaction.ts';
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

export function createSource(ctx: Context, set: ChangeSet, f: SourceFields, reason: string | null): Promise<Written<Source>> {
  const why = optionalReason(reason);
  const record = parseRecord(
    sourceRecord,
    { key: f.code, kind: f.kind, title: f.title, publisherName: f.publisherName, publisher: f.publisher, documentNumber: f.documentNumber, publishedOn: f.publishedOn, url: f.url, language: f.language, fileName: 'input' },
    { key: 'code' },
  );
  if (f.text.trim().length === 0) throw new InvalidInputError([{ field: 'text', message: 'Give the document’s full text: every quote of it is checked against it.' }]);
  if (f.text.length > MAX_SOURCE_TEXT) throw new InvalidInputError([{ field: 'text', message: `The text is ${f.text.length} characters long; at most ${MAX_SOURCE_TEXT} are accepted.` }]);
  const published = parsePreciseDate(record.publishedOn)!;
  return runWrite(ctx, set, async (tx) => {
    const existing = await tx.source.findUnique({ where: { key: record.key }, select: { id: true } });
    if (existing) throw new DuplicateRecordError(encodeGlobalId('Source', existing.id), null, `A source with the code "${record.key}"`);
    const publisher = record.publisher ? await tx.agency.findUnique({ where: { key: record.publisher }, select: { id: true, retiredAt: true } }) : null;
    if (record.publisher && !publisher) throw new ReferenceNotFoundError('publisher', record.publisher, 'List agency codes with `agencies { edges { node { code } } }`.');
    if (publisher) inUse(publisher, 'publisher', record.publisher!);
    const row = await tx.source.create({
      data: {
        key: record.key,
        kind: record.kind,
        title: record.title,
        publisherName: record.publisherName,
        publisherId: publisher?.id ?? null,
        documentNumber: record.documentNumber,
        publishedOn: published.date,
        datePrecision: published.precision,
        url: record.url,
        language: record.language,
        text: f.text.normalize('NFC'),
      },
    });
    // The audit keeps the record without its text (which is the row's, unchangeable).
    const { text: _text, ...after } = row;
    const changeId = await set.record(tx, { operation: 'CREATE', model: 'Source', recordId: row.id, areaId: null, before: null, after, reason: why });
    return { record: row, changeId };
  });
}
