// The shape every `rantai` sub-command has. Each command lives in its own file under
// server/cli/commands/ and is listed in server/cli/commands/index.ts. What a command says about
// itself (its summary, usage notes, usage mistakes) is a catalogue message (server/i18n/messages/
// cli-usage.ts), written in the language --lang asks for; its synopsis is syntax, alike in both.
import { render, type MessageKey, type Text } from '../i18n/index.ts';

export interface CliIO {
  /** Normal output (results, counts). */
  out: (text: string) => void;
  /** Diagnostics and problem lists. */
  err: (text: string) => void;
}

export interface CliCommand {
  name: string;
  /** One line for `rantai --help`. */
  summary: MessageKey;
  /** The synopsis (`rantai validate <dataset> [--lang en|id]`), shown on `--help` and on a usage error. */
  usage: string;
  /** What the synopsis needs explained, under it. */
  note?: MessageKey;
  /** Returns the process exit code: 0 ok, 1 rejected input, 2 usage error. */
  run: (argv: string[], io: CliIO) => Promise<number>;
}

/**
 * A usage mistake (unknown flag, missing argument): exit code 2 with the usage text. It carries a
 * catalogue Text, told in the command's --lang by the dispatcher; its message is the English.
 */
export class UsageError extends Error {
  readonly text: Text;
  constructor(text: Text) {
    super(render('en', text));
    this.name = 'UsageError';
    this.text = text;
  }
}
