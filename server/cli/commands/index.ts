// Every `rantai` sub-command, in the order `rantai --help` lists them.
import type { CliCommand } from '../command.ts';
import { analyseCommand } from './analyse.ts';
import { complexityCommand } from './complexity.ts';
import { exportCommand } from './export.ts';
import { generateCommand } from './generate.ts';
import { loadCommand } from './load.ts';
import { serveCommand } from './serve.ts';
import { templateCommand } from './template.ts';
import { tradeCommand } from './trade.ts';
import { validateCommand } from './validate.ts';

export const COMMANDS: readonly CliCommand[] = [validateCommand, loadCommand, serveCommand, analyseCommand, exportCommand, templateCommand, generateCommand, complexityCommand, tradeCommand];
