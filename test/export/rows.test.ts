// Which rows a document shows (web/src/export/rows.ts): the first rows, and rows in focus further
// down after a gap, at most half the room; and what the note under the table says. Every case is
// worked by hand in its comment.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLang } from '../../web/src/app/i18n.ts';
import { gapBefore, pickRows, rowsNote, shownRows } from '../../web/src/export/rows.ts';

beforeAll(() => {
  (globalThis as { document?: unknown }).document ??= { documentElement: { lang: 'en' } };
});
afterEach(() => setLang('en'));

describe('pickRows', () => {
  it('shows the first rows when nothing is in focus or the focus is among them', () => {
    expect(pickRows(27, [], 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pickRows(27, [7], 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pickRows(4, [2], 10)).toEqual([0, 1, 2, 3]);
    expect(pickRows(0, [], 10)).toEqual([]);
  });

  it('makes room for a row in focus further down by one of the first rows', () => {
    // Room 10, focus at 199: 9 first rows + row 199 = 10.
    expect(pickRows(416, [199], 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 199]);
    // Focus at 9 is the tenth row already; at 10 it takes the place of row 9.
    expect(pickRows(416, [9], 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pickRows(416, [10], 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 10]);
  });

  it('gives the focus at most half the room, the first rows the rest', () => {
    // 8 rows in focus from 100 on, room 10: ceil(10 / 2) = 5 of them (100..104) and 5 first rows.
    expect(pickRows(416, [100, 101, 102, 103, 104, 105, 106, 107], 10)).toEqual([0, 1, 2, 3, 4, 100, 101, 102, 103, 104]);
    // Room 5 with a focus at 3 and 40: ceil(5 / 2) = 3 ≥ 2 focus rows; head 4 → 4 + 1 (row 40) = 5.
    expect(pickRows(100, [3, 40], 5)).toEqual([0, 1, 2, 3, 40]);
    // Room 1: the row in focus alone (ceil(1 / 2) = 1, head 0).
    expect(pickRows(100, [40], 1)).toEqual([40]);
  });
});

describe('shownRows, gapBefore and rowsNote', () => {
  // A document table that carries rows 0..8 and 199 of 416, the last in focus (position 9).
  const tb = { at: [0, 1, 2, 3, 4, 5, 6, 7, 8, 199], focus: [9], total: 416 };

  it('picks from the rows the table carries, with a gap before the row in focus', () => {
    expect(shownRows(tb, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Room 5: 4 first rows and the row in focus.
    const five = shownRows(tb, 5);
    expect(five).toEqual([0, 1, 2, 3, 9]);
    expect(five.map((_, k) => gapBefore(tb, five, k))).toEqual([false, false, false, false, true]);
  });

  it('says which rows are shown, in both languages', () => {
    expect(rowsNote(tb, shownRows(tb, 10), false)).toBe('The first 9 of 416 rows, then further down 1 row in focus (no. 200).');
    expect(rowsNote(tb, shownRows(tb, 5), true)).toBe('The first 4 of 416 rows, then further down 1 row in focus (no. 200). The full table: the CSV export or the HTML briefing.');
    setLang('id');
    expect(rowsNote(tb, shownRows(tb, 10), false)).toBe('9 baris pertama dari 416 baris, lalu 1 baris dalam fokus di bawahnya (no. 200).');
    // A place past a thousand is written as the reader's numbers are (1.302 in Indonesian).
    expect(rowsNote({ at: [0, 1301], focus: [1], total: 2000 }, [0, 1], false)).toBe('1 baris pertama dari 2.000 baris, lalu 1 baris dalam fokus di bawahnya (no. 1.302).');
  });

  it('says the plain sentences when nothing in focus lies further down', () => {
    const plain = { at: [0, 1, 2], focus: [], total: 27 };
    expect(rowsNote(plain, [0, 1, 2], false)).toBe('The first 3 of 27 rows.');
    expect(rowsNote({ at: [0, 1], focus: [1], total: 2 }, [0, 1], true)).toBe('All 2 rows.');
    expect(rowsNote({ at: [], focus: [], total: 0 }, [], true)).toBe('No rows in this scope.');
  });
});
