// A warning is {code, message}: a stable code programs can test for, and the code's message
// (messages/warnings.ts) filled with its parameters in the asked language. The complexity warnings
// are built from the same keys by server/analysis/complexity/warnings.ts (its codes are the keys'
// `warning.complexity.<code>`; the type of `say` keeps the two in step), so their wording has one source.
import { z } from 'zod';
import { EN, say, type MessageArgs, type MessageKey } from './catalogue.ts';
import type { Lang } from './lang.ts';

/** Keys of warnings proper (the scope and reason keys are pieces of them). */
type WarningKey = Exclude<Extract<MessageKey, `warning.${string}`>, `warning.scope.${string}` | `warning.reason.${string}`>;
export type WarningCode = WarningKey extends `warning.${infer C}` ? C : never;

const isWarningKey = (k: string): k is WarningKey => k.startsWith('warning.') && !k.startsWith('warning.scope.') && !k.startsWith('warning.reason.');
export const WARNING_CODES: readonly WarningCode[] = Object.keys(EN)
  .filter(isWarningKey)
  .map((k) => k.slice('warning.'.length) as WarningCode);

export const warningShape = z.object({
  code: z.string().describe('stable, for programs (e.g. complexity.duplicates)'),
  message: z.string().describe('the warning in the answer’s language'),
});
export type Warning = z.infer<typeof warningShape>;

export function warning<C extends WarningCode>(lang: Lang, code: C, ...args: MessageArgs<`warning.${C}`>): Warning {
  return { code, message: say(lang, `warning.${code}`, ...args) };
}

/** The rows a warning is about, leading its sentence: "All rows" or "Year 2019" / "Semua baris", "Tahun 2019". */
export const warningScope = (lang: Lang, year: string | null): string => (year === null ? say(lang, 'warning.scope.all') : say(lang, 'warning.scope.year', { year }));
