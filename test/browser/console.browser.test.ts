// The Cypher console on the embedded store (the default): it says up front that Cypher needs
// Neo4j, a run shows the API's own 501 message (which says how to start Neo4j), parameters are
// checked before anything is sent (mistakes located by line and column), the editor highlights
// Cypher, examples load into it, and the labels switch to Bahasa Indonesia.
// The console against a real Neo4j is console.neo4j.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../seed/generator/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { browserUnavailable, openBrowserFixture, screenshot, type BrowserFixture } from './harness.ts';

const unavailable = browserUnavailable();
let fx: BrowserFixture;
beforeAll(async () => {
  if (!unavailable) fx = await openBrowserFixture();
});
afterAll(async () => fx?.close());

/** Chromium logs every non-2xx fetch as a console error; the 501 of a run is the expected answer. */
const unexpected = (errors: string[]) => errors.filter((e) => !/Failed to load resource: the server responded with a status of 501/.test(e));

async function apiMessage(): Promise<{ status: number; message: string }> {
  const res = await fetch(`${fx.server.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'RETURN 1 AS one' }) });
  const body = (await res.json()) as { error: { message: string } };
  return { status: res.status, message: body.error.message };
}

describe.skipIf(unavailable !== null)('Cypher console on the embedded store', () => {
  it('says that Cypher needs Neo4j, and a run shows the API’s 501 message', async () => {
    const api = await apiMessage();
    expect(api.status).toBe(501);
    const { page, errors } = await fx.page('?view=console');
    await page.waitForSelector('#console-neo4j:not([hidden])');
    expect(await page.locator('#console-neo4j').textContent()).toContain('npm run neo4j');
    expect(errors).toEqual([]); // nothing was sent yet
    await page.click('#console-run');
    // The API's message, which starts in lower case to follow a prefix elsewhere, as a sentence of its own.
    expect(api.message.startsWith('the Cypher console needs the Neo4j store')).toBe(true);
    // Its commands set as code, without the backticks that mark them for a terminal.
    await page.waitForFunction((m) => document.querySelector('#console-neo4j p')?.textContent === m, `T${api.message.slice(1)}`.replace(/`/g, ''));
    expect(await page.locator('#console-neo4j p code').allTextContents()).toEqual(['npm run neo4j', 'NEO4J_URI=bolt://127.0.0.1:7687']);
    expect(await page.locator('#console-error').textContent()).toContain('Neo4j');
    expect(await page.locator('#console-results').count()).toBe(0);
    await screenshot(page, 'console-embedded');
    expect(unexpected(errors)).toEqual([]);
  });

  it('highlights Cypher in the editor and loads the examples', async () => {
    const { page, errors } = await fx.page('?view=console');
    await page.waitForSelector('#console-query');
    await page.click('[data-example="nearFc250"]');
    const query = await page.inputValue('#console-query');
    expect(query).toContain('FC250');
    expect(JSON.parse(await page.inputValue('#console-params'))).toEqual({ material: 'm-fc250', km: 200 });
    const spans = async (cls: string) => page.locator(`.cy-highlight .${cls}`).allTextContents();
    expect(await spans('cy-keyword')).toEqual(expect.arrayContaining(['MATCH', 'WHERE', 'RETURN', 'ORDER', 'BY']));
    expect(await spans('cy-parameter')).toEqual(expect.arrayContaining(['$material', '$km']));
    expect(await spans('cy-label')).toEqual(expect.arrayContaining([':Firm', ':CAN', ':Process', ':Cluster']));
    expect(await spans('cy-string')).toContain("'p-casting'");
    expect(await spans('cy-comment')).toHaveLength(1);
    // The highlighted copy holds exactly the text of the textarea (plus the trailing newline).
    expect(await page.locator('.cy-highlight').textContent()).toBe(`${query}\n`);
    // Typing keeps them in step.
    await page.fill('#console-query', 'MATCH (n:Cluster {id: $id}) RETURN n.name // 42');
    expect(await spans('cy-label')).toEqual([':Cluster']);
    expect(await spans('cy-number')).toEqual([]);
    expect(await spans('cy-comment')).toEqual(['// 42']);
    expect(errors).toEqual([]);
  });

  it('checks the parameters before sending and says where the JSON breaks', async () => {
    const { page, errors } = await fx.page('?view=console');
    await page.waitForSelector('#console-params');
    let requests = 0;
    page.on('request', (r) => {
      if (r.url().endsWith('/api/cypher')) requests++;
    });
    // `{"a": 1,}`: the comma before "}" is column 9 of line 1.
    await page.fill('#console-params', '{"a": 1,}');
    await page.click('#console-run');
    await page.waitForSelector('#console-params-error:not([hidden])');
    const text = (await page.locator('#console-params-error').textContent()) ?? '';
    expect(text).toContain('line 1, column 9');
    expect(text).toContain('comma');
    expect(await page.getAttribute('#console-params', 'aria-invalid')).toBe('true');
    // Line 2, column 9 of this text is the single-quoted value.
    await page.fill('#console-params', "{\n  \"km\": 'x'\n}");
    await page.locator('#console-query').press('Control+Enter');
    await page.waitForFunction(() => document.querySelector('#console-params-error')?.textContent?.includes('line 2, column 9'));
    // A JSON array is valid JSON but not a parameters object.
    await page.fill('#console-params', '[1, 2]');
    await page.click('#console-run');
    await page.waitForFunction(() => document.querySelector('#console-params-error')?.textContent?.includes('object'));
    expect(requests).toBe(0);
    expect(errors).toEqual([]);
  });

  it('runs with Ctrl+Enter from the editor', async () => {
    const { page, errors } = await fx.page('?view=console');
    await page.waitForSelector('#console-query');
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/cypher'));
    await page.locator('#console-query').press('Control+Enter');
    expect((await answered).status()).toBe(501);
    await page.waitForSelector('#console-error');
    expect(unexpected(errors)).toEqual([]);
  });

  it('switches its labels to Bahasa Indonesia', async () => {
    const { page, errors } = await fx.page('?view=console');
    await page.waitForSelector('#console-query');
    await page.selectOption('#lang', 'id');
    await page.waitForFunction(() => document.querySelector('label[for=console-query]')?.textContent === 'Kueri Cypher');
    expect(await page.locator('#console-run').textContent()).toBe('Jalankan kueri');
    expect(await page.locator('#console-neo4j strong').textContent()).toBe('Konsol Cypher memerlukan Neo4j');
    // A run's answer (the API's 501, in Indonesian) is written as a sentence, capital first, in the notice and the status line.
    await page.click('#console-run');
    await page.waitForFunction(() => document.querySelector('#console-neo4j p')?.textContent?.startsWith('Konsol Cypher memerlukan penyimpanan Neo4j: jalankan npm run neo4j, lalu'));
    expect(await page.locator('#status').textContent()).toMatch(/^Konsol Cypher memerlukan penyimpanan Neo4j: jalankan npm run neo4j, lalu/);
    // An example opens with its title in Indonesian, not the English comment of cypher/README.md.
    await page.click('[data-example="nearFc250"]');
    const query = await page.inputValue('#console-query');
    expect(query.split('\n')[0]).toBe('// Sentra dalam radius 200 km dari pabrik yang dapat mengecor FC250');
    expect(query).toContain("WHERE p.id STARTS WITH 'p-casting'");
    expect(unexpected(errors)).toEqual([]);
  });
});

describe.skipIf(unavailable !== null)('Cypher console examples on a generated dataset', () => {
  it('fills the first example’s component with one of the dataset’s own, not the seed’s', async () => {
    const generated = generateDataset({ clusters: 12, firms: 300, components: 40, seed: 3 });
    expect(generated.components.some((c) => c.id === 'c-cylinder-sleeve')).toBe(false);
    const gen = await openBrowserFixture({ store: new EmbeddedStore(generated) });
    try {
      // The first component as the catalogue lists them (by name, in the page's language).
      const listed = (await (await fetch(`${gen.server.url}/api/catalog?lang=id`)).json()) as { components: Array<{ id: string }> };
      const first = listed.components[0]!.id;
      const { page } = await gen.page('?view=console&lang=id');
      await page.waitForFunction((id) => (document.querySelector('#console-params') as HTMLTextAreaElement | null)?.value.includes(id), first);
      expect(JSON.parse(await page.inputValue('#console-params'))).toEqual({ component: first });
      // Loading an example again gives the same, and the material of the seed's FC250 example is kept where it exists.
      await page.click('[data-example="importShare"]');
      expect(JSON.parse(await page.inputValue('#console-params'))).toEqual({ component: first });
    } finally {
      await gen.close();
    }
  });
});
