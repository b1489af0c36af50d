// Names of the product's own vocabulary (tiers, statuses, gap kinds, levers, strategies, supply
// relationships, link feasibility, component categories) in a language. Answers carry the ones
// they use as `labels` (id → name), so a table, an export or a CLI user can show words instead of
// ids without a translation table of their own.
import { z } from 'zod';
import { CATALOGUE, type MessageKey } from './catalogue.ts';
import type { Lang } from './lang.ts';

/**
 * Names of `ids` under a catalogue prefix: names(lang, 'status', ['ready', …]). The last argument
 * exists only for the type checker: it demands `never` when some `prefix.id` is not a catalogue key.
 */
export function names<const P extends string, const I extends string>(lang: Lang, prefix: P, ids: readonly I[], ..._check: `${P}.${I}` extends MessageKey ? [] : [never]): Record<I, string> {
  const table = CATALOGUE[lang];
  return Object.fromEntries(ids.map((id) => [id, table[`${prefix}.${id}` as MessageKey]])) as Record<I, string>;
}

/** Spellings datasets use for the categories the product knows (lower case, trimmed). */
const CATEGORY_ALIASES: Readonly<Record<string, string>> = {
  brake: 'brakes',
  pump: 'pumps',
  bearing: 'bearings',
  wheel: 'wheels',
  appliance: 'appliances',
  exhausts: 'exhaust',
  engines: 'engine',
};

/** A component category in a language: a known one translated, any other as the dataset gives it. */
export function categoryName(lang: Lang, category: string): string {
  const norm = category.trim().toLowerCase();
  const key = `category.${CATEGORY_ALIASES[norm] ?? norm}`;
  return key in CATALOGUE[lang] ? CATALOGUE[lang][key as MessageKey] : category;
}

/** The names of the categories a dataset uses (raw category → name). */
export function categoryNames(lang: Lang, categories: Iterable<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of categories) out[c] = categoryName(lang, c);
  return out;
}

/** `labels` of an answer: for each vocabulary it uses, id → name in the answer's language. */
export const labelMapShape = <K extends string>(ids: readonly [K, ...K[]]) => z.record(z.enum(ids), z.string());
