// Frame time of pan and zoom in the network view, in headless Chromium (Debian's /usr/bin/chromium
// through playwright-core), on generated graphs of about 5,000 and 20,000 nodes; also the layout
// time. The peer is the same interaction drawn as SVG elements (the renderer used for small graphs)
// at 5,000 nodes, measured in the same run. Needs a built front end (npm run build:web).
// Run: npm run bench -- web-frames
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startServer } from '../server/api/index.ts';
import { WEB_ROOT } from '../server/config.ts';
import { EmbeddedStore } from '../server/store/index.ts';
import { generateDataset } from '../seed/generator/index.ts';

// Sent as text: tsx's transform would add helper calls to a function passed to page.evaluate.
const FRAMES_SCRIPT = `(async (duration) => {
  const hook = window.__rantai.network;
  const start = hook.currentTransform();
  const times = [];
  await new Promise((resolve) => {
    const t0 = performance.now();
    const step = (now) => {
      times.push(now);
      const phase = (now - t0) / 1000;
      hook.setTransform(start.x + 120 * Math.sin(phase * 3), start.y + 80 * Math.cos(phase * 2.5), start.k * (1 + 0.6 * Math.sin(phase * 2)));
      if (now - t0 < duration) requestAnimationFrame(step); else resolve();
    };
    requestAnimationFrame(step);
  });
  return times.slice(1).map((t, i) => t - times[i]);
})`;

/** Pans and zooms on every animation frame for `ms`, returns the frame intervals. */
async function measureFrames(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(`${FRAMES_SCRIPT}(${ms})`) as Promise<number[]>;
}

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

export async function benchWebFrames(): Promise<void> {
  if (!existsSync(path.join(WEB_ROOT, 'index.html'))) throw new Error('build the front end first: npm run build:web');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-dev-shm-usage', ...(process.env.CHROMIUM_ARGS ?? '').split(' ').filter(Boolean)] });
  const results: Array<{ label: string; nodes: number; layoutMs: number; median: number; p95: number }> = [];
  try {
    for (const { firms, clusters, render } of [
      { firms: 5000, clusters: 60, render: 'canvas' },
      { firms: 5000, clusters: 60, render: 'svg' },
      { firms: 20000, clusters: 200, render: 'canvas' },
    ]) {
      const store = new EmbeddedStore(generateDataset({ clusters, firms, components: 300, seed: 11 }));
      const server = await startServer({ store, neo4jStatus: async () => ({ configured: false, reachable: false }) }, 0, '127.0.0.1', { log: () => {}, webRoot: WEB_ROOT });
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      try {
        await page.goto(`${server.url}/?view=network&missing=0&render=${render}`);
        await page.waitForSelector('#network-view[data-ready=true]', { timeout: 300_000 });
        const info = (await page.evaluate('({ layoutMs: window.__rantai.network.layoutMs(), nodes: window.__rantai.network.nodeCount(), mode: window.__rantai.network.mode() })')) as { layoutMs: number; nodes: number; mode: string };
        await measureFrames(page, 500); // warm-up
        const frames = await measureFrames(page, 3000);
        const median = quantile(frames, 0.5);
        const p95 = quantile(frames, 0.95);
        results.push({ label: `${info.mode} ${info.nodes}`, nodes: info.nodes, layoutMs: info.layoutMs, median, p95 });
        console.log(`${info.mode.padEnd(6)} ${String(info.nodes).padStart(6)} nodes  layout ${(info.layoutMs / 1000).toFixed(2)} s  frame median ${median.toFixed(1)} ms (${(1000 / median).toFixed(0)} fps)  p95 ${p95.toFixed(1)} ms  mean ${(frames.length / (frames.reduce((a, b) => a + b, 0) / 1000)).toFixed(0)} fps (${frames.length} frames in 3 s)`);
      } finally {
        await page.close();
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  const canvas5k = results.find((r) => r.label.startsWith('canvas') && r.nodes < 10_000);
  const svg5k = results.find((r) => r.label.startsWith('svg'));
  const canvas20k = results.find((r) => r.label.startsWith('canvas') && r.nodes >= 10_000);
  if (canvas5k && svg5k) console.log(`canvas vs SVG at ~5,000 nodes: median frame ${(svg5k.median / canvas5k.median).toFixed(1)}x shorter on canvas`);
  if (canvas20k) console.log(`target: 20,000 nodes at >= 30 fps -> ${(1000 / canvas20k.median).toFixed(0)} fps median (${canvas20k.median <= 1000 / 30 ? 'met' : 'missed'})`);
}
