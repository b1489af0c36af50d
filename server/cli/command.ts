// The shape every `rantai` sub-command has. Each command lives in its own file under
// server/cli/commands/ and is listed in server/cli/commands/index.ts.

export interface CliIO {
  /** Normal output (results, counts). */
  out: (text: string) => void;
  /** Diagnostics and problem lists. */
  err: (text: string) => void;
}

export interface CliCommand {
  name: string;
  /** One line for `rantai --help`. */
  summary: string;
  /** Usage text shown on `rantai <name> --help` and on a usage error. */
  usage: string;
  /** Returns the process exit code: 0 ok, 1 rejected input, 2 usage error. */
  run: (argv: string[], io: CliIO) => Promise<number>;
}

/** A usage mistake (unknown flag, missing argument): exit code 2 with the usage text. */
export class UsageError extends Error {}
