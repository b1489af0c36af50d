// Options of the economic-complexity computation, with the defaults of the Growth Lab's
// py-ecomplexity `ecomplexity()` (presence_test="rca", rca_mcp_threshold=1; discrete, symmetric
// proximity).
import { z } from 'zod';

export const ComplexityOptionsSchema = z.object({
  /** M(c,p) = 1 when RCA(c,p) >= rcaThreshold (py-ecomplexity `rca_mcp_threshold`). */
  rcaThreshold: z
    .number({ error: 'rcaThreshold must be a number' })
    .positive({ error: 'rcaThreshold must be greater than 0' })
    .finite({ error: 'rcaThreshold must be finite' })
    .default(1),
  /**
   * 'rca': presence from RCA and the threshold. 'manual': the value column already is M(c,p) and
   * must be 0 or 1 (py-ecomplexity `presence_test="manual"`; rca then repeats the value).
   */
  presenceTest: z.enum(['rca', 'manual'], { error: "presenceTest must be 'rca' or 'manual'" }).default('rca'),
});

export type ComplexityOptionsInput = z.input<typeof ComplexityOptionsSchema>;
export type ComplexityOptions = z.output<typeof ComplexityOptionsSchema>;

/** Validates and fills in defaults; throws a ZodError naming the offending option. */
export const resolveComplexityOptions = (options: ComplexityOptionsInput = {}): ComplexityOptions =>
  ComplexityOptionsSchema.parse(options);
