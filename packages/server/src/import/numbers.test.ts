import { describe, expect, it } from 'vitest';
import { localeEvidence, parseNumber } from './numbers.ts';

// The number rules of imports, case by case: what each locale reads, what only one reading
// fits, and what is refused as ambiguous or malformed.

const read = (raw: string, locale: 'vi' | 'en' | null) => {
  const parsed = parseNumber(raw, locale);
  return parsed.ok ? parsed.value : parsed.ambiguous ? 'AMBIGUOUS' : 'INVALID';
};

describe('parseNumber', () => {
  it.each([
    // raw, vi, en, unknown locale
    ['2,5', 2.5, 2.5, 2.5],
    ['6,33', 6.33, 6.33, 6.33],
    ['8.500', 8500, 8.5, 'AMBIGUOUS'],
    ['1.010', 1010, 1.01, 'AMBIGUOUS'],
    ['8,500', 8.5, 8500, 'AMBIGUOUS'],
    ['1.234.567', 1234567, 1234567, 1234567],
    ['1,234,567', 1234567, 1234567, 1234567],
    ['1.234,5', 1234.5, 1234.5, 1234.5],
    ['1,234.5', 1234.5, 1234.5, 1234.5],
    ['2.5', 2.5, 2.5, 2.5],
    ['12.3456', 12.3456, 12.3456, 12.3456],
    ['1234.567', 1234.567, 1234.567, 1234.567],
    ['42', 42, 42, 42],
    ['-3,45', -3.45, -3.45, -3.45],
    ['−3,45', -3.45, -3.45, -3.45],
    ['+7', 7, 7, 7],
    ['8 500', 8500, 8500, 8500],
    ['8\u00a0500,5', 8500.5, 8500.5, 8500.5],
    ['6,33%', 6.33, 6.33, 6.33],
    ['0,5', 0.5, 0.5, 0.5],
    ['0,125', 0.125, 0.125, 0.125],
    ['0.500', 0.5, 0.5, 0.5],
  ] as const)('"%s" reads %s in vi, %s in en, %s when the locale is unknown (only a cell both readings fit depends on it)', (raw, vi, en, unknown) => {
    expect(read(raw, 'vi')).toBe(vi);
    expect(read(raw, 'en')).toBe(en);
    expect(read(raw, null)).toBe(unknown);
  });

  it.each(['', 'abc', '1.2.3', '1,23,456', '1.234,5,6', '12,34.567.8', ',5', '5,', '.', '--1', '1e5', 'sáu', '1/2'])('"%s" is refused, saying how to write a number', (raw) => {
    const parsed = parseNumber(raw, 'vi');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(raw === '' ? 'not a number' : `"${raw}"`);
  });

  it('an ambiguous cell says both readings and how to decide', () => {
    const parsed = parseNumber('1.010', null);
    expect(parsed).toMatchObject({ ok: false, ambiguous: true, message: expect.stringMatching(/1,010 or 1\.01.*locale/) });
  });
});

describe('the file’s locale', () => {
  it.each([
    ['2,5', 'vi'],
    ['1.234.567', 'vi'],
    ['1.234,5', 'vi'],
    ['2.5', 'en'],
    ['1,234,567', 'en'],
    ['1,234.5', 'en'],
    ['0,125', 'vi'],
    ['0.500', 'en'],
    ['8.500', null],
    ['8,500', null],
    ['42', null],
    ['x', null],
  ] as const)('"%s" shows %s', (raw, locale) => expect(localeEvidence(raw)).toBe(locale));
});
