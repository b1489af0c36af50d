// The detail panel's relationship rows (web/src/app/detail/relations.ts) without a browser: rows of
// equal weight are ordered by the name the panel shows, so countries follow the page's language.
// Worked by hand: Intl names CHN, DEU, JPN "China", "Germany", "Japan" in English and "Tiongkok",
// "Jerman", "Jepang" in Indonesian; alphabetical order is China, Germany, Japan in English and
// Jepang, Jerman, Tiongkok in Indonesian.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { relationGroups } from '../../web/src/app/detail/relations.ts';
import { setLang } from '../../web/src/app/i18n.ts';

const country = (id: string, name: string) => ({ type: 'TRADE' as const, direction: 'out' as const, other: { id, label: 'Country' as const, name }, properties: {} });
const rels = [country('JPN', 'Japan'), country('CHN', 'China'), country('DEU', 'Germany')];
const names = { component: (id: string) => id, material: (id: string) => id, category: (raw: string) => raw };
const order = () => relationGroups(rels, names)[0]!.rows.map((r) => r.other.id);

describe('detail panel rows of equal weight', () => {
  // setLang also marks the page's language on <html>: a stand-in for the one element it touches.
  beforeAll(() => {
    (globalThis as { document?: unknown }).document ??= { documentElement: { lang: 'en' } };
  });
  afterEach(() => setLang('en'));
  it('follow the English names in English', () => {
    setLang('en');
    expect(order()).toEqual(['CHN', 'DEU', 'JPN']);
  });
  it('follow the Indonesian names in Indonesian', () => {
    setLang('id');
    expect(order()).toEqual(['JPN', 'DEU', 'CHN']);
  });
});
