// Where `rantai serve` listens: on 127.0.0.1 unless HOST or --host says otherwise, since the Cypher
// console answers any read query; a server opened to the network says so when it starts, in --lang.
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLoopback } from '../../server/cli/commands/serve.ts';
import { tempDir } from '../helpers/datasets.ts';
import { serveChild } from '../helpers/serve.ts';

let dataDir: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  dataDir = await tempDir('rantai-serve-host-');
});
afterAll(async () => dataDir?.cleanup());

/** Starts `rantai serve` on a free port; resolves once it says where it listens. */
async function serve(args: string[]) {
  const s = await serveChild(args, dataDir.dir, /http:\/\/localhost:(\d+)/);
  // The warning is written right after the listening line; give the pipe a moment.
  await new Promise((r) => setTimeout(r, 200));
  return { port: s.listening[1]!, stderr: s.stderr, stop: s.stop };
}

/** An address of this machine that is not loopback (the project's machines have one on eth0). */
const external = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

const reachable = async (host: string, port: string) =>
  fetch(`http://${host}:${port}/api/health`).then(
    (r) => r.status,
    () => 'refused',
  );

describe('rantai serve: the interface it listens on', () => {
  it('tells loopback addresses from others', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) expect(isLoopback(h), h).toBe(true);
    for (const h of ['0.0.0.0', '::', '10.0.0.5', '192.168.1.20', 'rantai.example.org']) expect(isLoopback(h), h).toBe(false);
  });

  it('listens on 127.0.0.1 by default and says nothing about the network', async () => {
    const s = await serve(['--lang', 'en']);
    try {
      expect(await reachable('127.0.0.1', s.port)).toBe(200);
      if (external) expect(await reachable(external, s.port)).toBe('refused');
      expect(s.stderr()).not.toMatch(/network|jaringan/);
    } finally {
      expect(await s.stop()).toBe(0);
    }
  }, 60_000);

  it('--host 0.0.0.0 answers on every interface and warns, in English and in Indonesian', async () => {
    const en = await serve(['--host', '0.0.0.0', '--lang', 'en']);
    const id = await serve(['--host', '0.0.0.0', '--lang', 'id']);
    try {
      if (external) expect(await reachable(external, en.port)).toBe(200);
      expect(en.stderr()).toMatch(/^listening on 0\.0\.0\.0: other machines on the network can open the views, the API and the Cypher console; HOST=127\.0\.0\.1 keeps them to this machine$/m);
      expect(id.stderr()).toMatch(/^menerima koneksi di 0\.0\.0\.0: komputer lain di jaringan dapat membuka tampilan, API, dan konsol Cypher; HOST=127\.0\.0\.1 membatasinya ke komputer ini$/m);
    } finally {
      expect(await en.stop()).toBe(0);
      expect(await id.stop()).toBe(0);
    }
  }, 60_000);
});
