// Whole-number query parameters (limit, year, seed). z.coerce.number reads text with Number(), which
// also takes "0x10" (16), "0b11" (3), "1e3" (1000), " 12 " and "" (0): `limit=0x10` was served as 16
// opportunities. Wrapped in z.preprocess(decimalDigitsOnly, …), only decimal digits (with a sign) are
// read as a number; any other text becomes NaN, refused with the parameter's own message.
import { z } from 'zod';

export const decimalDigitsOnly = (value: unknown): unknown => (typeof value === 'string' && !/^[-+]?\d+$/.test(value) ? Number.NaN : value);

/**
 * A query parameter that is a whole number from 1 to `max`, refused in the words the request
 * messages translate (request.custom.<name>Whole, <name>Between); `fallback`, when given, is its
 * default (set inside the preprocess, where the OpenAPI document reads it).
 */
export function wholeFromOne(name: string, max: number, fallback?: number) {
  const whole = z.coerce
    .number({ error: `${name} must be a whole number` })
    .int({ error: `${name} must be a whole number` })
    .min(1, { error: `${name} must be between 1 and ${max}` })
    .max(max, { error: `${name} must be between 1 and ${max}` });
  return z.preprocess(decimalDigitsOnly, fallback === undefined ? whole : whole.default(fallback));
}
