// Embedded uploads survive a restart (issue 14 item 5): `rantai serve` on the embedded store, an
// upload, then the server process is killed with SIGKILL (no chance to flush anything) and started
// again on the same data folder: it serves the uploaded dataset (same name, load time, counts and
// content hash), not the seed. With an empty data folder it serves the seed.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetHash, datasetToCsvTexts, datasetToGraph } from '../../server/model/index.ts';
import type { DatasetInfo } from '../../server/store/index.ts';
import { REPO } from '../helpers/cli.ts';
import { smallDataset, tempDir } from '../helpers/datasets.ts';
import { zipOf } from './zips.ts';

const TOKEN = 'restart-test-token-0123456789';
const running: ChildProcess[] = [];
afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
});

/** Starts `rantai serve` on a free port and resolves with its URL once it listens. */
function serve(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['bin/rantai.mjs', 'serve', '--port', '0', '--host', '127.0.0.1'], {
    cwd: REPO,
    env: { ...process.env, NEO4J_URI: '', RANTAI_DATA_DIR: dataDir, RANTAI_WRITE_TOKEN: TOKEN, RANTAI_DATASET: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /http:\/\/localhost:(\d+)/.exec(out);
      if (m) resolve({ url: `http://127.0.0.1:${m[1]}`, child });
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`rantai serve exited with ${code}: ${err}`)));
  });
}

const health = async (url: string) => (await (await fetch(`${url}/api/health`)).json()) as { dataset: string; provenance: DatasetInfo };

const killed = (child: ChildProcess) => new Promise<void>((resolve) => {
  child.once('exit', () => resolve());
  child.kill('SIGKILL');
});

describe('embedded uploads survive a restart', () => {
  it('SIGKILL after an upload, restart: the uploaded dataset is served', async () => {
    const { dir, cleanup } = await tempDir('rantai-data-');
    try {
      const first = await serve(dir);
      const seed = await health(first.url);
      expect(seed.dataset).toBe('seed/indonesia');
      expect(seed.provenance.source).toBe('folder seed/indonesia');

      const uploaded = smallDataset(2);
      const res = await fetch(`${first.url}/api/datasets?name=Sentra%20uji`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/zip' },
        body: zipOf(Object.fromEntries(datasetToCsvTexts(uploaded))),
      });
      expect(res.status).toBe(200);
      const before = await health(first.url);
      expect(before.dataset).toBe('Sentra uji');
      await killed(first.child);

      // An interrupted write of a later upload leaves only a temporary file, which is ignored.
      await writeFile(path.join(dir, '.dataset.json.999.1.tmp'), '{"rantai":1,"na');
      const second = await serve(dir);
      const after = await health(second.url);
      expect(after.provenance).toEqual(before.provenance);
      // Independent of the server: the hash of the uploaded dataset's graph, computed here.
      expect(after.provenance.hash).toBe(datasetHash(datasetToGraph(uploaded)));
      expect(after.provenance.counts.nodes.Firm).toBe(uploaded.firms.length);
      await killed(second.child);
      expect((await readdir(dir)).filter((f) => !f.endsWith('.tmp'))).toEqual(['dataset.json']);
    } finally {
      await cleanup();
    }
  });
});
