// The 413 of a posted graph over the route's size limits, in English and Bahasa Indonesia, built
// from the error's details so that the route can tell it in the request's language (the check
// itself runs before anyone knows the language, and the CLI has no limits to tell).
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import type { Lang } from '../../i18n/lang.ts';

export const graphTooLargeDetailsShape = z.object({
  /** What is over its limit. */
  part: z.enum(['nodes', 'edges']),
  count: z.number().int(),
  max: z.number().int(),
});
export type GraphTooLargeDetails = z.infer<typeof graphTooLargeDetailsShape>;

const n = (x: number, lang: Lang) => x.toLocaleString(lang === 'id' ? 'id-ID' : 'en');

const SENTENCES: Record<Lang, (d: GraphTooLargeDetails) => string> = {
  en: (d) => `the graph has ${n(d.count, 'en')} ${d.part}; this route takes at most ${n(d.max, 'en')} ${d.part} (use \`rantai analyse --graph FILE\` for larger graphs)`,
  id: (d) =>
    `graf ini memiliki ${n(d.count, 'id')} ${d.part === 'nodes' ? 'simpul' : 'sisi'}; rute ini menerima paling banyak ${n(d.max, 'id')} ${d.part === 'nodes' ? 'simpul' : 'sisi'} (gunakan \`rantai analyse --graph FILE\` untuk graf yang lebih besar)`,
};

export const graphTooLarge = (d: GraphTooLargeDetails, lang: Lang = 'en'): AppError => new AppError('payload_too_large', SENTENCES[lang](d), d);

/** The same error in `lang` when it is a graph over its size limits; any other error as it is. */
export function localiseGraphError(error: unknown, lang: Lang): unknown {
  if (!(error instanceof AppError) || error.code !== 'payload_too_large') return error;
  const d = graphTooLargeDetailsShape.safeParse(error.details);
  return d.success ? graphTooLarge(d.data, lang) : error;
}
