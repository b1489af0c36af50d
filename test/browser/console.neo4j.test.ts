// The Cypher console in a real Chromium against the test Neo4j holding the seed dataset: an example
// research query gives a table with as many rows as the API answers for it, a path query draws
// its nodes as a graph, a write (CREATE) is refused with the API's message, and the CSV download
// parses back into the same rows. Expected values come from POST /api/cypher, asked by the test.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CypherResult } from '../../server/console/shapes.ts';
import { readDataset } from '../../server/model/index.ts';
import type { Neo4jStore } from '../../server/store/neo4j/index.ts';
import { openTestNeo4jStore, testNeo4jUri } from '../helpers/neo4j.ts';
import { browserUnavailable, openBrowserFixture, screenshot, type BrowserFixture } from './harness.ts';

const uri = testNeo4jUri();
const unavailable = browserUnavailable();
let fx: BrowserFixture;
let store: Neo4jStore;

beforeAll(async () => {
  if (unavailable || uri === null) return;
  store = await openTestNeo4jStore(uri);
  await store.replace(await readDataset('seed/indonesia'), 'seed');
  fx = await openBrowserFixture({ store });
});
afterAll(async () => {
  await fx?.close();
  await store?.close();
});

async function api(query: string, params: Record<string, unknown> = {}): Promise<{ status: number; body: CypherResult & { error?: { code: string; message: string } } }> {
  const res = await fetch(`${fx.server.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, params }) });
  return { status: res.status, body: (await res.json()) as CypherResult & { error?: { code: string; message: string } } };
}

/** Chromium logs the 400 of a refused query (and the 408 of a stopped one) as a console error; those answers are expected. */
const unexpected = (errors: string[]) => errors.filter((e) => !/Failed to load resource: the server responded with a status of (400|408)/.test(e));

describe.skipIf(unavailable !== null || uri === null)('Cypher console on Neo4j (seed dataset)', () => {
  it('runs an example research query into a table with the API’s row count', async () => {
    const { page, errors } = await fx.page('?view=console');
    await page.waitForSelector('[data-example="importShare"]');
    expect(await page.locator('#console-neo4j').isHidden()).toBe(true);
    await page.click('[data-example="importShare"]');
    const query = await page.inputValue('#console-query');
    const params = JSON.parse(await page.inputValue('#console-params')) as Record<string, unknown>;
    const expected = await api(query, params);
    expect(expected.status).toBe(200);
    expect(expected.body.rows.length).toBeGreaterThan(0);
    await page.click('#console-run');
    await page.waitForSelector('#console-results');
    expect(await page.locator('#console-results tbody tr').count()).toBe(expected.body.rows.length);
    expect(await page.locator('#console-results thead th').allTextContents()).toEqual(expected.body.columns);
    expect(await page.locator('#console-results tbody tr').first().locator('td').first().textContent()).toBe(String(expected.body.rows[0]![expected.body.columns[0]!]));
    const n = expected.body.rows.length;
    expect(await page.locator('#console-summary').textContent()).toContain(`${n} ${n === 1 ? 'row' : 'rows'} in`);
    await screenshot(page, 'console-neo4j');
    expect(errors).toEqual([]);
  });

  it('downloads the result as CSV that parses back into the same rows', async () => {
    const { page, errors } = await fx.page('?view=console');
    await page.waitForSelector('[data-example="cutsOem"]');
    await page.click('[data-example="cutsOem"]');
    const expected = await api(await page.inputValue('#console-query'));
    await page.click('#console-run');
    await page.waitForSelector('#console-csv');
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('#console-csv')]);
    const text = await readFile((await file.path())!, 'utf8');
    const records = parse(text, { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(records[0] ?? {})).toEqual(expected.body.columns);
    expect(records).toHaveLength(expected.body.rows.length);
    expect(records.map((r) => r.firm)).toEqual(expected.body.rows.map((r) => r.firm));
    expect(errors).toEqual([]);
  });

  it('draws the nodes of a path query as a graph', async () => {
    const { page, errors } = await fx.page('?view=console');
    await page.waitForSelector('[data-example="ikmPaths"]');
    await page.click('[data-example="ikmPaths"]');
    const expected = await api(await page.inputValue('#console-query'));
    expect(expected.body.nodes?.length).toBeGreaterThan(0);
    await page.click('#console-run');
    await page.waitForSelector('#console-graph svg');
    expect(await page.locator('#console-graph .cy-node').count()).toBe(expected.body.nodes!.length);
    expect(await page.locator('#console-graph .links line').count()).toBe(expected.body.relationships!.length);
    // A node is a button: Enter on it selects the firm (the detail panel opens).
    await page.locator('#console-graph .cy-node[tabindex="0"]').first().press('Enter');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('sel')?.startsWith('f-'));
    await screenshot(page, 'console-neo4j-graph');
    expect(errors).toEqual([]);
  });

  it('shows the server’s note on a pattern matched only against short texts, in Indonesian too', async () => {
    const query = "MATCH (f:Firm) WHERE f.name =~ '.*a.*e.*i' RETURN f.id AS id ORDER BY id LIMIT 3";
    for (const lang of ['en', 'id'] as const) {
      const expected = await fetch(`${fx.server.url}/api/cypher?lang=${lang}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      const body = (await expected.json()) as CypherResult;
      expect(body.notes).toHaveLength(1);
      const { page, errors } = await fx.page(`?view=console&lang=${lang}`);
      await page.waitForSelector('#console-query');
      await page.fill('#console-query', query);
      await page.fill('#console-params', '');
      await page.click('#console-run');
      await page.waitForSelector('#console-results');
      expect(await page.locator('.console-note').allTextContents()).toEqual(body.notes);
      expect(body.notes![0]).toContain(lang === 'en' ? 'at most 793 characters' : 'paling banyak 793 karakter');
      if (lang === 'id') await screenshot(page, 'console-note-id');
      expect(errors).toEqual([]);
    }
  });

  it('refuses a write query with the API’s message', async () => {
    const write = "CREATE (n:Firm {id: 'f-evil', name: 'Evil', tier: 'IKM'}) RETURN n";
    const expected = await api(write);
    expect(expected.status).toBe(400);
    const { page, errors } = await fx.page('?view=console');
    await page.waitForSelector('#console-query');
    await page.fill('#console-query', write);
    await page.fill('#console-params', '');
    await page.click('#console-run');
    await page.waitForSelector('#console-error');
    const text = (await page.locator('#console-error').textContent()) ?? '';
    expect(text).toContain('Refused');
    expect(text).toContain(expected.body.error!.message);
    expect(await page.locator('#console-results').count()).toBe(0);
    expect(unexpected(errors)).toEqual([]);
  });

  it('says when a query ran out of time', async () => {
    const { page, errors } = await fx.page('?view=console');
    await page.waitForSelector('#console-query');
    // Two thousand million rows to count: far more than one second of work.
    await page.fill('#console-query', 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n');
    await page.fill('#console-params', '');
    await page.fill('#console-timeout', '1');
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/cypher'));
    await page.click('#console-run');
    expect((await answered).status()).toBe(408);
    await page.waitForSelector('#console-error');
    expect(await page.locator('#console-error').textContent()).toMatch(/^Timed out: the query ran longer than 1 s/);
    expect(unexpected(errors)).toEqual([]);
  });
});
