// NetworkX 3.6's own test modules for link prediction, betweenness (node and edge), PageRank and
// Louvain, run by pytest from the installed NetworkX package (not copied here), with every call of
// those functions answered by POST /api/analysis/graph of a real Rantai server
// (rantai_networkx.py, loaded as a pytest plugin, sends each test graph and turns the answer back
// into NetworkX's types). NetworkX's assertions are the reference.
// Counted from pytest's JUnit report: every case runs and passes, none is skipped (the route answers
// nx.google_matrix too, so no case is out of scope; the adapter's OUT_OF_SCOPE is empty).
// A control run with deliberately perturbed answers (RANTAI_PERTURB) must fail most cases, so a
// pass means the answers were checked.
// pytest (and NetworkX/SciPy, if missing) are installed with pip; nothing is skipped when they are
// absent.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/api/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { serveStore } from '../helpers/server.ts';

const run = promisify(execFile);
const PLUGIN_DIR = fileURLToPath(new URL('.', import.meta.url));
const MODULES = [
  'algorithms/tests/test_link_prediction.py',
  'algorithms/centrality/tests/test_betweenness_centrality.py',
  'algorithms/link_analysis/tests/test_pagerank.py',
  'algorithms/community/tests/test_louvain.py',
];

const python = (code: string): string => execFileSync('python3', ['-c', code], { encoding: 'utf8' }).trim();
const has = (module: string): boolean => {
  try {
    python(`import ${module}`);
    return true;
  } catch {
    return false;
  }
};

interface Report {
  total: number;
  failed: string[];
  skipped: Array<{ name: string; reason: string }>;
  passed: number;
}

async function pytest(server: RunningServer, env: Record<string, string>): Promise<Report> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rantai-networkx-'));
  try {
    const nx = python('import networkx, os; print(os.path.dirname(networkx.__file__))');
    const xml = path.join(dir, 'report.xml');
    const args = ['-m', 'pytest', '-p', 'rantai_networkx', '-p', 'no:cacheprovider', '-q', `--junitxml=${xml}`, ...MODULES.map((m) => path.join(nx, m))];
    // pytest exits 1 when a case fails; the report says which.
    await run('python3', args, { cwd: dir, env: { ...process.env, ...env, RANTAI_URL: server.url, PYTHONPATH: PLUGIN_DIR }, maxBuffer: 64 * 1024 * 1024 }).catch((e: { code?: number }) => {
      if (e.code !== 1) throw e;
    });
    const text = await readFile(xml, 'utf8');
    const cases = [...text.matchAll(/<testcase [^>]*name="([^"]*)"[^>]*?(?:\/>|>([\s\S]*?)<\/testcase>)/g)];
    const report: Report = { total: cases.length, failed: [], skipped: [], passed: 0 };
    for (const [, name, body = ''] of cases) {
      if (/<(failure|error)/.test(body)) report.failed.push(name!);
      else if (/<skipped/.test(body)) report.skipped.push({ name: name!, reason: /message="([^"]*)"/.exec(body)?.[1] ?? '' });
      else report.passed++;
    }
    return report;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

let server: RunningServer;
beforeAll(async () => {
  if (!has('networkx') || !has('scipy')) execFileSync('python3', ['-m', 'pip', 'install', '-q', 'networkx==3.6.1', 'scipy', 'numpy'], { stdio: 'inherit' });
  if (!has('pytest')) execFileSync('python3', ['-m', 'pip', 'install', '-q', 'pytest'], { stdio: 'inherit' });
  server = await serveStore(new EmbeddedStore(await readDataset('seed/indonesia')));
}, 600_000);
afterAll(async () => server?.close());

describe("NetworkX 3.6's own tests, answered by POST /api/analysis/graph", () => {
  it('runs on NetworkX 3.6', () => {
    expect(python('import networkx; print(networkx.__version__)')).toMatch(/^3\.6\./);
  });

  it('every case runs and passes, none skipped', async () => {
    const report = await pytest(server, {});
    console.log(`NetworkX test modules through Rantai: ${report.total} cases, ${report.passed} passed, ${report.failed.length} failed, ${report.skipped.length} skipped`);
    expect(report.failed).toEqual([]);
    expect(report.skipped).toEqual([]);
    // NetworkX 3.6.1: 236 cases in the four modules (node and edge betweenness, link prediction,
    // PageRank with google_matrix, Louvain).
    expect(report.total).toBe(236);
    expect(report.passed).toBe(236);
  }, 600_000);

  it('the control run with perturbed answers fails most cases (the assertions check the answers)', async () => {
    const report = await pytest(server, { RANTAI_PERTURB: '1' });
    expect(report.failed.length).toBeGreaterThan(100);
  }, 600_000);
});
