// What `rantai --help`, `rantai <command> --help` and a usage error print, in a language: the
// command list with each summary, or a command's synopsis with its note.
import { render, say, type Lang } from '../i18n/index.ts';
import type { CliCommand } from './command.ts';

export const helpText = (commands: readonly CliCommand[], lang: Lang): string =>
  [say(lang, 'cli.help.usage'), '', say(lang, 'cli.help.commands'), ...commands.map((c) => `  ${c.name.padEnd(12)} ${render(lang, { key: c.summary })}`), '', say(lang, 'cli.help.more')].join('\n');

export const usageText = (command: CliCommand, lang: Lang): string =>
  say(lang, 'cli.usage.line', { synopsis: command.usage }) + (command.note ? `\n  ${render(lang, { key: command.note })}` : '');
