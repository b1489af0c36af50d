// Tolerance check shared by the complexity tests: |actual − expected| ≤ atol + rtol·|expected|
// (numpy.isclose's rule), with a message naming what was compared.
import { expect } from 'vitest';

export const expectClose = (actual: number | null, expected: number, rtol: number, what: string, atol = 1e-12): void => {
  expect(actual, `${what}: got null`).not.toBeNull();
  const a = actual as number;
  const ok = Math.abs(a - expected) <= atol + rtol * Math.abs(expected);
  expect(ok, `${what}: ${a} vs expected ${expected} (rtol ${rtol})`).toBe(true);
};
