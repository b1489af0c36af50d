// Cell parsers shared by every file schema. A CSV cell arrives as a string; the same column in a
// JSON bundle may arrive as a number, boolean, array or null. Each helper accepts both and says in
// plain words what was expected when a value does not fit.
import { z } from 'zod';

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
export type ColumnKind = 'id' | 'text' | 'amount' | 'latitude' | 'longitude' | 'year' | 'flag' | 'list' | 'enum';

export const idField = () =>
  z.preprocess(
    toText,
    z
      .string({ error: (i) => (i.input === undefined ? 'is required' : 'must be text') })
      .max(200, { error: 'must be at most 200 characters' })
      .refine((s) => !s.includes(';'), { error: 'must not contain ";"' })
      .refine((s) => !RESERVED_IDS.has(s), { error: (i) => `"${String(i.input)}" is reserved (a built-in JavaScript name); choose another id` }),
  ).meta({ kind: 'id' });

export const requiredText = () =>
  z.preprocess(
    toText,
    z
      .string({ error: (i) => (i.input === undefined ? 'is required' : 'must be text') })
      .max(10_000, { error: 'must be at most 10,000 characters' }),
  ).meta({ kind: 'text' });

export const optionalText = () =>
  z.preprocess(toText, z.string({ error: 'must be text' }).max(10_000, { error: 'must be at most 10,000 characters' }).optional()).meta({ kind: 'text' });

const numberSchema = () =>
  z
    .number({ error: (i) => `must be a number, got ${JSON.stringify(i.input)}` })
    .refine(Number.isFinite, { error: 'must be a finite number' });

export const optionalAmount = () =>
  z.preprocess(toNumber, numberSchema().refine((n) => n >= 0, { error: 'must not be negative' }).optional()).meta({ kind: 'amount' });

export const requiredAmount = () =>
  z.preprocess(
    toNumber,
    z
      .number({ error: (i) => (i.input === undefined ? 'is required' : `must be a number, got ${JSON.stringify(i.input)}`) })
      .refine(Number.isFinite, { error: 'must be a finite number' })
      .refine((n) => n >= 0, { error: 'must not be negative' }),
  ).meta({ kind: 'amount' });

export const latitude = () =>
  z.preprocess(toNumber, numberSchema().refine((n) => n >= -90 && n <= 90, { error: 'latitude must be between -90 and 90' }).optional()).meta({ kind: 'latitude' });

export const longitude = () =>
  z.preprocess(toNumber, numberSchema().refine((n) => n >= -180 && n <= 180, { error: 'longitude must be between -180 and 180' }).optional()).meta({ kind: 'longitude' });

const yearSchema = () =>
  z
    .number({ error: (i) => (i.input === undefined ? 'is required' : `must be a year, got ${JSON.stringify(i.input)}`) })
    .int({ error: 'must be a whole year' })
    .min(1800, { error: 'must be a year between 1800 and 2200' })
    .max(2200, { error: 'must be a year between 1800 and 2200' });

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
    z.boolean({ error: (i) => `must be true or false, got ${JSON.stringify(i.input)}` }),
  ).meta({ kind: 'flag', values: ['true', 'false'] });

/** A `;`-separated list in a CSV cell, or an array of strings in JSON. */
export const textList = () =>
  z.preprocess(
    (v) => {
      if (isBlank(v)) return [];
      if (typeof v === 'string') return v.split(';').map((s) => s.trim()).filter((s) => s !== '');
      return v;
    },
    z.array(z.string({ error: 'list items must be text' }).trim().min(1), { error: 'must be a ";"-separated list' }),
  ).meta({ kind: 'list' });

export const TIERS = ['OEM', 'TIER1', 'TIER2', 'IKM', 'BUYER'] as const;
export const tierSchema = z.enum(TIERS);
export type Tier = z.infer<typeof tierSchema>;

export const tierField = () =>
  z.preprocess(
    toText,
    z.enum(TIERS, {
      error: (i) =>
        i.input === undefined ? 'is required' : `must be one of ${TIERS.join(', ')}, got ${JSON.stringify(i.input)}`,
    }),
  ).meta({ kind: 'enum', values: [...TIERS] });
