// The detail panel for people, in a real Chromium, in English and Bahasa Indonesia: a firm, a
// cluster (opened by clicking it in the panel) and a country (likewise), checked against GET
// /api/entities/:id. Kinds and relationship groups in words (the expected words are written out
// here), no stored names (TIER1, CAN, valueUsd, …), the id once, relationships grouped by type and
// direction with their partner counts, several relationships to one partner merged with their
// count, numbers with units and rounding (expected texts computed here with Intl), the provenance
// line kept, and long groups opened with "show all".
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityOut } from '../../server/store/shapes.ts';
import { browserUnavailable, openBrowserFixture, screenshot, type BrowserFixture } from './harness.ts';

const unavailable = browserUnavailable();
let fx: BrowserFixture;
beforeAll(async () => {
  if (!unavailable) fx = await openBrowserFixture();
});
afterAll(async () => fx?.close());

const entity = async (id: string): Promise<EntityOut> => (await (await fetch(`${fx.server.url}/api/entities/${id}`)).json()) as EntityOut;

/** Partners per relationship group (type|direction), from the API answer. */
function groupsOf(e: EntityOut): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of e.relationships) {
    const key = `${r.type}|${r.direction}`;
    out.set(key, (out.get(key) ?? new Set()).add(r.other.id));
  }
  return out;
}

const TITLES: Record<'en' | 'id', Record<string, string>> = {
  en: {
    'MEMBER_OF|out': 'Member of the cluster',
    'MEMBER_OF|in': 'Members in the dataset',
    'SUPPLIES|out': 'Supplies to',
    'MAKES|out': 'Makes',
    'CAN|out': 'Can do',
    'CAN|in': 'Firms that can do it',
    'WORKS|out': 'Works materials',
    'ENROLLED_IN|out': 'Enrolled in the programmes',
    'IMPORTS|out': 'Imports from',
    'IMPORTS|in': 'Imported by',
    'NEEDS_PROCESS|in': 'Needed by the components',
    'TRADE|out': 'National imports from this origin, by HS code',
  },
  id: {
    'MEMBER_OF|out': 'Anggota sentra',
    'MEMBER_OF|in': 'Anggota dalam dataset',
    'SUPPLIES|out': 'Memasok ke',
    'MAKES|out': 'Memproduksi',
    'CAN|out': 'Mampu mengerjakan',
    'WORKS|out': 'Mengolah bahan',
    'ENROLLED_IN|out': 'Terdaftar dalam program',
    'IMPORTS|in': 'Diimpor oleh',
    'TRADE|out': 'Impor nasional dari negara asal ini, menurut kode HS',
  },
};

/** The shown group titles, and that they match the API's groups with their partner counts. */
async function expectGroups(page: Page, e: EntityOut, lang: 'en' | 'id'): Promise<void> {
  const shown = await page.locator('#detail .rel-group').evaluateAll((els) => els.map((el) => [(el as HTMLElement).dataset.group!, el.querySelector('h4')!.textContent!]));
  const api = groupsOf(e);
  expect(new Set(shown.map(([key]) => key))).toEqual(new Set(api.keys()));
  for (const [key, title] of shown) expect(title).toBe(`${TITLES[lang][key!]} (${api.get(key!)!.size})`);
}

/** Stored names that must never reach a reader. */
const RAW = /\b(TIER1|TIER2|MEMBER_OF|CAN|WORKS|NEEDS_PROCESS|MADE_OF|MAKES|NEEDS|SUPPLIES|IMPORTS|ENROLLED_IN|valueUsd|unitsPerYear|capacityTonnes|toleranceMm|massKg|unitPriceUsd)\b/;

const usd = (v: number, lang: 'en' | 'id') => `USD ${v.toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID')}`;
const count = (v: number, lang: 'en' | 'id') => v.toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID');

