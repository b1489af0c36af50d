// Which words only English writes: every word of the English sentence templates — the server's
// message catalogue (server/i18n/messages/) and the web's registerMessages tables — that no
// Indonesian template uses too (so "Link and match", "OEM" or "Tier 1", written alike in both,
// do not count). An Indonesian export holding one of these, once the dataset's own names are
// taken out, has English left in it.
import { CATALOGUE, fixedParts } from '../../server/i18n/index.ts';
import type { Messages } from '../../web/src/app/i18n.ts';

const words = (text: string): string[] => (text.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());
const templateWords = (templates: Iterable<string>): Set<string> => new Set([...templates].flatMap((t) => fixedParts(t).flatMap(words)));

export function englishOnlyWords(web: { en: Messages; id: Messages }): Set<string> {
  const en = templateWords([...Object.values(CATALOGUE.en), ...Object.values(web.en)]);
  const id = templateWords([...Object.values(CATALOGUE.id), ...Object.values(web.id)]);
  // Units and abbreviations that both languages write: not a sign of either.
  for (const shared of ['usd', 'km', 'mm', 't', 'csv', 'html', 'pdf', 'svg', 'png', 'utc', 'a', 'id', 'm', 'k']) en.delete(shared);
  return new Set([...en].filter((w) => !id.has(w)));
}

/**
 * The English-only words left in `text` once every data name is taken out (names longest first),
 * each with a little of the text around it. A line ending in "…" that starts a data name (a label
 * shortened to fit its picture) is a data name too; addresses and content hashes are data.
 */
export function englishLeft(text: string, names: readonly string[], english: ReadonlySet<string>): string[] {
  const lines = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/sha256:[0-9a-f]+/g, ' ')
    .split('\n')
    .filter((line) => {
      const cut = line.trim();
      if (!cut.endsWith('…')) return true;
      const start = cut.slice(0, -1).trimEnd();
      return !names.some((n) => n.startsWith(start) || n.includes(start));
    });
  // Lines broken anywhere (a table cell, a wrapped label) read as one before names are taken out.
  let rest = lines.join('\n').replace(/\s+/g, ' ');
  for (const name of names) {
    const one = name.replace(/\s+/g, ' ');
    if (one.length > 1 && rest.includes(one)) rest = rest.split(one).join(' ');
  }
  const out = new Set<string>();
  for (const m of rest.matchAll(/\p{L}+/gu)) {
    if (english.has(m[0].toLowerCase())) out.add(`${m[0]} (“…${rest.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).replace(/\s+/g, ' ')}…”)`);
  }
  return [...out];
}
