// Folding for search and ordering. Done in the application, not the database, so
// SQLite and PostgreSQL match and order Vietnamese text identically.

/**
 * LIKE's wildcards and escape, as private-use characters in folded text. Matching runs as
 * `LIKE '%' || needle || '%'` (Prisma's `contains`), and neither database would take `%`,
 * `_` or `\` in a needle literally; folded the same way on both sides, they match only
 * themselves.
 */
const LIKE_SPECIALS: Record<string, string> = { '%': '\uE000', _: '\uE001', '\\': '\uE002' };

/** Lower-cases and strips Vietnamese diacritics (đ → d): "Tăng trưởng" → "tang truong". */
function foldLetters(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text folded for matching: as `foldLetters`, with LIKE's special characters taken literally. */
export function fold(text: string): string {
  return foldLetters(text).replace(/[%_\\]/g, (c) => LIKE_SPECIALS[c]!);
}

/** The text stored in `searchText`: every given part folded, joined by " | ". */
export function searchTextOf(...parts: Array<string | null | undefined>): string {
  return parts
    .filter((p): p is string => typeof p === 'string' && p.length > 0)
    .map(fold)
    .join(' | ');
}

/**
 * A key that sorts Vietnamese names the way a reader expects: base letters first
 * (folded text), then the original text as tie-breaker. Stored as lower-case hex of
 * its UTF-8 bytes, because a plain ORDER BY then gives byte order under every
 * collation: SQLite's binary one and whatever PostgreSQL's database default is
 * (en_US collations skip spaces and punctuation, which would reorder raw text).
 */
export function sortKeyOf(text: string): string {
  return Buffer.from(`${foldLetters(text)}\u0001${text.toLowerCase()}`, 'utf8').toString('hex');
}
