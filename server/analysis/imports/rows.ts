// Reading the plain JSON rows a Cypher query returns (already converted by the Neo4j store) into
// typed facts, with a clear error when a query's columns do not have the shape the code expects.
import { AppError } from '../../errors.ts';

const fail = (what: string, v: unknown): never => {
  throw new AppError('internal', `analysis query returned ${JSON.stringify(v)} where ${what} was expected`);
};

export const str = (v: unknown): string => (typeof v === 'string' ? v : fail('text', v));
export const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : str(v));
export const num = (v: unknown): number => (typeof v === 'number' ? v : fail('a number', v));
export const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : num(v));
export const int = (v: unknown): number => (Number.isInteger(v) ? (v as number) : fail('a whole number', v));
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === null || v === undefined ? [] : fail('a list', v));
export const strings = (v: unknown): string[] => list(v).map(str);
export const obj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : fail('a map', v);
