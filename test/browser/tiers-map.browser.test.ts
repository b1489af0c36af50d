// The tier and map views in a real Chromium against the seed data: what they draw matches the API
// (and seed/indonesia/clusters.csv: nine clusters), selection, language, and exports.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDeck } from '../export/read-back.ts';
import { browserUnavailable, exportedText, openBrowserFixture, screenshot, type BrowserFixture } from './harness.ts';

const unavailable = browserUnavailable();
let fx: BrowserFixture;
beforeAll(async () => {
  if (!unavailable) fx = await openBrowserFixture();
});
afterAll(async () => fx?.close());

interface GraphJson {
  nodes: Array<{ id: string; label: string; tier?: string; lat?: number; cluster?: string }>;
  links: Array<{ type: string; source: string; target: string; component?: string; year?: number }>;
}
const api = async <T>(path: string): Promise<T> => (await fetch(`${fx.server.url}/api/${path}`)).json() as Promise<T>;

describe.skipIf(unavailable !== null)('tier view', () => {
  it('draws every firm and country in ordered columns, with supply and import flows', async () => {
    const { page, errors } = await fx.page('?view=tiers');
    await page.waitForSelector('#tiers-view[data-ready=true]');
    const graph = await api<GraphJson>('graph?view=tiers');
    expect(await page.locator('#tiers-view path.node[data-id]').count()).toBe(graph.nodes.length);
    // Imports are drawn once per (buyer, component, country): the latest year of each.
    const importKeys = new Set(graph.links.filter((l) => l.type === 'IMPORTS').map((l) => `${l.source}|${l.component}|${l.target}`));
    const supplies = graph.links.filter((l) => l.type === 'SUPPLIES').length;
    expect(await page.locator('#tiers-view path[data-kind=supply]').count()).toBe(supplies);
    expect(await page.locator('#tiers-view path[data-kind=import]').count()).toBe(importKeys.size);
    const titles = await page.locator('#tiers-view text.column-title').allTextContents();
    expect(titles).toEqual(['IKM (by cluster)', 'Tier 2', 'Tier 1', 'OEMs', 'Other large buyers', 'Imports from']);
    // Column order on screen: an IKM left of a tier-1, left of an OEM.
    const x = async (id: string) => (await page.locator(`path.node[data-id="${id}"]`).boundingBox())!.x;
    expect(await x('f-kbj')).toBeLessThan(await x('f-tpr'));
    expect(await x('f-tpr')).toBeLessThan(await x('f-tmmin'));
    await screenshot(page, 'tiers');
    expect(errors).toEqual([]);
  });

  it('says under a column\'s title when the view holds nobody for it, in both languages', async () => {
    // The seed around Ceper has no tier 2 (the national dataset around tier 1: no other large buyer).
    // A title over an empty column read as a picture that failed to draw.
    for (const [query, lang, note, none] of [
      ['cluster=cl-ceper', 'en', '(none here)', 'TIER2'],
      ['cluster=cl-ceper', 'id', '(tidak ada)', 'TIER2'],
    ] as const) {
      const { page, errors } = await fx.page(`?view=tiers&lang=${lang}&${query}`);
      await page.waitForSelector('#tiers-view[data-ready=true]');
      const drawn = new Set(await page.locator('#tiers-view path.node[data-column]').evaluateAll((els) => els.map((e) => e.getAttribute('data-column'))));
      const empty = ['IKM', 'TIER2', 'TIER1', 'OEM', 'BUYER', 'Country'].filter((c) => !drawn.has(c));
      expect(empty, query).toContain(none);
      // A note under exactly the columns with no node, on one line (focus.browser's readability check
      // found a note wrapped in two lines "under" its own tspan).
      const notes = await page.locator('#tiers-view text.column-empty').evaluateAll((els) => els.map((e) => [e.getAttribute('data-column'), e.textContent]));
      expect(await page.locator('#tiers-view text.column-empty tspan').count()).toBe(0);
      expect(notes, query).toEqual(empty.map((c) => [c, note]));
      expect(errors).toEqual([]);
    }
  });

  it('exports the supply flows within the focus first, then the largest', async () => {
    // seed/indonesia/supplies.csv: Ceper's members supply nine flows; a briefing shows a table's first rows, so they come by value.
    const { page, errors } = await fx.page('?view=tiers&cluster=cl-ceper');
    await page.waitForSelector('#tiers-view[data-ready=true]');
    const html = await exportedText(page);
    const tables = [...html.matchAll(/href="data:text\/csv;charset=utf-8,([^"]*)"/g)].map((m) => parse(decodeURIComponent(m[1]!).replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>);
    const rows = tables.find((t) => t[0] && 'supplierId' in t[0])!;
    expect(rows).toHaveLength(9);
    const value = (r: Record<string, string>) => Number(r.valueUsd);
    const role = (r: Record<string, string>) => r.role;
    const ranks = rows.map((r) => [role(r) === 'focus' ? 0 : 1, -value(r)] as const);
    expect(ranks).toEqual([...ranks].sort((x, y) => x[0] - y[0] || x[1] - y[1]));
    // The largest: Koperasi Batur Jaya's railway brake blocks to PT KAI, USD 996,000 a year.
    expect(value(rows[0]!)).toBe(996000);
    // Each row names its supplier's cluster, as the picture groups its IKM: all nine are Ceper's members.
    expect(rows.map((r) => r.supplierCluster)).toEqual(Array(9).fill('Sentra IKM logam Ceper'));
    expect(errors).toEqual([]);
  });

  it('says each exported supply flow is inside the focus or to or from outside it, as the key figures do, in both languages', async () => {
    // Ceper's nine flows all go to buyers outside the sentra (seed/indonesia/supplies.csv: PT KAI,
    // PT INKA, PT TPR Indonesia, PDAM, …): "to or from outside the focus". As "around the focus" a
    // reader took the sentra's own sales for someone else's.
    for (const [lang, outside, around] of [
      ['en', 'to or from outside the focus', 'around the focus'],
      ['id', 'dari atau ke luar fokus', 'di sekitar fokus'],
    ] as const) {
      const { page, errors } = await fx.page(`?view=tiers&cluster=cl-ceper&lang=${lang}`);
      await page.waitForSelector('#tiers-view[data-ready=true]');
      const html = await exportedText(page);
      const reader = await (await fx.browser.newContext({ javaScriptEnabled: false })).newPage();
      await reader.setContent(html);
      // The flows table is the first; its place column the last.
      const places = await reader.evaluate(() => [...document.querySelectorAll('section.table')[0]!.querySelectorAll('tbody tr')].map((tr) => tr.lastElementChild?.textContent ?? ''));
      expect(places).toEqual(Array(9).fill(outside));
      // The import flows' importers are firms around the focus, and keep that word.
      const importPlaces = await reader.evaluate(() => [...document.querySelectorAll('section.table')[1]!.querySelectorAll('tbody tr')].map((tr) => tr.lastElementChild?.textContent ?? ''));
      expect(new Set(importPlaces)).toEqual(new Set([around]));
      await reader.context().close();
      expect(errors).toEqual([]);
    }
  });

  it('puts every one of Ceper’s nine flows on the deck, over two slides when one cannot hold them', async () => {
    // A slide holds eight of these rows (two lines each, in Indonesian): the deck had shown "8 baris
    // pertama dari 9 baris" and left KBJ's cylinder sleeves to PT TPR Indonesia out.
    const { page, errors } = await fx.page('?view=tiers&cluster=cl-ceper&lang=id');
    await page.waitForSelector('#tiers-view[data-ready=true]');
    await page.click('#export summary');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-pptx')]);
    const deck = readDeck(await readFile((await download.path())!));
    const parts = deck.slides.filter((sl) => sl.text.some((p) => p.startsWith('Arus pasok')));
    expect(parts.map((sl) => sl.text[0])).toEqual(['Arus pasok (1 dari 2)', 'Arus pasok (2 dari 2)']);
    // Supplier and buyer of each row (the header row off), all nine flows of supplies.csv once each.
    const flows = parts.flatMap((sl) => sl.tables[0]!.slice(1).map((r) => `${r[0]} → ${r[2]}`));
    expect(flows).toHaveLength(9);
    expect(new Set(flows).size).toBe(9);
    expect(flows).toContain('Koperasi Batur Jaya (KBJ) → PT TPR Indonesia');
    expect(parts[0]!.text).toContain('Bersambung ke salindia berikutnya.');
    expect(parts[1]!.text).toContain('Seluruh 9 baris.');
    expect(errors).toEqual([]);
  });

  it('draws the flows around a focus faded under its own, each kind by its own largest value', async () => {
    // Seed, Ceper in focus (API): its members' nine supply flows touch the focus; the nine import
    // flows are its buyers' (context firm ← country), drawn faded like those firms and beneath.
    const { page, errors } = await fx.page('?view=tiers&cluster=cl-ceper&missing=1&lang=id');
    await page.waitForSelector('#tiers-view[data-ready=true]');
    const flows = await page.locator('#tiers-view path[data-flow]').evaluateAll((els) =>
      els.map((e) => ({ kind: e.getAttribute('data-kind'), around: e.getAttribute('data-around') === 'true', opacity: Number(e.getAttribute('stroke-opacity')), width: Number(e.getAttribute('stroke-width')) })),
    );
    const supply = flows.filter((f) => f.kind === 'supply');
    const imports = flows.filter((f) => f.kind === 'import');
    expect(supply).toHaveLength(9);
    expect(supply.every((f) => !f.around)).toBe(true);
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.every((f) => f.around)).toBe(true);
    // Faded: under a third of the focus's flows' opacity; drawn first (beneath).
    expect(Math.max(...imports.map((f) => f.opacity))).toBeLessThan(Math.min(...supply.map((f) => f.opacity)) / 2);
    const firstFocus = flows.findIndex((f) => !f.around);
    expect(flows.slice(firstFocus).every((f) => !f.around)).toBe(true);
    // Each kind's widest is its largest value: supplies to 7 px even beside imports worth far more.
    expect(Math.max(...supply.map((f) => f.width))).toBeCloseTo(7, 5);
    expect(Math.max(...imports.map((f) => f.width))).toBeCloseTo(4, 5);
    await screenshot(page, 'tiers-ceper-id');
    expect(errors).toEqual([]);
  });

  it('keeps the selected firm\'s chain bright and opens its details', async () => {
    const { page, errors } = await fx.page('?view=tiers');
    await page.waitForSelector('#tiers-view[data-ready=true]');
    await page.click('#tiers-view path.node[data-id="f-kbj"]', { force: true });
    await page.waitForFunction(() => document.querySelector('#detail h2')?.textContent?.includes('Batur Jaya'));
    // Seed: KBJ supplies cylinder sleeves to PT TPR Indonesia, which supplies TMMIN (supplies.csv).
    const bright = await page.locator('#tiers-view path.node[fill-opacity="1"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(bright).toEqual(expect.arrayContaining(['f-kbj', 'f-tpr', 'f-tmmin']));
    expect(bright).not.toContain('f-pln');
    expect(errors).toEqual([]);
  });
});

