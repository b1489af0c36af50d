// Numbers with a stated precision read evenly in both languages: a column of scores shows "0.740"
// beside "0.741", not "0.74" (web/src/app/i18n.ts formatFixed; the ECI chart showed "-2" among
// "-1,81"). Documents' decimal columns with a precision do the same (export/cells.ts formatCell).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatFixed, formatNumber, setLang } from '../../web/src/app/i18n.ts';
import { col, formatCell } from '../../web/src/export/cells.ts';

beforeAll(() => {
  (globalThis as { document?: unknown }).document ??= { documentElement: { lang: 'en' } };
});
afterEach(() => setLang('en'));

describe('fixed decimals', () => {
  it('write every decimal of the precision, with each language’s separators', () => {
    expect(formatFixed(0.74, 3)).toBe('0.740');
    expect(formatFixed(-2, 2)).toBe('-2.00');
    expect(formatFixed(1234.5, 1)).toBe('1,234.5');
    // formatNumber keeps at most the digits, so a round value loses them.
    expect(formatNumber(0.74, 3)).toBe('0.74');
    setLang('id');
    expect(formatFixed(0.74, 3)).toBe('0,740');
    expect(formatFixed(-2, 2)).toBe('-2,00');
    expect(formatFixed(1234.5, 1)).toBe('1.234,5');
  });

  it('give a document’s decimal column with a precision the same number of decimals on every row', () => {
    const score = col('score', 'Score', 'decimal', { digits: 3 });
    expect([0.757, 0.74, 1].map((v) => formatCell(v, score))).toEqual(['0.757', '0.740', '1.000']);
    // Without a stated precision: as many as the value needs, up to three.
    const free = col('x', 'X', 'decimal');
    expect([0.5, 2, 0.12345].map((v) => formatCell(v, free))).toEqual(['0.5', '2', '0.123']);
  });

  it('write an empty list as the dash of an empty cell (a link with no gaps), not as nothing', () => {
    const gaps = col('gaps', 'Missing', 'text', { words: { process: 'a process' } });
    expect([[], ['process'], ''].map((v) => formatCell(v, gaps))).toEqual(['—', 'a process', '—']);
  });

  it('write a zero that means none as the panel’s dash, where the column says so, in both languages', () => {
    // Link and match: a buyer that imports none of the component shows "—" in the panel (links/index.ts).
    const imports = col('importValueUsd', 'Imports to replace', 'usd', { zeroDash: true });
    expect([0, 1500].map((v) => formatCell(v, imports))).toEqual(['—', 'USD 1,500']);
    // A column without it keeps a zero as a measured value.
    expect(formatCell(0, col('valueUsd', 'Value', 'usd'))).toBe('USD 0');
    setLang('id');
    expect(formatCell(0, imports)).toBe('—');
  });
});
