// The `rantai` command line: dispatches to a sub-command and turns known errors into messages and
// exit codes (0 ok, 1 rejected input or failure, 2 usage error). No stack traces for user mistakes.
// The help, the usage text and usage mistakes are written in the language --lang asks for (English
// by default, like every CLI sentence).
import { DatasetError } from '../model/index.ts';
import { AppError } from '../errors.ts';
import { ConfigError } from '../config.ts';
import { DEFAULT_LANG, LangSchema, render, say, type Lang } from '../i18n/index.ts';
import { UsageError, type CliIO } from './command.ts';
import { COMMANDS } from './commands/index.ts';
import { printProblems } from './commands/lang-flag.ts';
import { helpText, usageText } from './usage.ts';

/**
 * Where the output goes, watched: a reader that stops reading (`rantai analyse missing-links |
 * head -1`) closes the pipe, and the command ends quietly, as command-line tools do; a full disk
 * (`> /dev/full`) is said in --lang. Unheard, either stopped Node with its own stack trace.
 */
function watchStdout(lang: Lang): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    const code = error.code ?? 'error';
    process.stderr.write(`${code}: ${isFsCode(error.code) ? say(lang, `cli.fs.${error.code}`, { path: '' }).replace(/^: /, '') : error.message}\n`);
    process.exit(1);
  });
}

const defaultIO: CliIO = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/**
 * The language the command was asked to write in (`--lang id` or `--lang=id`), for the errors caught
 * here; English when it names none or none known (the command itself refuses an unknown one).
 */
function askedLang(args: readonly string[]): Lang {
  // The last --lang, as the commands' own flag parsing takes it.
  const i = args.findLastIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : args[i]!.includes('=') ? args[i]!.slice('--lang='.length) : args[i + 1];
  const lang = LangSchema.safeParse(value);
  return lang.success ? lang.data : DEFAULT_LANG;
}

/** A test that an error code is one of `codes` (each has a sentence in the catalogue). */
const oneOf =
  <const C extends string>(codes: readonly C[]) =>
  (code: string | undefined): code is C =>
    (codes as readonly (string | undefined)[]).includes(code);
const isFsCode = oneOf(['ENOENT', 'EACCES', 'EEXIST', 'EISDIR', 'ENOTDIR', 'ENOSPC', 'ENAMETOOLONG', 'EROFS', 'EPERM', 'ELOOP', 'EIO', 'EBUSY']);
const isNetCode = oneOf(['EADDRINUSE', 'EACCES', 'EADDRNOTAVAIL']);

export async function main(argv: string[], io: CliIO = defaultIO): Promise<number> {
  const [name, ...rest] = argv;
  const lang = askedLang(argv);
  if (io === defaultIO) watchStdout(lang);
  // Asked for, the help is the answer (stdout, exit 0); with no command at all it is a usage
  // mistake, told on stderr as every other (it went to stdout, into a pipe's next program).
  if (name === undefined) {
    io.err(helpText(COMMANDS, lang));
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText(COMMANDS, lang));
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`${say(lang, 'cli.usage.unknownCommand', { name })}\n\n${helpText(COMMANDS, lang)}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(usageText(command, lang));
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${render(lang, error.text)}\n${usageText(command, lang)}`);
      return 2;
    }
    if (error instanceof DatasetError) {
      printProblems(io, error, lang);
      return 1;
    }
    if (error instanceof AppError) {
      io.err(`${error.code}: ${error.messageIn(lang)}`);
      return 1;
    }
    if (error instanceof ConfigError) {
      io.err(say(lang, 'cli.failed', { name, reason: error.messageIn(lang) }));
      return 1;
    }
    const e = error as NodeJS.ErrnoException & { address?: string; port?: number; hostname?: string };
    // A --host that names no machine (a typing mistake): said as such, not "getaddrinfo ENOTFOUND".
    if (e && e.syscall === 'getaddrinfo' && (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN')) {
      io.err(`ENOTFOUND: ${say(lang, 'cli.net.ENOTFOUND', { address: e.hostname ?? '' })}`);
      return 1;
    }
    // A server that cannot listen (rantai serve): the port or address, in --lang, not Node's words.
    if (e && e.syscall === 'listen' && isNetCode(e.code)) {
      io.err(`${e.code}: ${say(lang, `cli.net.${e.code}`, { address: e.address ?? '', port: String(e.port ?? '') })}`);
      return 1;
    }
    if (e && isFsCode(e.code)) {
      // The code leads the line (scripts match it); the sentence after it is in --lang.
      // A write or a read of a folder names no path (ENOSPC, EISDIR from read()): the sentence alone.
      const sentence = say(lang, `cli.fs.${e.code}`, { path: e.path ?? '' });
      io.err(`${e.code}: ${e.path ? sentence : sentence.replace(/^: /, '')}`);
      return 1;
    }
    // Anything else is a fault of Rantai or of its surroundings; its own text is all there is to say.
    io.err(say(lang, 'cli.failed', { name, reason: error instanceof Error ? error.message : String(error) }));
    return 1;
  }
}
