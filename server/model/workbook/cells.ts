// One worksheet cell → the value the dataset schemas read, or a plain-words reason it cannot be
// used. Excel stores what a person typed in several shapes: numbers typed as text, Indonesian
// decimal commas ("12,5"), dates where a year or a code was meant, formulas (their saved result
// is used), rich text and hyperlinks (their text), error values (#N/A). Each is handled here, or
// refused with a message that says what to change.
import { text, type Text } from '../../i18n/index.ts';
import type { ColumnKind } from '../fields.ts';
import { NUMERIC_KINDS } from '../columns.ts';
import { DECIMAL_COMMA, ungrouped } from '../number-text.ts';

/** A cell's value, or what is wrong with it (said after the column's name: "tier holds a date …"). */
export type CellOutcome = { value: unknown } | { problem: Text };

interface FormulaValue {
  formula?: string;
  sharedFormula?: string;
  result?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !(v instanceof Date);

/** The value a cell shows: a formula's saved result, rich text's text, a hyperlink's text. */
export function shownValue(raw: unknown): CellOutcome {
  if (!isObject(raw)) return { value: raw };
  if ('formula' in raw || 'sharedFormula' in raw) {
    const f = raw as FormulaValue;
    if (!('result' in raw) || f.result === undefined) {
      return { problem: text('cell.formula') };
    }
    return shownValue(f.result);
  }
  if (Array.isArray(raw.richText)) return { value: (raw.richText as Array<{ text?: string }>).map((r) => r.text ?? '').join('') };
  if ('error' in raw) return { problem: text('cell.error', { error: String(raw.error) }) };
  if ('text' in raw) return shownValue(raw.text);
  return { problem: text('cell.object') };
}

const THOUSANDS_AMBIGUOUS = /^[-+]?\d{1,3},\d{3}$/;
/** "1.000": a thousand as Indonesian writes it, or one with three decimals. */
const POINT_AMBIGUOUS = /^[-+]?\d{1,3}\.\d{3}$/;

/** Numeric text as Indonesian Excel writes it ("12,5", "1.234.567,5") → numeric text with a point. */
function numericText(typed: string, kind: ColumnKind): CellOutcome {
  const t = typed.trim().replace(/\u00a0/g, '');
  const plain = ungrouped(t);
  if (plain !== undefined) return { value: plain };
  // Typed as text in an Indonesian sheet, "1.000" is a thousand; read as a number it was 1.
  if (POINT_AMBIGUOUS.test(t) && kind !== 'latitude' && kind !== 'longitude') {
    return { problem: text('cell.ambiguousPoint', { text: t, decimal: String(Number(t)), thousands: t.replace('.', '') }) };
  }
  if (DECIMAL_COMMA.test(t)) {
    // "1,234" is 1.234 in Indonesian and 1234 in English; coordinates can only mean the former.
    if (THOUSANDS_AMBIGUOUS.test(t) && kind !== 'latitude' && kind !== 'longitude') {
      return { problem: text('cell.ambiguous', { text: t, decimal: t.replace(',', '.'), thousands: t.replace(',', '') }) };
    }
    return { value: t.replace(',', '.') };
  }
  return { value: t };
}

/** A number written back as text the way a person reads it (8708.3, not 8708.300000000001). */
const numberText = (n: number): string => (Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15))));

export function cellValue(raw: unknown, kind: ColumnKind): CellOutcome {
  const shown = shownValue(raw);
  if ('problem' in shown) return shown;
  const v = shown.value;
  if (v === null || v === undefined) return { value: undefined };
  if (v instanceof Date) {
    if (kind === 'year') return { value: v.getUTCFullYear() };
    const day = Number.isNaN(v.getTime()) ? text('cell.invalidDate') : v.toISOString().slice(0, 10);
    return { problem: NUMERIC_KINDS.has(kind) ? text('cell.dateForNumber', { day }) : text('cell.dateForText', { day }) };
  }
  if (typeof v === 'number') return NUMERIC_KINDS.has(kind) ? { value: v } : { value: numberText(v) };
  if (typeof v === 'boolean') return kind === 'flag' ? { value: v } : { value: String(v) };
  if (typeof v === 'string') {
    if (v.trim() === '') return { value: undefined };
    return NUMERIC_KINDS.has(kind) ? numericText(v, kind) : { value: v };
  }
  return { problem: text('cell.notValue') };
}

export { columnLetter } from './column-letter.ts';
