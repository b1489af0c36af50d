// `--lang en|id` of the commands an analyst reads: the language of the problems, results and
// warnings they print (server/i18n), and of their usage text and usage mistakes. A dataset that is rejected is listed here, in that language (the dispatcher,
// server/cli/index.ts, uses the same printProblems for a DatasetError that reaches it).
import { DEFAULT_LANG, LANGS, LangSchema, say, text, whole, type Lang } from '../../i18n/index.ts';
import { DatasetError, formatProblemIn, problemCount } from '../../model/index.ts';
import { oneOf } from '../args.ts';
import { UsageError, type CliIO } from '../command.ts';

/** The language a `--lang` value names (default English); anything else is a usage error. */
export function langFlag(value: string | undefined): Lang {
  const lang = LangSchema.safeParse(value ?? DEFAULT_LANG);
  if (!lang.success) throw new UsageError(text('cli.usage.oneOf', { flag: '--lang', values: oneOf(LANGS), got: String(value) }));
  return lang.data;
}

/** Every problem of a rejected dataset, then the count, in `lang` (the caller exits 1). */
export function printProblems(io: CliIO, error: DatasetError, lang: Lang): void {
  for (const p of error.problems) io.err(formatProblemIn(p, lang));
  io.err(say(lang, 'cli.rejected', { n: whole(lang, problemCount(error.problems)) }));
}

/** What `read` gives, or null once the problems of a dataset it rejects are listed in `lang` (exit 1). */
export async function orProblems<T>(io: CliIO, lang: Lang, read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    printProblems(io, error, lang);
    return null;
  }
}
