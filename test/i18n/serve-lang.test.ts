// `rantai serve --lang id` through the real executable: the line saying where it listens, and the
// graceful stop after SIGTERM, are the catalogue's Indonesian sentences (server/i18n/messages/runtime.ts),
// with the counts /api/health reports; the API itself still answers each request in its own language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/datasets.ts';
import { serveChild } from '../helpers/serve.ts';

let dataDir: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  dataDir = await tempDir('rantai-serve-lang-');
});
afterAll(async () => dataDir?.cleanup());

describe('rantai serve --lang id', () => {
  it('says where it listens and how it stopped in Indonesian', async () => {
    const served = await serveChild(['--host', '127.0.0.1', '--lang', 'id'], dataDir.dir, /^Rantai berjalan di http:\/\/localhost:(\d+) \(penyimpanan tertanam: (\d+) perusahaan, (\d+) sentra\)$/m);
    const [, port, firms, clusters] = served.listening;
    const health = (await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()) as { counts: { nodes: Record<string, number> } };
    // The seed has fewer than 1,000 firms, so the Indonesian count is written without a separator.
    expect(Number(firms)).toBe(health.counts.nodes.Firm);
    expect(Number(clusters)).toBe(health.counts.nodes.Cluster);
    expect(await served.stop()).toBe(0);
    const err = served.stderr();
    expect(err).toMatch(/^SIGTERM: menghentikan layanan; koneksi baru tidak diterima, 0 permintaan yang sedang diproses boleh diselesaikan$/m);
    expect(err).toMatch(/^berhenti setelah \d+ milidetik: 0 dari 0 permintaan yang sedang diproses selesai$/m);
    expect(err).not.toMatch(/stopping|stopped after|in flight/);
  }, 60_000);
});
