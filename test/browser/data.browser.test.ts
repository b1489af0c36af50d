// The data page in a real Chromium: the current dataset's counts (as GET /api/health gives them),
// uploads to POST /api/datasets of the seed's CSV files as several files — one broken on purpose
// (a dangling firm id in line 2 of makes.csv: the report must name that file and line, and nothing
// may change), without a token (the API's 401 message), with a wrong one, and a valid one (success,
// the page reloads and shows the new counts). The write token lives in sessionStorage only.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HealthOut } from '../../server/api/routes/health.ts';
import { browserUnavailable, openBrowserFixture, screenshot, type BrowserFixture } from './harness.ts';

const TOKEN = 't0ken';
const SEED = 'seed/indonesia';
const unavailable = browserUnavailable();
let fx: BrowserFixture;
let seedFiles: Array<{ name: string; text: string }>;

beforeAll(async () => {
  if (unavailable) return;
  fx = await openBrowserFixture({ writeToken: TOKEN });
  const names = (await readdir(SEED)).filter((n) => n.endsWith('.csv')).sort();
  seedFiles = await Promise.all(names.map(async (name) => ({ name, text: await readFile(path.join(SEED, name), 'utf8') })));
});
afterAll(async () => fx?.close());

const health = async (): Promise<HealthOut> => (await (await fetch(`${fx.server.url}/api/health`)).json()) as HealthOut;

/** The seed's files as setInputFiles payloads, with `change` applied to one of them. */
function payload(change?: { file: string; edit: (text: string) => string }) {
  return seedFiles.map((f) => ({ name: f.name, mimeType: 'text/csv', buffer: Buffer.from(change?.file === f.name ? change.edit(f.text) : f.text, 'utf8') }));
}

/** Line 2 of makes.csv (its first data row) names a firm that does not exist. */
const dangling = { file: 'makes.csv', edit: (text: string) => text.replace(/\n[^,\n]+,/, '\nf-nonexistent,') };

/** Chromium logs each refused upload (401, 422) as a console error: those answers are expected. */
const unexpected = (errors: string[]) => errors.filter((e) => !/Failed to load resource: the server responded with a status of (401|403|422)/.test(e));

