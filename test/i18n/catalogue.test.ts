// The server's message catalogue (server/i18n): every key exists in English and Bahasa Indonesia
// with the same placeholders, no two parts share a key, every id of the product's vocabulary has a
// name, and every warning code gives {code, message} in both languages.
import { describe, expect, it } from 'vitest';
import { FEASIBILITIES, GAP_KINDS as LINK_GAP_KINDS, HOPS } from '../../server/analysis/links/index.ts';
import { GAP_KINDS, LEVERS, STATUS, STRATEGY_IDS } from '../../server/analysis/substitution/index.ts';
import { CATALOGUE, EN, fixedParts, LANGS, names, PARTS, placeholders, say, warning, WARNING_CODES, type MessageKey } from '../../server/i18n/index.ts';
import { TIERS } from '../../server/model/index.ts';

const keysOf = (o: object) => Object.keys(o).sort();

describe('the message catalogue', () => {
  it('has the same keys in English and Indonesian, part by part', () => {
    for (const [part, tables] of Object.entries(PARTS)) expect(keysOf(tables.id), part).toEqual(keysOf(tables.en));
    expect(keysOf(CATALOGUE.id)).toEqual(keysOf(CATALOGUE.en));
  });

  it('gives every key to exactly one part', () => {
    const all = Object.values(PARTS).flatMap((p) => Object.keys(p.en));
    expect(all.length).toBe(new Set(all).size);
    expect(all.length).toBe(Object.keys(EN).length);
  });

  it('uses the same placeholders in both languages, and no template is empty', () => {
    for (const key of Object.keys(EN) as MessageKey[]) {
      expect(CATALOGUE.id[key].trim(), key).not.toBe('');
      expect(new Set(placeholders(CATALOGUE.id[key])), key).toEqual(new Set(placeholders(CATALOGUE.en[key])));
    }
  });

  it('translates every template that has words, except these shared ones', () => {
    // Written the same in both languages on purpose: money with no scale word, and the tiers the
    // Indonesian industry names in English (OEM, Tier 1, Tier 2; also in an overview's province
    // node names). Templates without words ("{buyer} {imports}") are not counted.
    const SAME = ['usd.plain', 'tier.OEM', 'tier.TIER1', 'tier.TIER2', 'overview.tier.TIER1', 'overview.tier.TIER2'];
    const same = (Object.keys(EN) as MessageKey[]).filter((k) => CATALOGUE.id[k] === CATALOGUE.en[k] && fixedParts(CATALOGUE.en[k]).some((p) => /\p{L}/u.test(p)));
    expect(same.sort()).toEqual([...SAME].sort());
  });

  it('names every id of the product’s vocabulary in both languages', () => {
    for (const lang of LANGS) {
      const vocab = [
        names(lang, 'tier', TIERS),
        names(lang, 'status', STATUS),
        names(lang, 'gapKind', GAP_KINDS),
        names(lang, 'gapKind', LINK_GAP_KINDS),
        names(lang, 'lever', LEVERS),
        names(lang, 'strategy', STRATEGY_IDS),
        names(lang, 'hop', HOPS),
        names(lang, 'feasibility', FEASIBILITIES),
      ];
      for (const map of vocab) for (const [id, name] of Object.entries(map)) expect(typeof name === 'string' && name.length > 0, `${lang} ${id}`).toBe(true);
    }
    // The ministry's terms (issue 13).
    expect(say('id', 'lever.machinery-restructuring')).toBe('restrukturisasi mesin dan peralatan');
    expect(say('id', 'lever.quality-certification')).toContain('sertifikasi');
    expect(say('id', 'tier.IKM')).toBe('IKM (industri kecil dan menengah)');
    expect(say('id', 'tier.BUYER')).toBe('Industri besar lain');
  });

  it('builds each warning as {code, message} from its code and parameters', () => {
    expect(WARNING_CODES.length).toBeGreaterThan(0);
    const w = warning('id', 'complexity.duplicates', { scope: 'Tahun 2019', n: '3' });
    expect(w).toEqual({ code: 'complexity.duplicates', message: 'Tahun 2019: 3 baris lokasi-produk ganda; hanya yang pertama dari masing-masing yang dipakai.' });
    // The English is what server/analysis/complexity/compute.ts writes today, word for word.
    expect(warning('en', 'complexity.duplicates', { scope: 'Year 2019', n: '3' }).message).toBe('Year 2019: 3 duplicate location-product rows; the first of each is kept.');
    expect(warning('en', 'complexity.coi-no-spread', { scope: 'All rows' }).message).toBe('All rows: COI has no spread; COI is empty.');
  });
});
