import { describe, expect, it } from 'vitest';
import { FileLocale } from './file-locale.ts';
import type { Column } from './kinds.ts';

// How a file's number format is learnt as its rows come, case by case: declared, presumed
// from a CSV's separator, told by the first cell only one locale writes, and shown both
// ways (then no ambiguous cell is decided, those read already included).

const number: Column = { field: 'value', vi: 'Giá trị', en: 'Value', required: false, type: 'number', example: '1', help: '' };
const text: Column = { ...number, field: 'quote', type: 'text' };
const columns = [number, text];
const where = (row: number) => (i: number) => ({ sheet: 'CSV', row, column: `col ${i}` });

/** Observes each row's first cell as a number, the way an import does; what each step says. */
function feed(locale: FileLocale, cells: string[]) {
  return cells.map((cell, i) => {
    const { ambiguous, revoked } = locale.observe([cell, '8.500 in a quote'], columns);
    const current = locale.current;
    if (current) locale.assume([cell, ''], columns, where(i + 2));
    return { cell, ambiguous, current, revoked: revoked.map((p) => [p.row, p.value, p.code]) };
  });
}

describe('FileLocale', () => {
  it('declared, decides every cell, whatever the cells show', () => {
    const locale = new FileLocale('en');
    expect(feed(locale, ['8.500', '2,5', '1.010']).map((s) => [s.current, s.revoked])).toEqual([
      ['en', []],
      ['en', []],
      ['en', []],
    ]);
    expect(locale.final()).toBe('en');
  });

  it('undeclared, is unknown until a cell only one locale writes; a text column tells nothing', () => {
    const locale = new FileLocale(null);
    expect(feed(locale, ['42', '8.500', '1.010', '2,5', '7']).map((s) => [s.cell, s.ambiguous, s.current])).toEqual([
      ['42', false, null],
      ['8.500', true, null],
      ['1.010', true, null],
      ['2,5', false, 'vi'],
      ['7', false, 'vi'],
    ]);
    expect(locale.final()).toBe('vi');
  });

  it('never told: unknown at the end (ambiguous cells are then problems)', () => {
    const locale = new FileLocale(null);
    feed(locale, ['8.500', '42']);
    expect(locale.final()).toBeNull();
    expect(locale.conflicted).toBe(false);
  });

  it('shown both ways: the ambiguous cells read by the first become problems, and none is decided after', () => {
    const locale = new FileLocale(null);
    const steps = feed(locale, ['2,5', '1.010', '8.500', '2.5', '3.485']);
    expect(steps.map((s) => s.current)).toEqual(['vi', 'vi', 'vi', null, null]);
    expect(steps[3]!.revoked).toEqual([
      [3, '1.010', 'AMBIGUOUS_NUMBER'],
      [4, '8.500', 'AMBIGUOUS_NUMBER'],
    ]);
    expect(locale.conflicted).toBe(true);
    expect(locale.final()).toBeNull();
    // Told both ways once is enough: nothing is revoked twice.
    expect(feed(locale, ['2,5', '2.5']).flatMap((s) => s.revoked)).toEqual([]);
  });

  it('presumed Vietnamese for a CSV separated by ";": read so from the start; an English cell later makes it undecidable', () => {
    const locale = new FileLocale(null);
    locale.presume('vi');
    const steps = feed(locale, ['1.010', '2,5', '8.500', '2.5']);
    expect(steps.map((s) => s.current)).toEqual(['vi', 'vi', 'vi', null]);
    expect(steps[3]!.revoked).toEqual([
      [2, '1.010', 'AMBIGUOUS_NUMBER'],
      [4, '8.500', 'AMBIGUOUS_NUMBER'],
    ]);
  });

  it('presumed, with nothing to tell otherwise, stays', () => {
    const locale = new FileLocale(null);
    locale.presume('vi');
    feed(locale, ['42', '8.500']);
    expect(locale.final()).toBe('vi');
  });

  it('declared, is never undecidable', () => {
    const locale = new FileLocale('vi');
    expect(feed(locale, ['2.5', '2,5', '1.010']).flatMap((s) => s.revoked)).toEqual([]);
    expect(locale.conflicted).toBe(false);
    expect(locale.final()).toBe('vi');
  });
});