describe.skipIf(unavailable !== null)('data page', () => {
  it('shows the current dataset and its counts as the API reports them', async () => {
    const expected = await health();
    const { page, errors } = await fx.page('?view=data');
    await page.waitForSelector('#data-counts');
    expect(await page.locator('#data-dataset').textContent()).toContain(expected.dataset);
    for (const [label, n] of Object.entries(expected.counts.nodes)) expect(await page.locator(`#data-counts [data-count="${label}"]`).textContent()).toBe(String(n));
    expect(await page.locator('#data-counts [data-count="SUPPLIES"]').textContent()).toBe(String(expected.counts.relationships.SUPPLIES));
    for (const f of ['graphml', 'gexf', 'json', 'csv']) expect(await page.getAttribute(`#data-export-${f}`, 'href')).toBe(`api/export?format=${f}`);
    expect(await page.getAttribute('#data-api-docs', 'href')).toBe('api/docs');
    await screenshot(page, 'data');
    expect(errors).toEqual([]);
  });

  it('lists the problems of a broken dataset by file and line, and changes nothing', async () => {
    const before = await health();
    const { page, errors } = await fx.page('?view=data');
    await page.waitForSelector('#data-form');
    await page.setInputFiles('#data-files', payload(dangling));
    await page.fill('#data-token', TOKEN);
    // Record what the progress bar shows while the upload runs.
    await page.evaluate(() => {
      const bar = document.querySelector<HTMLProgressElement>('#data-progress')!;
      const seen: number[] = [];
      (window as unknown as { seen: number[] }).seen = seen;
      const original = Object.getOwnPropertyDescriptor(HTMLProgressElement.prototype, 'value')!;
      Object.defineProperty(bar, 'value', {
        get: () => original.get!.call(bar),
        set: (v: number) => {
          seen.push(v);
          original.set!.call(bar, v);
        },
      });
    });
    await page.click('#data-upload');
    await page.waitForSelector('#data-problems');
    const rows = await page.locator('#data-problems tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toContainEqual(['makes.csv', '2', '1', expect.stringContaining('f-nonexistent')]);
    expect(await page.locator('#data-error').textContent()).toContain('422');
    const seen = await page.evaluate(() => (window as unknown as { seen: number[] }).seen);
    expect(Math.max(...seen)).toBe(100);
    expect(await health()).toEqual(before);
    // The page still shows the counts it showed before.
    expect(await page.locator('#data-counts [data-count="MAKES"]').textContent()).toBe(String(before.counts.relationships.MAKES));
    await screenshot(page, 'data-report');
    expect(unexpected(errors)).toEqual([]);
  });

  it('shows the API’s message when the token is missing or wrong', async () => {
    const res = await fetch(`${fx.server.url}/api/datasets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(401);
    const missing = ((await res.json()) as { error: { message: string } }).error.message;
    const { page, errors } = await fx.page('?view=data');
    await page.waitForSelector('#data-form');
    await page.setInputFiles('#data-files', payload());
    await page.fill('#data-token', '');
    await page.click('#data-upload');
    await page.waitForFunction((m) => document.querySelector('#data-error')?.textContent?.includes(m), missing);
    expect(await page.locator('#data-error').textContent()).toContain('Not allowed');
    await page.fill('#data-token', 'wrong-token');
    await page.click('#data-upload');
    await page.waitForFunction(() => document.querySelector('#data-error')?.textContent?.includes('the write token is wrong'));
    expect(await page.locator('#data-problems').count()).toBe(0);
    expect((await health()).dataset).toBe('seed/indonesia');
    expect(unexpected(errors)).toEqual([]);
  });

  it('switches its labels to Bahasa Indonesia', async () => {
    const { page, errors } = await fx.page('?view=data&lang=id');
    await page.waitForSelector('#data-form');
    expect(await page.locator('label[for=data-token]').textContent()).toBe('Token tulis');
    expect(await page.locator('#data-upload').textContent()).toBe('Unggah dan ganti');
    expect(await page.locator('#data-current-title').textContent()).toBe('Dataset saat ini');
    expect(errors).toEqual([]);
  });

  // Last: it replaces the fixture's dataset.
  it('replaces the dataset with a valid upload, reloads and shows the new counts', async () => {
    const before = await health();
    // The seed without its last enrolment row: one ENROLLED_IN relationship fewer.
    const lastEnrolmentOff = { file: 'enrolments.csv', edit: (text: string) => text.replace(/\n[^\n]+\n?$/, '\n') };
    const { page, errors } = await fx.page('?view=data');
    await page.waitForSelector('#data-form');
    await page.setInputFiles('#data-files', payload(lastEnrolmentOff));
    await page.fill('#data-token', TOKEN);
    await page.fill('#data-name', 'seed minus one enrolment');
    await Promise.all([page.waitForEvent('load'), page.click('#data-upload')]);
    await page.waitForSelector('#data-success');
    expect(await page.locator('#data-success').textContent()).toContain('seed minus one enrolment');
    const after = await health();
    expect(after.dataset).toBe('seed minus one enrolment');
    expect(after.counts.relationships.ENROLLED_IN).toBe(before.counts.relationships.ENROLLED_IN! - 1);
    await page.waitForSelector('#data-counts');
    expect(await page.locator('#data-counts [data-count="ENROLLED_IN"]').textContent()).toBe(String(after.counts.relationships.ENROLLED_IN));
    // The token survived the reload in sessionStorage, and only there.
    expect(await page.inputValue('#data-token')).toBe(TOKEN);
    expect(await page.evaluate(() => ({ session: sessionStorage.getItem('rantai.writeToken'), local: localStorage.length }))).toEqual({ session: TOKEN, local: 0 });
    expect(errors).toEqual([]);
  });
});
