// A script, not a test (it needs a running server on a national dataset, which no test run
// generates): opens the Network, Tiers and Map views of a running `rantai serve` in Chromium at
// 1440×900, in English and Bahasa Indonesia, unfocused (the overview) and focused on one cluster,
// saves a screenshot of each and prints the time from navigation to the view's first drawing
// (data-ready). What bench/overview.ts cannot see: the browser's side of the same answer.
// Run: node bin/run-ts.mjs test/browser/overview-national.ts http://127.0.0.1:PORT OUT_DIR [CLUSTER_ID]
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './harness.ts';

const [base, out, clusterArg] = process.argv.slice(2);
if (!base || !out) {
  console.error('usage: overview-national.ts SERVER_URL OUT_DIR [CLUSTER_ID]');
  process.exit(2);
}
await mkdir(out, { recursive: true });

// The largest cluster unless one is named: the focused view a reader is most likely to open.
async function biggestCluster(): Promise<string> {
  const answer = (await (await fetch(`${base}/api/graph?view=network&group=auto`)).json()) as { nodes: Array<{ id: string; label: string; members?: number }> };
  const clusters = answer.nodes.filter((n) => n.label === 'Cluster').sort((a, b) => (b.members ?? 0) - (a.members ?? 0));
  if (!clusters[0]) throw new Error('the overview has no cluster node to focus');
  return clusters[0].id;
}

const cluster = clusterArg ?? (await biggestCluster());
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
try {
  for (const view of ['network', 'tiers', 'map'] as const) {
    for (const lang of ['en', 'id'] as const) {
      for (const focus of ['', cluster]) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text());
        });
        const query = new URLSearchParams({ view, lang, ...(focus ? { cluster: focus } : {}) });
        const t = performance.now();
        await page.goto(`${base}/?${query}`);
        await page.waitForSelector(`#${view}-view[data-ready=true]`, { timeout: 300_000 });
        const ms = performance.now() - t;
        await page.waitForTimeout(1500); // let the first layout ticks settle before the picture
        const name = `${view}-${lang}-${focus ? 'focused' : 'overview'}`;
        await page.screenshot({ path: path.join(out, `${name}.png`) });
        const nodes = await page.getAttribute(`#${view}-view`, 'data-node-count');
        console.log(`${name}: first drawing ${(ms / 1000).toFixed(1)} s, ${nodes ?? '?'} nodes${errors.length ? `; errors: ${errors.join(' | ')}` : ''}`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
}
