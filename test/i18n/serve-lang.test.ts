// `rantai serve --lang id` through the real executable: the line saying where it listens, and the
// graceful stop after SIGTERM, are the catalogue's Indonesian sentences (server/i18n/messages/runtime.ts),
// with the counts /api/health reports; the API itself still answers each request in its own language.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.ts';
import { tempDir } from '../helpers/datasets.ts';

let dataDir: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  dataDir = await tempDir('rantai-serve-lang-');
});
afterAll(async () => dataDir?.cleanup());

describe('rantai serve --lang id', () => {
  it('says where it listens and how it stopped in Indonesian', async () => {
    const child = spawn(process.execPath, ['bin/rantai.mjs', 'serve', '--port', '0', '--host', '127.0.0.1', '--lang', 'id'], {
      cwd: REPO,
      // An empty data folder: the seed is served, not an upload kept by another test.
      env: { ...process.env, NEO4J_URI: '', RANTAI_WRITE_TOKEN: '', RANTAI_DATA_DIR: dataDir.dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const listening = await new Promise<RegExpExecArray>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /^Rantai berjalan di http:\/\/localhost:(\d+) \(penyimpanan tertanam: (\d+) perusahaan, (\d+) sentra\)$/m.exec(out);
        if (m) resolve(m);
      });
      void exit.then(() => reject(new Error(`rantai serve exited before it listened:\n${out}\n${err}`)));
    });
    const [, port, firms, clusters] = listening;
    const health = (await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()) as { counts: { nodes: Record<string, number> } };
    // The seed has fewer than 1,000 firms, so the Indonesian count is written without a separator.
    expect(Number(firms)).toBe(health.counts.nodes.Firm);
    expect(Number(clusters)).toBe(health.counts.nodes.Cluster);
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(err).toMatch(/^SIGTERM: menghentikan layanan; koneksi baru tidak diterima, 0 permintaan yang sedang diproses boleh diselesaikan$/m);
    expect(err).toMatch(/^berhenti setelah \d+ milidetik: 0 dari 0 permintaan yang sedang diproses selesai$/m);
    expect(err).not.toMatch(/stopping|stopped after|in flight/);
  }, 60_000);
});
