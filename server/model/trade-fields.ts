// Cell parsers of the trade files (trade.csv, hs_components.csv, world_trade.csv): HS codes, ISO
// 3166 alpha-3 country codes, values in US dollars, quantity units and concordance shares. Like
// fields.ts, each accepts a CSV cell (text) or a JSON value and says in plain words what was
// expected, naming the likely mistake (a leading zero a spreadsheet dropped, a national tariff
// line where an HS subheading belongs, a currency written into the value).
// Every message is a Text of the catalogue (server/i18n/messages/trade-files.ts) carried by its
// issue (field-text.ts's textIssue), so a problem in these files is told in English and Indonesian.
import { z } from 'zod';
import { text, type Text } from '../i18n/index.ts';
import { fieldError, textIssue } from './field-text.ts';
import { MAX_AMOUNT } from './fields.ts';

const isBlank = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** A value as a message quotes it ("IDR 15000000" with its quotes). */
const got = (v: unknown): string => JSON.stringify(v) ?? String(v);

/**
 * HS chapters that do not exist in the Harmonized System: 00, 77 (reserved for future use), and
 * 98-99 (left to national use; they are not HS). Every other chapter 01-97 is in the nomenclature.
 */
const NOT_HS_CHAPTER = (chapter: number): boolean => chapter < 1 || chapter === 77 || chapter > 97;

/** Why a text is not an HS code of 4 or 6 digits (dots and spaces allowed), or undefined when it is one. */
export function hsProblem(code: string): Text | undefined {
  const digits = code.replace(/[.\s]/g, '');
  if (!/^\d+$/.test(digits)) return text('field.hs.notCode', { got: got(code) });
  // "6813.8" is 6813.80 with its last zero dropped (a spreadsheet read it as a number); "87083", one
  // that lost its first.
  if (/^\d{4}\.\d$/.test(code)) return text('field.hs.droppedLast', { got: got(code), n: digits.length, fixed: `${digits}0` });
  if (digits.length === 3 || digits.length === 5) return text('field.hs.dropped', { got: got(code), n: digits.length, digits });
  if (digits.length > 6) return text('field.hs.tariffLine', { got: got(code), n: digits.length, six: digits.slice(0, 6) });
  if (digits.length !== 4 && digits.length !== 6) return text('field.hs.notCode', { got: got(code) });
  const chapter = Number(digits.slice(0, 2));
  if (NOT_HS_CHAPTER(chapter)) {
    const why = chapter === 77 ? text('field.hs.why.reserved') : chapter > 97 ? text('field.hs.why.national', { chapter: String(chapter) }) : text('field.hs.why.zero');
    return text('field.hs.notInHs', { got: got(code), why });
  }
  return undefined;
}

/** An HS code as the files hold it: digits only ("8708.30" → "870830"). */
export const canonicalHs = (code: string): string => code.replace(/[.\s]/g, '');

const required = (): Text => text('field.required');

/** An HS heading (4 digits) or subheading (6 digits), as text; "8708.30" and 870830 are read as "870830". */
export const hsField = () =>
  z
    .preprocess(
      (v) => (isBlank(v) ? undefined : typeof v === 'number' && Number.isInteger(v) ? String(v) : typeof v === 'string' ? v.trim() : v),
      z
        .unknown()
        .superRefine((v, ctx) => {
          const problem = v === undefined ? required() : typeof v !== 'string' ? text('field.hs.text') : hsProblem(v);
          if (problem) ctx.addIssue(textIssue(problem));
        })
        .transform((v) => canonicalHs(v as string)),
    )
    .meta({ kind: 'text' });

/**
 * A component's HS code, kept as written (a heading, a subheading, a national tariff line, with or
 * without dots): only a code a spreadsheet shortened is refused ("7326.9" for 7326.90, "87083" for
 * 087083), with the code as it must be written. Re-saving the CSV export in a spreadsheet did that
 * to 40 of the seed's 47 codes without a word.
 */
export const componentHsField = () =>
  z
    .preprocess(
      (v) => (isBlank(v) ? undefined : typeof v === 'number' && Number.isInteger(v) ? String(v) : typeof v === 'string' ? v.trim() : v),
      z
        .unknown()
        .superRefine((v, ctx) => {
          if (v === undefined) return;
          if (typeof v !== 'string') return ctx.addIssue(textIssue(text('field.text')));
          const problem = hsProblem(v);
          if (problem && (problem.key === 'field.hs.dropped' || problem.key === 'field.hs.droppedLast')) ctx.addIssue(textIssue(problem));
        })
        .transform((v) => v as string | undefined),
    )
    .meta({ kind: 'text' });

