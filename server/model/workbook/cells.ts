// One worksheet cell → the value the dataset schemas read, or a plain-words reason it cannot be
// used. Excel stores what a person typed in several shapes: numbers typed as text, Indonesian
// decimal commas ("12,5"), dates where a year or a code was meant, formulas (their saved result
// is used), rich text and hyperlinks (their text), error values (#N/A). Each is handled here, or
// refused with a message that says what to change.
import type { ColumnKind } from '../fields.ts';
import { NUMERIC_KINDS } from '../columns.ts';

export type CellOutcome = { value: unknown } | { problem: string };

interface FormulaValue {
  formula?: string;
  sharedFormula?: string;
  result?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !(v instanceof Date);

/** The value a cell shows: a formula's saved result, rich text's text, a hyperlink's text. */
export function shownValue(raw: unknown): { value: unknown } | { problem: string } {
  if (!isObject(raw)) return { value: raw };
  if ('formula' in raw || 'sharedFormula' in raw) {
    const f = raw as FormulaValue;
    if (!('result' in raw) || f.result === undefined) {
      return { problem: 'holds a formula without a saved result; open the workbook in Excel and save it again (or paste the values)' };
    }
    return shownValue(f.result);
  }
  if (Array.isArray(raw.richText)) return { value: (raw.richText as Array<{ text?: string }>).map((r) => r.text ?? '').join('') };
  if ('error' in raw) return { problem: `holds the Excel error ${String(raw.error)}; put a value in the cell` };
  if ('text' in raw) return shownValue(raw.text);
  return { problem: 'holds something that is not a value (an object or picture)' };
}

const THOUSANDS_AMBIGUOUS = /^[-+]?\d{1,3},\d{3}$/;
const DECIMAL_COMMA = /^[-+]?\d+,\d+$/;
const ID_GROUPED = /^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/;

/** Numeric text as Indonesian Excel writes it ("12,5", "1.234.567,5") → numeric text with a point. */
function numericText(text: string, kind: ColumnKind): { value: unknown } | { problem: string } {
  const t = text.trim().replace(/\u00a0/g, '');
  if (ID_GROUPED.test(t) && (t.includes(',') || t.split('.').length > 2)) return { value: t.replace(/\./g, '').replace(',', '.') };
  if (DECIMAL_COMMA.test(t)) {
    // "1,234" is 1.234 in Indonesian and 1234 in English; coordinates can only mean the former.
    if (THOUSANDS_AMBIGUOUS.test(t) && kind !== 'latitude' && kind !== 'longitude') {
      return { problem: `"${t}" could be ${t.replace(',', '.')} (decimal comma) or ${t.replace(',', '')} (thousands); write it without the separator you do not mean` };
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
    const day = Number.isNaN(v.getTime()) ? 'an invalid date' : v.toISOString().slice(0, 10);
    return {
      problem: NUMERIC_KINDS.has(kind)
        ? `holds a date (${day}) where a number belongs; format the cell as a number`
        : `holds a date (${day}); Excel turned what was typed into a date: format the column as Text and type the value again`,
    };
  }
  if (typeof v === 'number') return NUMERIC_KINDS.has(kind) ? { value: v } : { value: numberText(v) };
  if (typeof v === 'boolean') return kind === 'flag' ? { value: v } : { value: String(v) };
  if (typeof v === 'string') {
    if (v.trim() === '') return { value: undefined };
    return NUMERIC_KINDS.has(kind) ? numericText(v, kind) : { value: v };
  }
  return { problem: 'holds something that is not a value' };
}

/** Column number (1-based) → letters: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