describe.skipIf(unavailable !== null)('map view', () => {
  it('draws Indonesia, the nine seed clusters (standing for their members) and every other firm with coordinates', async () => {
    const { page, errors } = await fx.page('?view=map');
    await page.waitForSelector('#map-view[data-ready=true]');
    expect(await page.locator('#map-view path.indonesia').count()).toBe(1);
    expect((await page.locator('#map-view path.indonesia').getAttribute('d'))!.length).toBeGreaterThan(1000);
    const graph = await api<GraphJson>('graph?view=network');
    const clusters = graph.nodes.filter((n) => n.label === 'Cluster' && typeof n.lat === 'number').length;
    expect(clusters).toBe(9); // seed/indonesia/clusters.csv has nine rows, all with coordinates
    expect(await page.locator('#map-view path.node.cluster').count()).toBe(clusters);
    // A cluster's members lie within 2 km of it (seed/indonesia/firms.csv): the cluster stands for them.
    expect(await page.locator('#map-view path.node.firm').count()).toBe(graph.nodes.filter((n) => n.label === 'Firm' && typeof n.lat === 'number' && !n.cluster).length);
    // Import arcs are off without a focus; ticked, one arc per origin country of the import flows.
    expect(await page.locator('#map-view path[data-kind=import]').count()).toBe(0);
    await page.check('#map-imports');
    await page.waitForSelector('#map-view path[data-kind=import]');
    const tiers = await api<GraphJson>('graph?view=tiers');
    const origins = new Set(tiers.links.filter((l) => l.type === 'IMPORTS').map((l) => l.target));
    expect(await page.locator('#map-view path[data-kind=import]').count()).toBe(origins.size);
    await screenshot(page, 'map');
    await page.click('#map-java');
    await page.waitForTimeout(700);
    // Java fills the frame: Ceper (Jawa Tengah) is now well inside the picture and further from Tegal.
    const box = async (id: string) => (await page.locator(`#map-view path.node[data-id="${id}"]`).boundingBox())!;
    const [ceper, tegal] = [await box('cl-ceper'), await box('cl-tegal')];
    expect(Math.abs(ceper.x - tegal.x)).toBeGreaterThan(100);
    await screenshot(page, 'map-java');
    expect(errors).toEqual([]);
  });

  it('exports the figures behind its arcs: each supply flow and recommended link drawn, and the import arcs, in both languages', async () => {
    // A briefing listed the places only, so its reader could not read what flows between them.
    // Ceper with its recommended links (the API's map answer): one table row per arc drawn, the
    // supply flows' values summing to the API's, the recommended links with their ranks and scores.
    const answer = await api<{ links: Array<{ type: string; valueUsd?: number; score?: number; rank?: number }> }>('graph?view=map&cluster=cl-ceper&links=recommended');
    const supplies = answer.links.filter((l) => l.type === 'SUPPLIES');
    const recommended = answer.links.filter((l) => l.type === 'RECOMMENDED');
    for (const [lang, supplyTitle, missingTitle] of [
      ['en', 'Supply flows drawn', 'Recommended links drawn'],
      ['id', 'Arus pasok yang digambar', 'Hubungan pasok rekomendasi yang digambar'],
    ] as const) {
      const { page, errors } = await fx.page(`?view=map&cluster=cl-ceper&missing=1&lang=${lang}`);
      await page.waitForSelector('#map-view[data-ready=true]');
      const drawn = { supply: await page.locator('#map-view path[data-kind=supply]').count(), missing: await page.locator('#map-view path[data-kind=missing]').count() };
      expect(drawn).toEqual({ supply: supplies.length, missing: recommended.length });
      const html = await exportedText(page);
      expect(html).toContain(`<h3>${supplyTitle}</h3>`);
      expect(html).toContain(`<h3>${missingTitle}</h3>`);
      const tables = [...html.matchAll(/href="data:text\/csv;charset=utf-8,([^"]*)"/g)].map((m) => parse(decodeURIComponent(m[1]!).replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>);
      const flowRows = tables.find((tb) => tb[0] && 'valueUsd' in tb[0] && 'from' in tb[0])!;
      const missingRows = tables.find((tb) => tb[0] && 'score' in tb[0])!;
      expect(flowRows).toHaveLength(supplies.length);
      const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
      expect(sum(flowRows.map((r) => Number(r.valueUsd)))).toBe(sum(supplies.map((l) => l.valueUsd ?? 0)));
      // In the ranking's order, with its scores.
      expect(missingRows.map((r) => [Number(r.rank), Number(r.score)])).toEqual([...recommended].sort((a, b) => a.rank! - b.rank!).map((l) => [l.rank, l.score]));
      // Around a focus the import arcs are drawn (one per origin country), and listed with their flows.
      const importArcs = tables.find((tb) => tb[0] && 'importers' in tb[0])!;
      expect(importArcs).toHaveLength(await page.locator('#map-view path[data-kind=import]').count());
      expect(importArcs.length).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    }
  });

  it('selects a cluster on click, speaks Bahasa Indonesia, and exports an SVG with the map', async () => {
    const { page, errors } = await fx.page('?view=map&lang=id');
    await page.waitForSelector('#map-view[data-ready=true]');
    expect(await page.locator('#map-java').textContent()).toBe('Perbesar ke Jawa');
    // A real click on the Ceper circle opens the cluster (issue 12: it used to open a member firm).
    const ceper = (await page.locator('#map-view path.node[data-id="cl-ceper"]').boundingBox())!;
    await page.mouse.click(ceper.x + ceper.width / 2, ceper.y + ceper.height / 2);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') === 'cl-ceper');
    await page.click('#export summary');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-svg')]);
    const chunks: Buffer[] = [];
    for await (const c of await download.createReadStream()) chunks.push(Buffer.from(c as Buffer));
    const text = Buffer.concat(chunks).toString('utf8');
    const parsed = await page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
      return { error: doc.querySelector('parsererror') !== null, clusters: doc.querySelectorAll('path.node.cluster').length, indonesia: doc.querySelectorAll('path.indonesia').length, text: doc.documentElement.textContent ?? '' };
    }, text);
    expect(parsed).toMatchObject({ error: false, clusters: 9, indonesia: 1 });
    expect(parsed.text).toContain('Peta sentra');
    expect(parsed.text).toContain('Keterangan');
    expect(errors).toEqual([]);
  });

  it('says in words, in both languages, that a focus has no imports and no cluster', async () => {
    // seed/indonesia/firms.csv: Banten's firms (Shimizu, Gajah Tunggal) have no import record
    // (imports.csv) and no cluster; the firms around them have none either.
    const graph = await api<{ figures: { importFlows: { flows: number; records: number }; clusters: { focus: number } } }>('graph?view=network&province=Banten');
    expect(graph.figures.importFlows).toMatchObject({ flows: 0, records: 0 });
    expect(graph.figures.clusters.focus).toBe(0);
    for (const [lang, imports, places] of [
      ['en', 'No import flows in or around the focus: none of these firms has an import record', / plants? on the map, none of them in a cluster$/],
      ['id', 'Tidak ada arus impor di dalam maupun di sekitar fokus: tidak satu pun perusahaan ini memiliki catatan impor', / pabrik di peta, tidak satu pun anggota sentra$/],
    ] as const) {
      const { page, errors } = await fx.page(`?view=map&province=Banten&lang=${lang}`);
      await page.waitForSelector('#map-view[data-ready=true]');
      expect(await page.locator('li[data-figure=imports]').textContent()).toBe(imports);
      expect(await page.locator('li[data-figure="map.places"]').textContent()).toMatch(places);
      expect(errors).toEqual([]);
    }
  });
});
