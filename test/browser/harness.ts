// Browser tests drive Debian's Chromium (/usr/bin/chromium) through playwright-core against a real
// server on a free port, serving the built front end (dist/web, built by `npm test` before vitest)
// over the embedded store with the seed dataset. In CI a missing browser or build is an error;
// elsewhere the suites skip.
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../server/api/index.ts';
import { WEB_ROOT } from '../../server/config.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore, type GraphStore } from '../../server/store/index.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = path.resolve('test-artifacts/screenshots');

/** Why browser tests cannot run here, or null when they can. Throws in CI instead of skipping. */
export function browserUnavailable(): string | null {
  const missing = !existsSync(CHROMIUM)
    ? `Chromium is not installed at ${CHROMIUM} (apt-get install chromium)`
    : !existsSync(path.join(WEB_ROOT, 'index.html'))
      ? 'the web front end is not built (npm run build:web)'
      : null;
  if (missing && process.env.CI) throw new Error(`browser tests need ${missing}`);
  return missing;
}

export interface BrowserFixture {
  browser: Browser;
  server: RunningServer;
  store: GraphStore;
  /** A new page with console errors and page errors collected into `errors`. */
  page(query?: string, viewport?: { width: number; height: number }): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export async function openBrowserFixture(options: { store?: GraphStore; writeToken?: string } = {}): Promise<BrowserFixture> {
  const store = options.store ?? new EmbeddedStore(await readDataset('seed/indonesia'), { name: 'seed/indonesia', source: 'folder seed/indonesia' });
  const server = await startServer(
    { store, neo4jStatus: async () => ({ configured: false, reachable: false }) },
    0,
    '127.0.0.1',
    { log: () => {}, webRoot: WEB_ROOT, ...(options.writeToken ? { writeToken: options.writeToken } : {}) },
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  return {
    browser,
    server,
    store,
    async page(query = '', viewport = { width: 1400, height: 900 }) {
      const context = await browser.newContext({ viewport, acceptDownloads: true });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${server.url}/${query}`);
      return { page, errors };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Saves a screenshot of the page as a test artefact (test-artifacts/screenshots/<name>.png). */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Opens the export menu, chooses `button` (export-html by default) and reads the downloaded file as text, as a reader's copy. */
export async function exportedText(page: Page, button = 'export-html'): Promise<string> {
  await page.click('#export summary');
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`#${button}`)]);
  return readFile((await file.path())!, 'utf8');
}
