import type { Db } from '@planhub/db/client';
import { derivedMemo } from './read-cache.ts';
import { inUse } from './references.ts';
import { type ClosestMatch, QuoteNotInSourceError, ReferenceNotFoundError, SourceTextMissingError } from './user-errors.ts';

// Every fact written names its source and the exact passage it comes from. The passage
// is found in the source's stored text, tolerating only white space (runs of spaces, line
// breaks) and Unicode normalisation (composed or decomposed Vietnamese diacritics); the
// quote stored is the source's own text at the offsets found, so what is kept is always
// verbatim.

type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export interface ProvenanceInput {
  source: string;
  quote: string;
}

/** A text folded for matching, with each folded character's offset in the original. */
interface Folded {
  text: string;
  offsets: number[];
}

const COMBINING = /\p{M}/u;
const SPACE = /\s/u;

/** NFC per grapheme cluster (a base and its combining marks), white space runs as one space. */
export function fold(original: string): Folded {
  let text = '';
  const offsets: number[] = [];
  const chars = Array.from(original);
  let at = 0;
  for (let i = 0; i < chars.length; ) {
    const start = at;
    if (SPACE.test(chars[i]!)) {
      while (i < chars.length && SPACE.test(chars[i]!)) at += chars[i++]!.length;
      if (text.length > 0 && !text.endsWith(' ')) {
        text += ' ';
        offsets.push(start);
      }
      continue;
    }
    let cluster = chars[i]!;
    at += chars[i++]!.length;
    while (i < chars.length && COMBINING.test(chars[i]!)) {
      cluster += chars[i]!;
      at += chars[i++]!.length;
    }
    const normal = cluster.normalize('NFC');
    text += normal;
    for (let k = 0; k < normal.length; k++) offsets.push(start);
  }
  offsets.push(at);
  return { text, offsets };
}

/** Where the passage stands in the source text (offsets in the original), or null. */
export function findPassage(sourceText: string, quote: string): { start: number; end: number } | null {
  const q = fold(quote).text.trim();
  if (!q) return null;
  const s = fold(sourceText);
  const i = s.text.indexOf(q);
  if (i < 0) return null;
  // The end is where the next folded character starts: just after the passage's last one.
  return { start: s.offsets[i]!, end: s.offsets[i + q.length]! };
}

/**
 * Where the text comes nearest to the quote: the longest beginning of the quote that the
 * text holds (at least eight characters), extended to the quote's length.
 */
export function closestMatch(sourceText: string, quote: string): ClosestMatch | null {
  const q = fold(quote).text.trim();
  const s = fold(sourceText);
  let lo = 0;
  let hi = q.length;
  // The longest prefix found: presence is monotonic in the prefix's length.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (s.text.includes(q.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  if (lo < Math.min(8, q.length)) return null;
  const at = s.text.indexOf(q.slice(0, lo));
  const start = s.offsets[at]!;
  const end = s.offsets[Math.min(at + q.length, s.text.length)]!;
  return { start, end, text: sourceText.slice(start, end).trimEnd() };
}

/**
 * The Quote row for a passage of a source, created when new: REFERENCE_NOT_FOUND for an
 * unknown source, SOURCE_TEXT_MISSING when its text is not on file, QUOTE_NOT_IN_SOURCE
 * (with the closest match) when the passage is not in it. `field` is the input's path.
 */
export async function quoteFor(tx: Tx, input: ProvenanceInput, field: string): Promise<{ id: number; sourceId: number }> {
  // In an import, a passage quoted by many rows is located and stored once (read-cache.ts).
  const memo = derivedMemo(tx);
  const key = `quote:${input.source}\u0000${input.quote}`;
  const known = memo?.get(key) as { id: number; sourceId: number } | undefined;
  if (known) return known;
  const found = await locateQuote(tx, input, field);
  memo?.set(key, found);
  return found;
}

async function locateQuote(tx: Tx, input: ProvenanceInput, field: string): Promise<{ id: number; sourceId: number }> {
  const source = await tx.source.findUnique({ where: { key: input.source }, select: { id: true, key: true, text: true, retiredAt: true } });
  if (!source) throw new ReferenceNotFoundError(`${field}.source`, input.source, 'Register the source first (`createSource`), or list sources with `sources`.');
  inUse(source, `${field}.source`, source.key);
  if (source.text === null) throw new SourceTextMissingError(`${field}.source`, source.key);
  const found = findPassage(source.text, input.quote);
  if (!found) throw new QuoteNotInSourceError(`${field}.quote`, source.key, closestMatch(source.text, input.quote));
  const text = source.text.slice(found.start, found.end);
  const quote = await tx.quote.upsert({
    where: { sourceId_start_end: { sourceId: source.id, start: found.start, end: found.end } },
    create: { sourceId: source.id, start: found.start, end: found.end, text },
    update: {},
    select: { id: true },
  });
  return { id: quote.id, sourceId: source.id };
}
