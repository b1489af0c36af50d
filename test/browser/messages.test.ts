/// <reference types="vite/client" />
// Every label of the UI exists in English and in Bahasa Indonesia: all message tables
// (web/src/**/messages.ts) are loaded and compared key by key.
import { describe, expect, it } from 'vitest';
import { registeredKeys } from '../../web/src/app/i18n.ts';
import { countsWithoutSingular } from '../helpers/english-counts.ts';

const modules = import.meta.glob('../../web/src/**/messages.ts', { eager: true });

describe('translations', () => {
  it('has the same keys in both languages', () => {
    expect(Object.keys(modules).length).toBeGreaterThan(0);
    const { en, id } = registeredKeys();
    expect(en.length).toBeGreaterThan(50);
    expect([...id].sort()).toEqual([...en].sort());
  });
});

describe('English counts', () => {
  // "1 OEMs", "1 tiers up": a count that can be 1 needs its noun as {n|one|other}. Placeholders
  // listed here are never 1 by construction: limits and thresholds (max, threshold, …), an
  // overview (drawn only past thousands of firms), a merged row (two or more relationships), a
  // part of a table (more rows than shown), an upload's columns (three at least), the groups a
  // ranking splits into (two or more), the Tiers limits and the opportunities fetched (a page of
  // FETCH_LIMIT when they are a part). Money is not a count: "{value} of imports" is listed too.
  const neverOne: Record<string, string[]> = {
    'detail.mergedTitle': ['n'],
    'doc.firstRows': ['total'],
    'doc.firstRowsFocus': ['total'],
    'overview.title': ['firms'],
    'overview.focusTitle': ['firms'],
    'overview.figure': ['firms'],
    'overview.focusFigureDef': ['max'],
    'overview.figureFlows': ['flows', 'max'],
    'overview.flowsFigureDef': ['max'],
    'overview.figureDef': ['threshold'],
    'cx.fileRead': ['columns'],
    'cx.why.disconnected': ['n'],
    'cx.blockStatus.too-small': ['minClusters', 'minComponents'],
    'cx.blockNote': ['clusters'],
    'console.graphTooLarge': ['max'],
    'network.layout': ['count'],
    'risk.impactCaptionPart': ['n'],
    'tiers.crowded': ['rows', 'flows', 'maxRows', 'maxFlows'],
    'tiers.largest': ['total'],
    'figures.imports.focus': ['focus', 'context'],
    'links.figTotal': ['value'],
    'opp.wi.becameReady': ['value'],
  };

  it('gives every count that can be 1 its singular noun', async () => {
    const { registeredMessages } = await import('../../web/src/app/i18n.ts');
    const missing = countsWithoutSingular(registeredMessages('en'), neverOne);
    expect(missing).toEqual([]);
  });
});

describe('t()', () => {
  it('chooses the singular or plural noun from the number it names', async () => {
    const { registerMessages, setLang, t } = await import('../../web/src/app/i18n.ts');
    registerMessages('test-plural', { en: { 'test.rows': '{rows} {rows|row|rows} in {ms} ms' }, id: { 'test.rows': '{rows} baris dalam {ms} md' } });
    // setLang touches document; give it the one property it sets.
    Object.assign(globalThis, { document: { documentElement: {} } });
    setLang('en');
    expect(t('test.rows', { rows: 1, ms: 42 })).toBe('1 row in 42 ms');
    expect(t('test.rows', { rows: 0, ms: 42 })).toBe('0 rows in 42 ms');
    expect(t('test.rows', { rows: 1234, ms: 5 })).toBe('1,234 rows in 5 ms');
    setLang('id');
    expect(t('test.rows', { rows: 1, ms: 42 })).toBe('1 baris dalam 42 md');
  });

  it('makes the verb and pronoun agree with a count of one in the Map view’s import figure', async () => {
    const { setLang, t } = await import('../../web/src/app/i18n.ts');
    await import('../../web/src/views/map/messages.ts');
    Object.assign(globalThis, { document: { documentElement: {} } });
    setLang('en');
    expect(t('map.figure.importsHidden', { mapped: 1, flows: 1, arcs: 1 })).toBe('1 of 1 import flow has a mapped importer; its 1 arc (one per origin country) is hidden: tick “Show import flows”');
    expect(t('map.figure.importsHidden', { mapped: 3, flows: 5, arcs: 2 })).toBe('3 of 5 import flows have a mapped importer; their 2 arcs (one per origin country) are hidden: tick “Show import flows”');
    expect(t('map.figure.importArcs', { mapped: 1, flows: 4, arcs: 1 })).toBe('1 of 4 import flows has a mapped importer, drawn as 1 arc, one per origin country');
  });
});

