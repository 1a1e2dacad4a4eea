// Numbers as people write them in Vietnamese files: `2,5` is 2.5 and `8.500` is 8,500
// (dấu phẩy thập phân, dấu chấm phân cách hàng nghìn); files from English-language
// software write `2.5` and `8,500`. A cell only one reading fits is read that way; one
// both fit (`1.010`: 1010 or 1.01) is read by the file's locale, declared or detected,
// and an import that cannot tell says so for that cell rather than guess. Cells that
// are numbers already (Excel's) are never re-read.

export type NumberLocale = 'vi' | 'en';

export type ParsedNumber = { ok: true; value: number } | { ok: false; ambiguous: boolean; message: string };

/** What one cell says about the file's locale: a separator only one locale would write there. */
export type LocaleEvidence = NumberLocale | null;

const GROUPED = /^\d{1,3}(?:[.,]\d{3})+$/;

function clean(raw: string): { sign: number; body: string; percent: boolean } | null {
  // Thin and no-break spaces, and plain ones, group digits too ("8 500").
  let body = raw.trim().replace(/[\s\u00a0\u202f]/g, '');
  const percent = body.endsWith('%');
  if (percent) body = body.slice(0, -1);
  let sign = 1;
  if (/^[-−+]/.test(body)) {
    sign = body.startsWith('+') ? 1 : -1;
    body = body.slice(1);
  }
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return null;
  return { sign, body, percent };
}

/** Reads `raw` with the separators of `locale`; `null` when the file's locale is unknown (a cell both readings fit is then refused). */
export function parseNumber(raw: string, locale: NumberLocale | null): ParsedNumber {
  const cleaned = clean(raw);
  if (!cleaned) return { ok: false, ambiguous: false, message: `"${raw}" is not a number: write digits, with "," for decimals (2,5) and "." between thousands (8.500).` };
  const { sign, body } = cleaned;
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  const done = (text: string): ParsedNumber => {
    const value = sign * Number(text);
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, ambiguous: false, message: `"${raw}" is not a finite number.` };
  };
  const invalid = (why: string): ParsedNumber => ({ ok: false, ambiguous: false, message: `"${raw}" is not a number as written: ${why}.` });
  if (dots === 0 && commas === 0) return done(body);
  if (dots > 0 && commas > 0) {
    // Both: the last one is the decimal separator, the other groups thousands.
    const decimal = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [whole, fraction, ...rest] = body.split(decimal);
    if (rest.length || !whole || !fraction || fraction.includes(group) || !new RegExp(`^\\d{1,3}(?:\\${group}\\d{3})*$`).test(whole)) return invalid('its separators do not group thousands');
    return done(`${whole.split(group).join('')}.${fraction}`);
  }
  const separator = dots > 0 ? '.' : ',';
  const count = dots + commas;
  if (count > 1) {
    // Several of one kind can only group thousands (1.234.567).
    if (!GROUPED.test(body)) return invalid('its separators do not group thousands');
    return done(body.split(separator).join(''));
  }
  const [whole, fraction] = body.split(separator) as [string, string];
  if (!whole || !fraction) return invalid('a separator needs digits on both sides');
  // `0,125` groups nothing: a whole part of 0 is never a thousands group.
  const couldGroup = fraction.length === 3 && whole.length <= 3 && !/^0+$/.test(whole);
  const asDecimal = `${whole}.${fraction}`;
  const asGroup = `${whole}${fraction}`;
  if (!couldGroup) return done(asDecimal);
  // `1.010`, `8,500`: the locale decides which separator groups thousands.
  const decimalSeparator = locale === 'vi' ? ',' : locale === 'en' ? '.' : null;
  if (decimalSeparator === null) {
    return {
      ok: false,
      ambiguous: true,
      message: `"${raw}" could be ${Number(asGroup).toLocaleString('en')} or ${asDecimal}: declare the file's number format (locale "vi": 8.500 is eight thousand five hundred; "en": 8.500 is eight and a half), or write the number unambiguously.`,
    };
  }
  return done(separator === decimalSeparator ? asDecimal : asGroup);
}

/** The locale a cell shows (a separator only one would write there), else null. */
export function localeEvidence(raw: string): LocaleEvidence {
  const cleaned = clean(raw);
  if (!cleaned) return null;
  const { body } = cleaned;
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastComma > lastDot ? 'vi' : 'en';
  const separator = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (!separator) return null;
  const parts = body.split(separator);
  if (parts.length > 2) return separator === '.' ? 'vi' : 'en';
  const fraction = parts[1]!;
  // One separator not followed by three digits, or after a whole part of 0, is a decimal one.
  if (fraction.length !== 3 || /^0+$/.test(parts[0]!)) return separator === ',' ? 'vi' : 'en';
  return null;
}
