// What the complexity computation warns about, as {code, message, year, …parameters}: a stable
// code for programs, the parameters the message is built from, and the message in English or
// Bahasa Indonesia (the same warning rendered by warningMessage(), from the product's catalogue:
// server/i18n/messages/warnings.ts, keys `warning.complexity.<code>`). The codes:
//   duplicates      later duplicates of a location–product row were ignored (rows)
//   zero-totals     rows of locations or products with a total of 0 were left out (rows)
//   zero-degree     some location has diversity 0 or some product ubiquity 0 (their ECI/PCI empty)
//   eci-undefined   the eigenvector method fails outright (reason: too-small, degenerate, no-sign)
//   eci-no-spread   all ECI values equal; ECI, PCI, COI, COG empty
//   coi-no-spread   all COI values equal; COI empty
//   disconnected    M splits into blocks (blocks.ts): ECI/PCI are not defined across them (blocks)
//   eigengap        1 − λ2 is (near) zero: all but disconnected, ECI/PCI not defined (eigenvalues)
//   eigenvalue-tie  λ2 = λ3 (near enough): the eigenvector is not unique (eigenvalues)
// The last three leave the values as the Growth Lab's ecomplexity computes them (they are what
// the package would print), but say that they rank nothing.
import { z } from 'zod';
import { WARNING_CODES } from './codes.ts';

export { UNDEFINED_ECI_CODES, WARNING_CODES, type WarningCode } from './codes.ts';

// The product's languages (server/i18n), under the names this module's callers use.
export { LANGS as WARNING_LANGS, type Lang as WarningLang } from '../../i18n/lang.ts';
import { say, warningScope, whole, type Lang as WarningLang } from '../../i18n/index.ts';

const blockShape = z.object({ locations: z.array(z.string()), products: z.array(z.string()) });

export const complexityWarningShape = z.object({
  code: z.enum(WARNING_CODES),
  message: z.string(),
  /** The year the warning is about; null for a table without years. */
  year: z.string().nullable(),
  /** duplicates, zero-totals: how many input rows. */
  rows: z.number().int().optional(),
  /** eci-undefined: fewer than 2 locations or products, second eigenvalue 0, or no sign. */
  reason: z.enum(['too-small', 'degenerate', 'no-sign']).optional(),
  /** disconnected: the blocks, largest first, with their locations and products. */
  blocks: z.array(blockShape).optional(),
  /** eigengap: [λ2]; eigenvalue-tie: [λ2, λ3] (λ1 = 1). */
  eigenvalues: z.array(z.number()).optional(),
});
export type ComplexityWarning = z.infer<typeof complexityWarningShape>;
export type WarningFacts = Omit<ComplexityWarning, 'message'>;

const number = (lang: WarningLang, x: number, digits: number): string =>
  new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: digits }).format(x);

const SHOWN_BLOCKS = 6;

const blockSizes = (w: WarningFacts, lang: WarningLang): string => {
  const blocks = w.blocks ?? [];
  const sizes = blocks.slice(0, SHOWN_BLOCKS).map((b) => `${number(lang, b.locations.length, 0)} × ${number(lang, b.products.length, 0)}`);
  if (blocks.length > SHOWN_BLOCKS) sizes.push('…');
  return sizes.join(', ');
};

/** The warning's sentence in a language, led by the rows (year) it is about. */
export function warningMessage(w: WarningFacts, lang: WarningLang = 'en'): string {
  const scope = warningScope(lang, w.year);
  const rows = whole(lang, w.rows ?? 0);
  switch (w.code) {
    case 'duplicates':
      return say(lang, 'warning.complexity.duplicates', { scope, n: rows });
    case 'zero-totals':
      return say(lang, 'warning.complexity.zero-totals', { scope, n: rows });
    case 'zero-degree':
      return say(lang, 'warning.complexity.zero-degree', { scope });
    case 'eci-undefined':
      return say(lang, 'warning.complexity.eci-undefined', { scope, reason: say(lang, `warning.reason.${w.reason ?? 'degenerate'}`) });
    case 'eci-no-spread':
      return say(lang, 'warning.complexity.eci-no-spread', { scope });
    case 'coi-no-spread':
      return say(lang, 'warning.complexity.coi-no-spread', { scope });
    case 'disconnected':
      return say(lang, 'warning.complexity.disconnected', { scope, n: whole(lang, w.blocks?.length ?? 0), sizes: blockSizes(w, lang) });
    case 'eigengap':
      return say(lang, 'warning.complexity.eigengap', { scope, value: number(lang, w.eigenvalues?.[0] ?? 1, 9) });
    case 'eigenvalue-tie':
      return say(lang, 'warning.complexity.eigenvalue-tie', { scope, second: number(lang, w.eigenvalues?.[0] ?? 0, 6), third: number(lang, w.eigenvalues?.[1] ?? 0, 6) });
  }
}

/** A warning with its English message. */
export const complexityWarning = ({ code, ...rest }: WarningFacts): ComplexityWarning => ({ code, message: warningMessage({ code, ...rest }), ...rest });

/** The same warnings with their messages in `lang`. */
export const localiseWarnings = (warnings: readonly ComplexityWarning[], lang: WarningLang): ComplexityWarning[] =>
  warnings.map((w) => ({ ...w, message: warningMessage(w, lang) }));
