// The server's message catalogue: one table per language, assembled from one file per part of the
// product (messages/*.ts). `say(lang, key, params)` is the only way server code turns a message
// into text; its parameters are type-checked against the English template's placeholders.
import type { Lang } from './lang.ts';
import * as cli from './messages/cli.ts';
import * as cliUsage from './messages/cli-usage.ts';
import * as common from './messages/common.ts';
import * as complexity from './messages/complexity.ts';
import * as consoleMessages from './messages/console.ts';
import * as dataset from './messages/dataset.ts';
import * as errors from './messages/errors.ts';
import * as graph from './messages/graph.ts';
import * as imports from './messages/imports.ts';
import * as links from './messages/links.ts';
import * as lock from './messages/lock.ts';
import * as overview from './messages/overview.ts';
import * as request from './messages/request.ts';
import * as risk from './messages/risk.ts';
import * as runtime from './messages/runtime.ts';
import * as substitution from './messages/substitution.ts';
import * as trade from './messages/trade.ts';
import * as tradeConvert from './messages/trade-convert.ts';
import * as tradeFiles from './messages/trade-files.ts';
import type { Translation } from './messages/translation.ts';
import * as upload from './messages/upload.ts';
import * as vocabulary from './messages/vocabulary.ts';
import * as warnings from './messages/warnings.ts';
import * as work from './messages/work.ts';
import * as workbook from './messages/workbook.ts';
import { compile, fillParts, type Params, type PlaceholderNames } from './template.ts';

/** The parts, by name (a test checks that no two share a key and that both languages match). */
export const PARTS = {
  common,
  vocabulary,
  substitution,
  links,
  risk,
  imports,
  warnings,
  complexity,
  dataset,
  upload,
  errors,
  request,
  console: { en: consoleMessages.en, id: consoleMessages.id },
  work,
  lock,
  cli,
  cliUsage,
  runtime,
  workbook,
  trade,
  tradeFiles,
  tradeConvert,
  graph,
  overview,
} as const;

export const EN = {
  ...common.en,
  ...vocabulary.en,
  ...substitution.en,
  ...links.en,
  ...risk.en,
  ...imports.en,
  ...warnings.en,
  ...complexity.en,
  ...dataset.en,
  ...upload.en,
  ...errors.en,
  ...request.en,
  ...consoleMessages.en,
  ...work.en,
  ...lock.en,
  ...cli.en,
  ...cliUsage.en,
  ...runtime.en,
  ...workbook.en,
  ...trade.en,
  ...tradeFiles.en,
  ...tradeConvert.en,
  ...graph.en,
  ...overview.en,
} as const;
const ID: Translation<typeof EN> = {
  ...common.id,
  ...vocabulary.id,
  ...substitution.id,
  ...links.id,
  ...risk.id,
  ...imports.id,
  ...warnings.id,
  ...complexity.id,
  ...dataset.id,
  ...upload.id,
  ...errors.id,
  ...request.id,
  ...consoleMessages.id,
  ...work.id,
  ...lock.id,
  ...cli.id,
  ...cliUsage.id,
  ...runtime.id,
  ...workbook.id,
  ...trade.id,
  ...tradeFiles.id,
  ...tradeConvert.id,
  ...graph.id,
  ...overview.id,
};

export type MessageKey = keyof typeof EN;
export const CATALOGUE: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { en: EN, id: ID };

/** The arguments of a message: none for a template without placeholders, else its parameters. */
export type MessageArgs<K extends MessageKey> = [PlaceholderNames<(typeof EN)[K]>] extends [never] ? [] : [Params<(typeof EN)[K]>];

/** Every template split once into fixed text and placeholders (sentences are written by the thousand). */
const COMPILED: Readonly<Record<Lang, ReadonlyMap<string, readonly string[]>>> = {
  en: new Map(Object.entries(EN).map(([k, t]) => [k, compile(t)])),
  id: new Map(Object.entries(ID).map(([k, t]) => [k, compile(t)])),
};

/** A message in a language, its placeholders filled with already formatted text. */
export function say<K extends MessageKey>(lang: Lang, key: K, ...args: MessageArgs<K>): string {
  return fillParts(COMPILED[lang].get(key)!, (args[0] ?? EMPTY) as Readonly<Record<string, string>>);
}
const EMPTY: Readonly<Record<string, string>> = {};

/** say() with the language fixed, for sentence builders that write many messages. */
export type Say = <K extends MessageKey>(key: K, ...args: MessageArgs<K>) => string;
export const sayIn =
  (lang: Lang): Say =>
  (key, ...args) =>
    say(lang, key, ...args);