describe.skipIf(unavailable !== null)('detail panel', () => {
  it.each(['en', 'id'] as const)('shows a firm for people, then its cluster (%s)', async (lang) => {
    const kbj = await entity('f-kbj');
    const { page, errors } = await fx.page(`?view=risk&sel=f-kbj&lang=${lang}`, { width: 1440, height: 2300 });
    await page.waitForSelector('#detail-props');
    expect(await page.locator('#detail h2').textContent()).toBe(kbj.properties.name);
    expect(await page.locator('#detail-kind').textContent()).toBe(lang === 'en' ? 'Small and medium industry (IKM)' : 'Industri Kecil dan Menengah (IKM)');
    const text = (await page.locator('#detail').textContent()) ?? '';
    expect(text).not.toMatch(RAW);
    // The id once, as "ID".
    expect(await page.locator('#detail-props dt').allTextContents()).toEqual(
      lang === 'en' ? ['ID', 'Location', 'Coordinates', 'Sector', 'Workers', 'Capacity', 'Certifications'] : ['ID', 'Lokasi', 'Koordinat', 'Sektor', 'Tenaga kerja', 'Kapasitas', 'Sertifikasi'],
    );
    expect(await page.locator('#detail-props dd').nth(4).textContent()).toBe(`${count(kbj.properties.employees as number, lang)} ${lang === 'en' ? 'people' : 'orang'}`);
    expect(await page.locator('#detail-props dd').nth(5).textContent()).toBe(`${count(kbj.properties.capacityTonnes as number, lang)} ${lang === 'en' ? 't a year' : 'ton per tahun'}`);
    // Provenance kept.
    const provenance = (await page.locator('#detail-provenance').textContent()) ?? '';
    // The source in the page's language: firms.csv's source_id on an Indonesian page, source on an English one.
    expect(provenance).toContain((lang === 'en' ? kbj.properties.source : kbj.properties.sourceId) as string);
    expect(provenance).toContain(lang === 'en' ? 'Estimate: yes' : 'Perkiraan: ya');
    await expectGroups(page, kbj, lang);
    // Three CAN rows to grey-iron casting (one per material) are one row "×3" with the three
    // materials and their capacity added up.
    const can = kbj.relationships.filter((r) => r.type === 'CAN' && r.other.id === 'p-casting-grey');
    expect(can).toHaveLength(3);
    const grey = page.locator('section[data-group="CAN|out"] li[data-other="p-casting-grey"]');
    expect(await grey.count()).toBe(1);
    expect(await grey.getAttribute('data-count')).toBe('3');
    const greyText = (await grey.textContent()) ?? '';
    expect(greyText).toContain('×3');
    const tonnes = can.reduce((s, r) => s + (r.properties.capacityTonnes as number), 0);
    expect(greyText).toContain(lang === 'en' ? `capacity ${count(tonnes, lang)} t a year` : `kapasitas ${count(tonnes, lang)} ton per tahun`);
    // A supply with its units, value and start, in words.
    const kai = kbj.relationships.find((r) => r.type === 'SUPPLIES' && r.other.id === 'f-kai')!;
    const kaiText = (await page.locator('section[data-group="SUPPLIES|out"] li[data-other="f-kai"]').textContent()) ?? '';
    const perYear = lang === 'en' ? 'a year' : 'per tahun';
    expect(kaiText).toContain(`${count(kai.properties.unitsPerYear as number, lang)} ${lang === 'en' ? 'units a year' : 'unit per tahun'}`);
    expect(kaiText).toContain(`${usd(kai.properties.valueUsd as number, lang)} ${perYear}`);
    expect(kaiText).toContain(`${lang === 'en' ? 'since' : 'sejak'} ${kai.properties.since}`);
    // Where each relationship comes from, folded under the groups: seed/indonesia/supplies.csv's
    // row for KBJ → PT KAI gives its source (source_id on an Indonesian page), cited by that supply
    // alone, named by its buyer.
    const supplies = parse(await readFile('seed/indonesia/supplies.csv', 'utf8'), { columns: true }) as Array<Record<string, string>>;
    const kaiRow = supplies.find((r) => r.supplier === 'f-kbj' && r.buyer === 'f-kai')!;
    const sources = page.locator('#detail-rel-sources');
    expect(await sources.getAttribute('open')).toBeNull();
    await sources.locator('summary').click();
    const cited = await sources.locator('li').allTextContents();
    const kaiSource = lang === 'en' ? kaiRow.source! : kaiRow.source_id!;
    expect(cited.filter((c) => c.startsWith(kaiSource))).toEqual([`${kaiSource} · ${lang === 'en' ? '1 relationship' : '1 hubungan'}: ${kai.other.name}`]);
    // Every relationship is counted once, under one source.
    const counted = await sources.locator('li').evaluateAll((els) => els.reduce((n, e) => n + Number(e.getAttribute('data-count')), 0));
    expect(counted).toBe(kbj.relationships.filter((r) => typeof r.properties.source === 'string').length);
    await screenshot(page, `detail-firm-${lang}`);

    // Clicking the cluster opens the cluster.
    await page.locator('section[data-group="MEMBER_OF|out"] a').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') === 'cl-ceper');
    await page.waitForFunction(() => document.querySelector('#detail-kind')?.textContent !== '' && document.querySelector('#detail h2')?.textContent?.includes('Ceper'));
    const ceper = await entity('cl-ceper');
    expect(await page.locator('#detail h2').textContent()).toBe(ceper.properties.name);
    expect(await page.locator('#detail-kind').textContent()).toBe(lang === 'en' ? 'IKM cluster (sentra)' : 'Sentra IKM');
    expect(await page.locator('#detail').textContent()).not.toMatch(RAW);
    await expectGroups(page, ceper, lang);
    expect(await page.locator('section[data-group="MEMBER_OF|in"] li').count()).toBe(groupsOf(ceper).get('MEMBER_OF|in')!.size);
    await screenshot(page, `detail-cluster-${lang}`);
    expect(errors).toEqual([]);
  });

  it.each(['en', 'id'] as const)('opens a country from a firm’s imports and merges years (%s)', async (lang) => {
    const { page, errors } = await fx.page(`?view=risk&sel=f-kyb&lang=${lang}`, { width: 1440, height: 1400 });
    await page.waitForSelector('#detail-props');
    // Countries are named in the page's language (server/i18n/countries.ts): Jepang in Indonesian.
    const japan = lang === 'en' ? 'Japan' : 'Jepang';
    await page.locator('section[data-group="IMPORTS|out"] a', { hasText: japan }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') === 'JPN');
    await page.waitForFunction((name) => document.querySelector('#detail h2')?.textContent === name, japan);
    const jpn = await entity('JPN');
    expect(await page.locator('#detail-kind').textContent()).toBe(lang === 'en' ? 'Country of origin of imports' : 'Negara asal impor');
    expect(await page.locator('#detail-props dt').allTextContents()).toEqual([lang === 'en' ? 'ISO code' : 'Kode ISO']);
    expect(await page.locator('#detail').textContent()).not.toMatch(RAW);
    await expectGroups(page, jpn, lang);
    // KYB imported piston rods from Japan in two years: one row ×2, the latest year's figures.
    const kyb = jpn.relationships.filter((r) => r.other.id === 'f-kyb');
    expect(kyb).toHaveLength(2);
    const latest = Math.max(...kyb.map((r) => r.properties.year as number));
    const last = kyb.find((r) => r.properties.year === latest)!;
    const row = page.locator('section[data-group="IMPORTS|in"] li[data-other="f-kyb"]');
    expect(await row.getAttribute('data-count')).toBe('2');
    const millions = ((last.properties.valueUsd as number) / 1e6).toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 });
    const units = count(last.properties.units as number, lang);
    expect(await row.textContent()).toContain(
      lang === 'en' ? `2022–2023 · in ${latest}: ${units} units, USD ${millions} million` : `2022–2023 · tahun ${latest}: ${units} unit, USD ${millions} juta`,
    );
    await screenshot(page, `detail-country-${lang}`);
    expect(errors).toEqual([]);
  });

  it('opens a long group with "show all"', async () => {
    const cnc = await entity('p-machining-cnc');
    const firms = groupsOf(cnc).get('CAN|in')!.size;
    expect(firms).toBeGreaterThan(12);
    const { page, errors } = await fx.page('?view=risk&sel=p-machining-cnc');
    await page.waitForSelector('#detail-props');
    expect(await page.locator('#detail-kind').textContent()).toBe('Production process');
    const group = page.locator('section[data-group="CAN|in"]');
    expect(await group.locator('li').count()).toBe(12);
    await group.locator('.rel-more').click();
    expect(await group.locator('li').count()).toBe(firms);
    expect(errors).toEqual([]);
  });
});
