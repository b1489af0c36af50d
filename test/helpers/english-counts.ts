// "1 firms", "1 HS codes": a count that can be 1 needs the English noun after it as
// {n|one|other} (or, on the server, a message of its own for one: a key ending in .one beside its
// .other). The server's catalogue and the browser's message tables are both checked with this.

/** Plural nouns the product writes after a count. */
const PLURAL_NOUNS = [
  'firms', 'clusters', 'components', 'rows', 'columns', 'nodes', 'edges', 'relationships', 'links', 'problems', 'opportunities', 'OEMs', 'buyers',
  'members', 'units', 'tiers', 'groups', 'requirements', 'people', 'records', 'countries', 'flows', 'suppliers', 'imports', 'supplies', 'capabilities',
  'values', 'cells', 'files', 'years', 'products', 'pairs', 'paths', 'times', 'seconds', 'characters', 'items', 'entries', 'programs', 'processes',
  'materials', 'codes', 'origins', 'exporters',
];

/** A count, up to one word, a plural noun: "{n} components", "{n} HS codes", "{n} imported components". */
const BARE = new RegExp(`\\{(\\w+)\\} (?:[\\w-]+ )?(?:${PLURAL_NOUNS.join('|')})\\b`, 'g');

/**
 * "key: {n} nouns" for every count before a plural noun without its singular, except the
 * placeholders `neverOne` lists per key (never 1 by construction).
 */
export function countsWithoutSingular(messages: Readonly<Record<string, string>>, neverOne: Readonly<Record<string, readonly string[]>>): string[] {
  return (
    Object.entries(messages)
      // A message chosen for more than one (.other beside a .one) is plural by construction.
      .filter(([key]) => !(key.endsWith('.other') && `${key.slice(0, -'.other'.length)}.one` in messages))
      .flatMap(([key, template]) => [...template.matchAll(BARE)].filter((m) => !(neverOne[key] ?? []).includes(m[1]!)).map((m) => `${key}: ${m[0]}`))
  );
}
