// Cell parsers shared by every file schema. A CSV cell arrives as a string; the same column in a
// JSON bundle may arrive as a number, boolean, array or null. Each helper accepts both and says in
// plain words what was expected when a value does not fit: every error goes through fieldError
// (field-text.ts), so the words come from the message catalogue and exist in both languages.
import { z } from 'zod';
import { check, fieldError } from './field-text.ts';
import { firstHidden } from './hidden-chars.ts';
import { GROUPED_THOUSANDS } from './number-text.ts';

const isBlank = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

const NUMERIC = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** Turns numeric text into a number; anything else passes through so the schema can reject it. */
const toNumber = (v: unknown): unknown => {
  if (isBlank(v)) return undefined;
  if (typeof v === 'string') return NUMERIC.test(v.trim()) ? Number(v.trim()) : v;
  return v;
};

const toText = (v: unknown): unknown => (isBlank(v) ? undefined : typeof v === 'string' ? v.trim() : v);

/**
 * Names every JavaScript object already has (`constructor`, `__proto__`, `toString`, …). Graph
 * libraries keep adjacency in plain objects keyed by id (graphology does), so such an id would
 * corrupt the in-process graph; it is refused with a clear message instead.
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * What a column holds, for the workbook (server/model/workbook/): its README line, its drop-down
 * and its number check come from this, so a column added to a schema appears there by itself.
 */
export type ColumnKind = 'id' | 'text' | 'amount' | 'count' | 'latitude' | 'longitude' | 'year' | 'flag' | 'list' | 'enum';

export const idField = () =>
  z.preprocess(
    toText,
    z
      .string({ error: fieldError('id') })
      .max(200, { error: fieldError('id') })
      .refine((s) => !s.includes(';'), check('id', 'semicolon'))
      .refine((s) => !RESERVED_IDS.has(s), check('id', 'reserved'))
      .refine((s) => firstHidden(s, false) < 0, check('id', 'hidden')),
  ).meta({ kind: 'id' });

const textSchema = () =>
  z
    .string({ error: fieldError('text') })
    .max(10_000, { error: fieldError('text') })
    .refine((s) => firstHidden(s, true) < 0, check('text', 'hidden'));

export const requiredText = () => z.preprocess(toText, textSchema()).meta({ kind: 'text' });

export const optionalText = () => z.preprocess(toText, textSchema().optional()).meta({ kind: 'text' });

const numberSchema = (kind: ColumnKind) => z.number({ error: fieldError(kind) }).refine(Number.isFinite, check(kind, 'finite'));

/**
 * The largest amount a cell may hold: a thousand trillion (USD, tonnes, units, kg), far past any
 * real one (Indonesia's GDP is about 1.4 trillion USD). 1e308 passed as "finite", and sums of such
 * values became Infinity and NaN in the answers ("USD Infinity billion", "NaN %").
 */
export const MAX_AMOUNT = 1e15;

const amountSchema = () =>
  numberSchema('amount')
    .refine((n) => n >= 0, check('amount', 'negative'))
    .refine((n) => n <= MAX_AMOUNT, check('amount', 'huge'));

export const optionalAmount = () => z.preprocess(toNumber, amountSchema().optional()).meta({ kind: 'amount' });

/**
 * A count (employees, units a year): a whole number. Its text "200.000" is not read as 200, the
 * number it would be with a decimal point: a count has no fraction, so it is the Indonesian way of
 * writing 200000, and taking it as 200 would be wrong by a factor of a thousand without a word.
 * It stays text, refused with advice (field-text.ts).
 */
const toCount = (v: unknown): unknown => (typeof v === 'string' && GROUPED_THOUSANDS.test(v.trim()) ? v.trim() : toNumber(v));

export const optionalCount = () =>
  z
    .preprocess(
      toCount,
      numberSchema('count')
        .int({ error: fieldError('count') })
        .refine((n) => n >= 0, check('count', 'negative'))
        .refine((n) => n <= MAX_AMOUNT, check('count', 'huge'))
        .optional(),
    )
    .meta({ kind: 'count' });

export const requiredAmount = () => z.preprocess(toNumber, amountSchema()).meta({ kind: 'amount' });

export const latitude = () =>
  z.preprocess(toNumber, numberSchema('latitude').refine((n) => n >= -90 && n <= 90, check('latitude', 'latitude')).optional()).meta({ kind: 'latitude' });

export const longitude = () =>
  z.preprocess(toNumber, numberSchema('longitude').refine((n) => n >= -180 && n <= 180, check('longitude', 'longitude')).optional()).meta({ kind: 'longitude' });

const yearSchema = () =>
  z
    .number({ error: fieldError('year') })
    .int({ error: fieldError('year') })
    .min(1800, { error: fieldError('year') })
    .max(2200, { error: fieldError('year') });

export const requiredYear = () => z.preprocess(toNumber, yearSchema()).meta({ kind: 'year' });
export const optionalYear = () => z.preprocess(toNumber, yearSchema().optional()).meta({ kind: 'year' });

/** `true`/`false` (any case); a missing value means false. */
export const estimateFlag = () =>
  z.preprocess(
    (v) => {
      if (isBlank(v)) return false;
      if (typeof v === 'string') {
        const t = v.trim().toLowerCase();
        if (t === 'true') return true;
        if (t === 'false') return false;
      }
      return v;
    },
    z.boolean({ error: fieldError('flag') }),
  ).meta({ kind: 'flag', values: ['true', 'false'] });

/** A `;`-separated list in a CSV cell, or an array of strings in JSON. */
export const textList = () =>
  z.preprocess(
    (v) => {
      if (isBlank(v)) return [];
      if (typeof v === 'string') return v.split(';').map((s) => s.trim()).filter((s) => s !== '');
      return v;
    },
    z.array(
      z
        .string({ error: fieldError('list') })
        .trim()
        .min(1, { error: fieldError('list') })
        .refine((s) => firstHidden(s, false) < 0, check('list', 'hidden')),
      { error: fieldError('list') },
    ),
  ).meta({ kind: 'list' });

export const TIERS = ['OEM', 'TIER1', 'TIER2', 'IKM', 'BUYER'] as const;
export const tierSchema = z.enum(TIERS);
export type Tier = z.infer<typeof tierSchema>;

export const tierField = () =>
  z.preprocess(
    toText,
    z.enum(TIERS, { error: fieldError('enum') }),
  ).meta({ kind: 'enum', values: [...TIERS] });
