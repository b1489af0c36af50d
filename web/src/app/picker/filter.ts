// What a search picker shows for a query: the options whose name or id contains every word typed,
// compared without case or accents ("sragen" finds "Sragen", "cepe" finds "Céper"), cut to a page.
// Within each group (clusters before firms) the names that start with what was typed come first,
// then the names that contain its words, then the options found only through their id ("777"
// finds "IKM 777" before "IKM 10777", and both before a firm whose id happens to hold 777); within
// those, the options' own order. Kept apart from the DOM so that it can be tested alone.

/** Lower case without diacritics: what typing is compared on. */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export interface Searchable {
  value: string;
  /** The name as shown, with any note searched along with it. */
  label: string;
  /** The option's group, in order of appearance (0 when there are no groups). */
  group?: number;
}

export interface Matches<T> {
  /** The first `max` matches, in the order above. */
  shown: T[];
  /** How many options match in all. */
  total: number;
}

export interface SearchKeys {
  names: string[];
  ids: string[];
  groups: number[];
}

/** The options' search keys, folded once (100,000 firms are folded in well under a second). */
export function searchKeys(options: readonly Searchable[]): SearchKeys {
  return { names: options.map((o) => fold(o.label)), ids: options.map((o) => fold(o.value)), groups: options.map((o) => o.group ?? 0) };
}

/** How well option `i` matches: 0 its name starts with the query, 1 its name has every word, 2 name and id together do; -1 no match. */
function tierOf(keys: SearchKeys, i: number, query: string, words: readonly string[]): number {
  const name = keys.names[i]!;
  if (name.startsWith(query)) return 0;
  if (words.every((w) => name.includes(w))) return 1;
  const id = keys.ids[i]!;
  return words.every((w) => name.includes(w) || id.includes(w)) ? 2 : -1;
}

/**
 * Options matching `query`; an empty query matches all, in the options' order. At most `max` are
 * shown, except that up to `allUpTo` matches are shown whole: a list of 70 is easier to scroll
 * than to cut at 50 with "20 more".
 */
export function matchOptions<T>(options: readonly T[], keys: SearchKeys, query: string, max: number, allUpTo = max): Matches<T> {
  const folded = fold(query).trim().replace(/\s+/g, ' ');
  const words = folded.split(' ').filter((w) => w !== '');
  const keep = Math.max(max, allUpTo);
  // One bucket per group and tier, each kept no longer than the page: cheap however many match.
  const buckets = new Map<number, number[]>();
  let total = 0;
  for (let i = 0; i < options.length; i++) {
    const tier = words.length === 0 ? 0 : tierOf(keys, i, folded, words);
    if (tier < 0) continue;
    total++;
    const slot = keys.groups[i]! * 3 + tier;
    let bucket = buckets.get(slot);
    if (!bucket) buckets.set(slot, (bucket = []));
    if (bucket.length < keep) bucket.push(i);
  }
  const ordered = [...buckets.keys()].sort((a, b) => a - b).flatMap((slot) => buckets.get(slot)!);
  const shown = ordered.slice(0, total > keep ? max : keep).map((i) => options[i]!);
  return { shown, total };
}

/** Natural order of names ("Sentra 2" before "Sentra 10"), for the lists pickers are given. */
export const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' }).compare;
