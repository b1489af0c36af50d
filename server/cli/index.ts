// The `rantai` command line: dispatches to a sub-command and turns known errors into messages and
// exit codes (0 ok, 1 rejected input or failure, 2 usage error). No stack traces for user mistakes.
import { DatasetError } from '../model/index.ts';
import { AppError } from '../errors.ts';
import { DEFAULT_LANG, LangSchema, type Lang } from '../i18n/index.ts';
import { UsageError, type CliIO } from './command.ts';
import { COMMANDS } from './commands/index.ts';
import { printProblems } from './commands/lang-flag.ts';

const defaultIO: CliIO = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

const helpText = (): string =>
  ['usage: rantai <command> [options]', '', 'commands:', ...COMMANDS.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`), '', 'rantai <command> --help shows a command\'s options'].join('\n');

/**
 * The language the command was asked to write in (`--lang id` or `--lang=id`), for the errors caught
 * here; English when it names none or none known (the command itself refuses an unknown one).
 */
function askedLang(args: readonly string[]): Lang {
  const i = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : args[i]!.includes('=') ? args[i]!.slice('--lang='.length) : args[i + 1];
  const lang = LangSchema.safeParse(value);
  return lang.success ? lang.data : DEFAULT_LANG;
}

export async function main(argv: string[], io: CliIO = defaultIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`unknown command "${name}"\n\n${helpText()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`usage: ${command.usage}`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\nusage: ${command.usage}`);
      return 2;
    }
    if (error instanceof DatasetError) {
      printProblems(io, error, askedLang(rest));
      return 1;
    }
    if (error instanceof AppError) {
      io.err(`${error.code}: ${error.messageIn(askedLang(rest))}`);
      return 1;
    }
    const e = error as NodeJS.ErrnoException;
    if (e && (e.code === 'ENOENT' || e.code === 'EACCES' || e.code === 'EEXIST' || e.code === 'EISDIR' || e.code === 'ENOTDIR')) {
      io.err(`${e.code}: ${e.message}`);
      return 1;
    }
    io.err(`rantai ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