describe('formatUsd()', () => {
  it('steps from thousands to trillions in each language, below zero too', async () => {
    const { formatUsd, setLang } = await import('../../web/src/app/i18n.ts');
    Object.assign(globalThis, { document: { documentElement: {} } });
    setLang('en');
    // 62,649,100,000 / 1e9 = 62.6491 -> one decimal: 62.6.
    expect([62_649_100_000, 1.5e12, 4_200_000, 12_345, 151_234, 999, -5_300_000].map(formatUsd)).toEqual(['USD 62.6 bn', 'USD 1.5 tn', 'USD 4.2 m', 'USD 12,000', 'USD 151,000', 'USD 999', 'USD -5.3 m']);
    setLang('id');
    // Below a million as the server's sentences write it (server/i18n/format.ts usd: 151,234 → "USD 151.000").
    expect([62_649_100_000, 1.5e12, 4_200_000, 12_345, 151_234, 999, -5_300_000].map(formatUsd)).toEqual(['USD 62,6 miliar', 'USD 1,5 triliun', 'USD 4,2 juta', 'USD 12.000', 'USD 151.000', 'USD 999', 'USD -5,3 juta']);
  });
});

describe('Risk’s largest impact without an OEM', () => {
  it('agrees the verb with one buyer', async () => {
    // "IKM 15338, number 1,427 of 21,303 … — 1 buyer lose supply" (national dataset, Sentra 104).
    const { setLang, t } = await import('../../web/src/app/i18n.ts');
    await import('../../web/src/views/risk/messages.ts');
    Object.assign(globalThis, { document: { documentElement: {} } });
    setLang('en');
    const vars = { firms: 'the members of Sentra K', firm: 'Firm x', rank: '2', all: '3', component: 'Brake drum', value: 'USD 3 m' };
    for (const key of ['risk.focus.figWorstNoOem', 'risk.comp.figWorstNoOem', 'risk.compFocus.figWorstNoOem']) {
      expect(t(key, { ...vars, buyers: 1 }), key).toMatch(/ — 1 buyer loses supply worth USD 3 m a year\.$/);
      expect(t(key, { ...vars, buyers: 2 }), key).toMatch(/ — 2 buyers lose supply worth USD 3 m a year\.$/);
    }
  });
});

describe('workbook tab names', () => {
  // Excel refuses a tab name longer than 31 characters (export/xlsx.ts cuts one, mid-phrase: "Komponen
  // menurut (2)"). Every table whose title is longer names its tab in a message of its own; each
  // fits with its widest placeholder: a four-digit year, the longest strategy's name.
  it('fits every tab name in 31 characters, in both languages', async () => {
    const { registeredMessages } = await import('../../web/src/app/i18n.ts');
    for (const lang of ['en', 'id'] as const) {
      const m = registeredMessages(lang);
      const tabs = Object.keys(m).filter((k) => /(Sheet(Block)?|\.sheet)$/.test(k));
      expect(tabs.sort()).toEqual(['cx.clusterSheet', 'cx.clusterSheetBlock', 'cx.componentSheet', 'cx.componentSheetBlock', 'cx.opportunitySheet', 'cx.products.sheet', 'cx.uploadResultSheet', 'data.countsSheet', 'exp.tableSheet', 'opp.rankingSheet', 'risk.impactSheet']);
      const strategy = ['ready-now', 'balanced', 'strategic'].map((s) => m[`opp.strategy.${s}`]!).sort((a, b) => b.length - a.length)[0]!;
      if (lang === 'id') expect(strategy).toBe('Siap sekarang');
      for (const key of tabs) {
        const name = m[key]!.replace('{year}', '2024').replace('{strategy}', strategy);
        expect(name, `${lang} ${key}`).not.toMatch(/[{}[\]:*?/\\]/);
        expect(name.length, `${lang} ${key}: ${name}`).toBeLessThanOrEqual(31);
      }
    }
  });
});
