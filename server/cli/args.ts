// Argument parsing shared by the commands: node's parseArgs, with its errors turned into
// UsageError (a catalogue Text naming the flag) so the user sees the usage text, in --lang's
// language, instead of a stack trace or node's English.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { say, text, type Lang, type TextParam } from '../i18n/index.ts';
import { UsageError } from './command.ts';

/** The flag node's parseArgs names in its message ('--out', or '-x'). */
const flagIn = (message: string): string => /'(-{1,2}[^' <]+)/.exec(message)?.[1] ?? '';

/** parseArgs' error as a Text: by its code, and for an invalid value by what its message says. */
function usageOf(error: Error & { code?: string }): UsageError {
  const flag = flagIn(error.message);
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(text('cli.usage.unknownFlag', { flag }));
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(error.message)) return new UsageError(text('cli.usage.takesNoValue', { flag }));
    if (/ambiguous/.test(error.message)) return new UsageError(text('cli.usage.ambiguous', { flag }));
    return new UsageError(text('cli.usage.needsValue', { flag }));
  }
  throw error;
}

export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageOf(error as Error);
  }
}

/** Values as alternatives in a language ("a, b or c" / "a, b, atau c"). */
function alternatives(lang: Lang, values: readonly string[]): string {
  if (values.length <= 1) return values[0] ?? '';
  if (values.length === 2) return say(lang, 'cli.usage.or.two', { a: values[0]!, b: values[1]! });
  return say(lang, 'cli.usage.or.many', { rest: values.slice(0, -1).join(', '), last: values[values.length - 1]! });
}

/** The values a flag takes, as a Text parameter written in the reader's language (quoted in Indonesian). */
export const oneOf = (values: readonly string[]): TextParam => ({ perLang: { en: alternatives('en', values), id: alternatives('id', values.map(quoted)) } });

/** The values and names of the command line are English words: the Indonesian quotes them, as it quotes any value. */
export const quoted = (value: string): string => `"${value}"`;

/** A whole non-negative number given to a flag. */
export function countFlag(name: string, value: string | undefined, fallback?: number, max?: number): number {
  if (value === undefined) {
    if (fallback === undefined) throw new UsageError(text('cli.usage.required', { flag: `--${name}` }));
    return fallback;
  }
  if (!/^\d+$/.test(value)) throw new UsageError(text('cli.usage.count', { flag: `--${name}`, got: value }));
  if (max !== undefined && Number(value) > max) throw new UsageError(text('cli.usage.countMax', { flag: `--${name}`, max: { grouped: max }, got: value }));
  return Number(value);
}