/** An ISO 3166-1 alpha-3 code (three capital letters), which is also a Country id (countries.csv). */
export const iso3Field = () =>
  z
    .preprocess(
      (v) => (isBlank(v) ? undefined : typeof v === 'string' ? v.trim() : v),
      z
        .unknown()
        .superRefine((v, ctx) => {
          if (v === undefined) ctx.addIssue(textIssue(required()));
          else if (typeof v !== 'string') ctx.addIssue(textIssue(text('field.iso3.text')));
          else if (!/^[A-Z]{3}$/.test(v)) ctx.addIssue(textIssue(text('field.iso3', { got: got(v) })));
        })
        .transform((v) => v as string),
    )
    .meta({ kind: 'id' });

const NUMERIC = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
/** A currency named before or after the amount: "IDR 15000000", "Rp 1.500.000", "1200 EUR", "$1,200". */
const CURRENCY = /^(?:([A-Z]{3}|Rp\.?|US\$|\$|€|¥|£)\s*[-+]?[\d.,\s]+|[-+]?[\d.,\s]+\s*([A-Z]{3}|Rp\.?|US\$|\$|€|¥|£))$/i;

/** What a value cell holding a currency should say instead. */
function currencyProblem(value: string): Text | undefined {
  const m = CURRENCY.exec(value.trim());
  if (!m) return undefined;
  const currency = (m[1] ?? m[2] ?? '').toUpperCase();
  if (currency === 'USD' || currency === 'US$' || currency === '$') return text('field.usd.plain', { got: got(value) });
  return text('field.usd.currency', { got: got(value), currency });
}

/** Why a value cell is not an amount of US dollars, or undefined when it is one. */
function usdProblem(v: unknown): Text | undefined {
  if (v === undefined) return required();
  if (typeof v === 'string') return currencyProblem(v) ?? text('field.usd.number', { got: got(v) });
  if (typeof v !== 'number') return text('field.usd.number', { got: got(v) });
  if (!Number.isFinite(v)) return text('field.finite');
  if (v < 0) return text('field.usd.negative');
  if (v > MAX_AMOUNT) return text('field.huge');
  return undefined;
}

const toNumber = (v: unknown): unknown => (isBlank(v) ? undefined : typeof v === 'string' && NUMERIC.test(v.trim()) ? Number(v.trim()) : v);

/** A required amount in US dollars (finite, not negative); a currency written into the cell is named. */
export const usdField = () =>
  z
    .preprocess(
      toNumber,
      z
        .unknown()
        .superRefine((v, ctx) => {
          const problem = usdProblem(v);
          if (problem) ctx.addIssue(textIssue(problem));
        })
        .transform((v) => v as number),
    )
    .meta({ kind: 'amount' });

/** Why a share cell is not a share in (0, 1], or undefined when it is one. */
function shareProblem(v: unknown): Text | undefined {
  if (v === undefined) return required();
  if (typeof v !== 'number') return text('field.share.number', { got: got(v) });
  if (!Number.isFinite(v)) return text('field.finite');
  if (v <= 0 || v > 1) return text('field.share.range', { got: String(v) });
  return undefined;
}

/** A concordance share: the part of an HS code's trade that is the component, in (0, 1]. */
export const shareField = () =>
  z
    .preprocess(
      toNumber,
      z
        .unknown()
        .superRefine((v, ctx) => {
          const problem = shareProblem(v);
          if (problem) ctx.addIssue(textIssue(problem));
        })
        .transform((v) => v as number),
    )
    .meta({ kind: 'amount' });

/** The unit quantities are counted in (kg, t, u for units, …): short text ("must be text" otherwise, field-text.ts). */
export const unitField = () =>
  z
    .preprocess(
      (v) => (isBlank(v) ? undefined : typeof v === 'string' ? v.trim() : v),
      z
        .string({ error: fieldError('text') })
        .superRefine((s, ctx) => {
          if (s.length > 20) ctx.addIssue(textIssue(text('field.unit.short')));
        })
        .optional(),
    )
    .meta({ kind: 'text' });
