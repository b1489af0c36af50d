// The data page in a real Chromium: the current dataset's provenance and counts (as GET /api/health
// gives them), uploads to POST /api/datasets of the seed's CSV files as several files — one broken
// on purpose (a dangling firm id in line 2 of makes.csv: the report must name that file and line,
// and nothing may change), without a token (the API's 401 message), with a wrong one; a workbook
// with a wrong cell (the report names firms!C5, in Bahasa Indonesia); the export footer naming a
// dataset loaded behind the page's back; and a valid merge of one file (success, the page reloads
// and shows what changed). The write token lives in sessionStorage only.
import { readdir, readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HealthOut } from '../../server/api/routes/health.ts';
import { readDataset, workbookBytes } from '../../server/model/index.ts';
import { browserUnavailable, openBrowserFixture, exportedText, screenshot, type BrowserFixture } from './harness.ts';

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
    const provenance = await page.locator('#data-provenance').textContent();
    expect(provenance).toContain('Source: folder seed/indonesia');
    expect(provenance).toContain(expected.provenance!.hash!.slice('sha256:'.length, 'sha256:'.length + 12));
    for (const f of ['xlsx', 'graphml', 'gexf', 'json', 'csv']) expect(await page.getAttribute(`#data-export-${f}`, 'href')).toBe(`api/export?format=${f}`);
    expect(await page.getAttribute('#data-template', 'href')).toBe('api/datasets/template.xlsx');
    expect(await page.getAttribute('#data-api-docs', 'href')).toBe('api/docs?lang=en');
    expect(await page.getAttribute('#api-docs-link', 'href')).toBe('api/docs?lang=en');
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
    expect(await page.locator('label[for=data-merge]').textContent()).toBe('Ganti hanya berkas yang saya kirim (gabungkan ke dataset saat ini)');
    expect(await page.locator('#data-provenance').textContent()).toContain('Sumber: folder seed/indonesia');
    // The counts name labels and relationship types in Indonesian, not as the schema spells them.
    await page.waitForSelector('#data-counts');
    const rowName = (key: string) => page.locator(`#data-counts tr:has([data-count="${key}"]) th`).textContent();
    expect(await rowName('Firm')).toBe('Perusahaan');
    expect(await rowName('MEMBER_OF')).toBe('Perusahaan anggota sentra');
    // The API reference opens in the page's language (server/openapi/id).
    expect(await page.locator('#data-api-docs').textContent()).toBe('Referensi API');
    expect(await page.getAttribute('#data-api-docs', 'href')).toBe('api/docs?lang=id');
    // The header's link too (it said "bahasa Inggris").
    expect(await page.locator('#api-docs-link').textContent()).toBe('Referensi API');
    expect(await page.getAttribute('#api-docs-link', 'href')).toBe('api/docs?lang=id');
    const docs = await page.request.get(`${fx.server.url}/api/docs?lang=id`);
    expect(await docs.text()).toContain('<h1>Referensi API Rantai</h1>');
    await screenshot(page, 'data-id');
    expect(errors).toEqual([]);
  });

  it('reports a workbook\'s wrong cell as sheet!cell (in Bahasa Indonesia), and changes nothing', async () => {
    const before = await health();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbookBytes(await readDataset(SEED))) as unknown as ArrayBuffer);
    wb.getWorksheet('firms')!.getCell('C5').value = 'TIER9';
    const book = Buffer.from(await wb.xlsx.writeBuffer());
    const { page, errors } = await fx.page('?view=data&lang=id');
    await page.waitForSelector('#data-form');
    // The file chooser in the page's language, not the browser's ("Choose Files", "No file chosen").
    expect(await page.locator('label.file-button').textContent()).toBe('Pilih berkas…');
    expect(await page.locator('#data-files-chosen').textContent()).toBe('Belum ada berkas yang dipilih');
    await page.setInputFiles('#data-files', [{ name: 'data-ikm.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: book }]);
    expect(await page.locator('#data-files-chosen').textContent()).toBe('1 berkas: data-ikm.xlsx');
    await page.fill('#data-token', TOKEN);
    await page.click('#data-upload');
    await page.waitForSelector('#data-problems');
    const rows = await page.locator('#data-problems tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    // The server's sentences too (they came back in the browser's language, English, under the
    // page's Indonesian: the upload did not say the page's language).
    expect(rows).toEqual([['firms!C5', '5', 'C', 'tier harus salah satu dari OEM, TIER1, TIER2, IKM, BUYER, tertulis "TIER9"']]);
    expect(await page.locator('#data-error').textContent()).toBe('Unggahan ditolak (HTTP 422): dataset ditolak karena 1 masalah; tidak ada yang diubah');
    expect(await page.locator('#data-problems caption').textContent()).toBe('Laporan validasi: 1 masalah');
    expect(await health()).toEqual(before);
    await page.locator('#data-outcome').scrollIntoViewIfNeeded();
    await screenshot(page, 'data-workbook-report-id');
    expect(unexpected(errors)).toEqual([]);
  });

  it('a CSV file separated by semicolons: one problem saying so, in Bahasa Indonesia, the file named whole', async () => {
    // As Excel or LibreOffice set to Indonesian save a CSV file: ";" between the columns.
    const firms = seedFiles.find((f) => f.name === 'firms.csv')!;
    const semicolons = firms.text.replace(/,/g, ';');
    const { page, errors } = await fx.page('?view=data&lang=id');
    await page.waitForSelector('#data-form');
    await page.setInputFiles('#data-files', [{ name: 'firms.csv', mimeType: 'text/csv', buffer: Buffer.from(semicolons, 'utf8') }]);
    await page.check('#data-merge');
    await page.fill('#data-token', TOKEN);
    await page.click('#data-upload');
    await page.waitForSelector('#data-problems');
    const rows = await page.locator('#data-problems tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toEqual([['firms.csv', '1', '1', expect.stringMatching(/^kolom-kolomnya dipisahkan titik koma \(;\).*Pakai saja buku kerjanya \(\.xlsx\)/)]]);
    // The file's name on one line beside the long sentence (it was cut to "firms.cs" over "v").
    const [fileCell, fontSize] = await page.locator('#data-problems tbody td').first().evaluate((td) => [td.getBoundingClientRect().height, parseFloat(getComputedStyle(td).fontSize)]);
    expect(fileCell).toBeGreaterThan(2.5 * fontSize!); // the sentence beside it wraps, so the check can fail
    const fileLines = await page.locator('#data-problems tbody td').first().evaluate((td) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(fileLines, `file cell ${fileCell} px high`).toBe(1);
    expect(unexpected(errors)).toEqual([]);
  });

  it('names in an export footer the dataset loaded since the page opened (read afresh from the store)', async () => {
    const { page, errors } = await fx.page('?view=data');
    await page.waitForSelector('#data-counts');
    // Someone else loads another dataset into the store behind the running page.
    const seed = await readDataset(SEED);
    await fx.store.replace(seed, { name: 'loaded by someone else', source: 'rantai load other/' });
    const html = await exportedText(page);
    // The load time as a reader writes it ("3 December 2026, 11:44 UTC"), the year this one's.
    expect(html).toMatch(new RegExp(`Data: loaded by someone else, loaded \\d{1,2} [A-Z][a-z]+ ${new Date().getUTCFullYear()}, \\d\\d:\\d\\d UTC, built-in store \\(inside the Rantai server\\)`));
    await fx.store.replace(seed, { name: 'seed/indonesia', source: 'folder seed/indonesia' });
    expect(errors).toEqual([]);
  });

  // Last: it replaces the fixture's dataset.
  it('merges one file into the dataset, reloads and shows what changed', async () => {
    const before = await health();
    // Only enrolments.csv, without its last row: one ENROLLED_IN relationship fewer, the rest kept.
    const lastEnrolmentOff = { file: 'enrolments.csv', edit: (text: string) => text.replace(/\n[^\n]+\n?$/, '\n') };
    const { page, errors } = await fx.page('?view=data');
    await page.waitForSelector('#data-form');
    await page.setInputFiles('#data-files', payload(lastEnrolmentOff).filter((f) => f.name === 'enrolments.csv'));
    await page.fill('#data-token', TOKEN);
    await page.fill('#data-name', 'seed minus one enrolment');
    await page.check('#data-merge');
    await Promise.all([page.waitForEvent('load'), page.click('#data-upload')]);
    await page.waitForSelector('#data-success');
    expect(await page.locator('#data-success').textContent()).toContain('seed minus one enrolment');
    expect(await page.locator('#data-success').textContent()).toContain('Merged: only enrolments replaced.');
    const enrolled = before.counts.relationships.ENROLLED_IN!;
    expect(await page.locator('#data-changes [data-change="ENROLLED_IN"]').evaluate((tr) => [tr.className, ...[...tr.children].map((c) => c.textContent)])).toEqual(['changed', 'Firm enrolled in a programme', String(enrolled), String(enrolled - 1)]);
    expect(await page.locator('#data-changes [data-change="Firm"]').evaluate((tr) => tr.className)).toBe('');
    await page.locator('#data-outcome').scrollIntoViewIfNeeded();
    await screenshot(page, 'data-merged');
    const after = await health();
    expect(after.dataset).toBe('seed minus one enrolment');
    expect(after.counts.relationships.ENROLLED_IN).toBe(before.counts.relationships.ENROLLED_IN! - 1);
    await page.waitForSelector('#data-counts');
    expect(await page.locator('#data-counts [data-count="ENROLLED_IN"]').textContent()).toBe(String(after.counts.relationships.ENROLLED_IN));
    // The token survived the reload in sessionStorage, and only there.
    expect(await page.inputValue('#data-token')).toBe(TOKEN);
    expect(await page.evaluate(() => ({ session: sessionStorage.getItem('rantai.writeToken'), local: localStorage.length }))).toEqual({ session: TOKEN, local: 0 });
    // Where the data came from, in each reader's language (the store keeps one English phrase).
    expect(await page.locator('#data-provenance').textContent()).toContain('Source: upload of enrolments.csv, merged into "seed/indonesia".');
    const id = await fx.page('?view=data&lang=id');
    await id.page.waitForSelector('#data-counts');
    expect(await id.page.locator('#data-provenance').textContent()).toContain('Sumber: unggahan enrolments.csv, digabungkan ke "seed/indonesia".');
    await screenshot(id.page, 'data-merged-id');
    const html = await exportedText(id.page);
    expect(html).toMatch(/Dimuat dari: unggahan enrolments\.csv, digabungkan ke (&#34;|&quot;|")seed\/indonesia/);
    expect(html).not.toContain('upload of');
    expect(errors).toEqual([]);
    expect(id.errors).toEqual([]);
  });
});
