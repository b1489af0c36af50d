// Cell parsers of the trade files (trade.csv, hs_components.csv, world_trade.csv): HS codes, ISO
// 3166 alpha-3 country codes, values in US dollars, quantity units and concordance shares. Like
// fields.ts, each accepts a CSV cell (text) or a JSON value and says in plain words what was
// expected, naming the likely mistake (a leading zero a spreadsheet dropped, a national tariff
// line where an HS subheading belongs, a currency written into the value).
import { z } from 'zod';

const isBlank = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/**
 * HS chapters that do not exist in the Harmonized System: 00, 77 (reserved for future use), and
 * 98-99 (left to national use; they are not HS). Every other chapter 01-97 is in the nomenclature.
 */
const NOT_HS_CHAPTER = (chapter: number): boolean => chapter < 1 || chapter === 77 || chapter > 97;

/** Why a text is not an HS code of 4 or 6 digits, or undefined when it is one (dots and spaces allowed). */
export function hsProblem(text: string): string | undefined {
  const digits = text.replace(/[.\s]/g, '');
  if (!/^\d+$/.test(digits)) return `must be an HS code of 4 or 6 digits (e.g. 8708 or 870830), got ${JSON.stringify(text)}`;
  if (digits.length === 3 || digits.length === 5) {
    return `${JSON.stringify(text)} has ${digits.length} digits; an HS code has 4 or 6 (a spreadsheet may have dropped a leading zero: write it as text, "0${digits}")`;
  }
  if (digits.length > 6) {
    return `${JSON.stringify(text)} is a national tariff line (${digits.length} digits); give the HS heading (4 digits) or subheading (6 digits): ${digits.slice(0, 6)}`;
  }
  if (digits.length !== 4 && digits.length !== 6) return `must be an HS code of 4 or 6 digits (e.g. 8708 or 870830), got ${JSON.stringify(text)}`;
  const chapter = Number(digits.slice(0, 2));
  if (NOT_HS_CHAPTER(chapter)) {
    const why = chapter === 77 ? 'chapter 77 is reserved' : chapter > 97 ? `chapter ${chapter} is left to national use` : 'there is no chapter 00';
    return `${JSON.stringify(text)} is not in the HS nomenclature (${why})`;
  }
  return undefined;
}

/** An HS code as the files hold it: digits only ("8708.30" → "870830"). */
export const canonicalHs = (text: string): string => text.replace(/[.\s]/g, '');

/** An HS heading (4 digits) or subheading (6 digits), as text; "8708.30" and 870830 are read as "870830". */
export const hsField = () =>
  z
    .preprocess(
      (v) => (isBlank(v) ? undefined : typeof v === 'number' && Number.isInteger(v) ? String(v) : typeof v === 'string' ? v.trim() : v),
      z
        .string({ error: (i) => (i.input === undefined ? 'is required' : 'must be an HS code written as text') })
        .superRefine((s, ctx) => {
          const problem = hsProblem(s);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        })
        .transform(canonicalHs),
    )
    .meta({ kind: 'text' });

/** An ISO 3166-1 alpha-3 code (three capital letters), which is also a Country id (countries.csv). */
export const iso3Field = () =>
  z
    .preprocess(
      (v) => (isBlank(v) ? undefined : typeof v === 'string' ? v.trim() : v),
      z
        .string({ error: (i) => (i.input === undefined ? 'is required' : 'must be a country code written as text') })
        .regex(/^[A-Z]{3}$/, { error: (i) => `must be an ISO 3166 alpha-3 code (three capital letters, e.g. JPN), got ${JSON.stringify(i.input)}` }),
    )
    .meta({ kind: 'id' });

const NUMERIC = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
/** A currency named before or after the amount: "IDR 15000000", "Rp 1.500.000", "1200 EUR", "$1,200". */
const CURRENCY = /^(?:([A-Z]{3}|Rp\.?|US\$|\$|€|¥|£)\s*[-+]?[\d.,\s]+|[-+]?[\d.,\s]+\s*([A-Z]{3}|Rp\.?|US\$|\$|€|¥|£))$/i;

/** What a value cell holding a currency should say instead. */
function currencyProblem(text: string): string | undefined {
  const m = CURRENCY.exec(text.trim());
  if (!m) return undefined;
  const currency = (m[1] ?? m[2] ?? '').toUpperCase();
  if (currency === 'USD' || currency === 'US$' || currency === '$') return `must be a plain number of US dollars: write ${JSON.stringify(text)} without the currency and thousands separators`;
  return `must be in US dollars, but ${JSON.stringify(text)} names another currency (${currency}); convert it to USD at the year's rate and write the number alone (a table in several currencies cannot be added up)`;
}

/** A required amount in US dollars (finite, not negative); a currency written into the cell is named. */
export const usdField = () =>
  z
    .preprocess(
      (v) => (isBlank(v) ? undefined : typeof v === 'string' && NUMERIC.test(v.trim()) ? Number(v.trim()) : v),
      z.unknown().superRefine((v, ctx) => {
        if (v === undefined) ctx.addIssue({ code: 'custom', message: 'is required' });
        else if (typeof v === 'string') ctx.addIssue({ code: 'custom', message: currencyProblem(v) ?? `must be a number of US dollars, got ${JSON.stringify(v)}` });
        else if (typeof v !== 'number') ctx.addIssue({ code: 'custom', message: `must be a number of US dollars, got ${JSON.stringify(v)}` });
        else if (!Number.isFinite(v)) ctx.addIssue({ code: 'custom', message: 'must be a finite number' });
        else if (v < 0) ctx.addIssue({ code: 'custom', message: 'must not be negative (imports and exports are recorded as positive values)' });
      }).transform((v) => v as number),
    )
    .meta({ kind: 'amount' });

/** A concordance share: the part of an HS code's trade that is the component, in (0, 1]. */
export const shareField = () =>
  z
    .preprocess(
      (v) => (isBlank(v) ? undefined : typeof v === 'string' && NUMERIC.test(v.trim()) ? Number(v.trim()) : v),
      z
        .number({ error: (i) => (i.input === undefined ? 'is required' : `must be a number between 0 and 1, got ${JSON.stringify(i.input)}`) })
        .refine(Number.isFinite, { error: 'must be a finite number' })
        .refine((n) => n > 0 && n <= 1, { error: (i) => `must be more than 0 and at most 1 (a share of 30 % is 0.3), got ${String(i.input)}` }),
    )
    .meta({ kind: 'amount' });

/** The unit quantities are counted in (kg, t, u for units, …): short text. */
export const unitField = () =>
  z
    .preprocess(
      (v) => (isBlank(v) ? undefined : typeof v === 'string' ? v.trim() : v),
      z.string({ error: 'must be text' }).max(20, { error: 'must be a short unit such as kg, t or u (at most 20 characters)' }).optional(),
    )
    .meta({ kind: 'text' });
