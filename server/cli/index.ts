// The `rantai` command line: dispatches to a sub-command and turns known errors into messages and
// exit codes (0 ok, 1 rejected input or failure, 2 usage error). No stack traces for user mistakes.
import { DatasetError, formatProblem, problemCount } from '../model/index.ts';
import { AppError } from '../errors.ts';
import { UsageError, type CliIO } from './command.ts';
import { COMMANDS } from './commands/index.ts';

const defaultIO: CliIO = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

const helpText = (): string =>
  ['usage: rantai <command> [options]', '', 'commands:', ...COMMANDS.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`), '', 'rantai <command> --help shows a command\'s options'].join('\n');

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
      for (const p of error.problems) io.err(formatProblem(p));
      io.err(`rejected: ${problemCount(error.problems)} problem(s)`);
      return 1;
    }
    if (error instanceof AppError) {
      io.err(`${error.code}: ${error.message}`);
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
