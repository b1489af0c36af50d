// What a search picker shows for a query: the options whose name or id contains every word typed,
// compared without case or accents ("sragen" finds "Sragen", "cepe" finds "Céper"), in the
// options' own order, cut to a page. Kept apart from the DOM so that it can be tested alone.

/** Lower case without diacritics: what typing is compared on. */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export interface Searchable {
  value: string;
  label: string;
}

export interface Matches<T> {
  /** The first `max` matches, in the options' order. */
  shown: T[];
  /** How many options match in all. */
  total: number;
}

/** The options' search keys, folded once (100,000 firms are folded in well under a second). */
export function searchKeys(options: readonly Searchable[]): string[] {
  return options.map((o) => fold(`${o.label}\u0000${o.value}`));
}

/**
 * Options matching `query` (every word somewhere in the name or id); an empty query matches all.
 * At most `max` are shown, except that up to `allUpTo` matches are shown whole: a list of 70 is
 * easier to scroll than to cut at 50 with "20 more".
 */
export function matchOptions<T>(options: readonly T[], keys: readonly string[], query: string, max: number, allUpTo = max): Matches<T> {
  const words = fold(query).split(/\s+/).filter((w) => w !== '');
  const shown: T[] = [];
  const keep = Math.max(max, allUpTo);
  let total = 0;
  for (let i = 0; i < options.length; i++) {
    const key = keys[i]!;
    if (!words.every((w) => key.includes(w))) continue;
    total++;
    if (shown.length < keep) shown.push(options[i]!);
  }
  return { shown: total > keep ? shown.slice(0, max) : shown, total };
}
