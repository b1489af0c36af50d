// Whole-number query parameters (limit, year, seed). z.coerce.number reads text with Number(), which
// also takes "0x10" (16), "0b11" (3), "1e3" (1000), " 12 " and "" (0): `limit=0x10` was served as 16
// opportunities. Wrapped in z.preprocess(decimalDigitsOnly, …), only decimal digits (with a sign) are
// read as a number; any other text becomes NaN, refused with the parameter's own message.
export const decimalDigitsOnly = (value: unknown): unknown => (typeof value === 'string' && !/^[-+]?\d+$/.test(value) ? Number.NaN : value);
