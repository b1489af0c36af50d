// RANTAI_TRUST_PROXY (server/util/trust-proxy.ts): which client the console counts. Unset, the
// socket's address is the client and X-Forwarded-For is ignored (any client can write it, so
// trusting it by default would let anyone pick a fresh address for every query). Set to the
// proxies in front, the forwarded address is the client, so users behind one reverse proxy are
// not one client sharing two slots and one cool-down.
import { afterEach, describe, expect, it } from 'vitest';
import type { ConsoleCaller } from '../../server/console/index.ts';
import { ConfigError, readConfig } from '../../server/config.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { parseTrustProxy } from '../../server/util/trust-proxy.ts';
import { serveWith, type TestServer } from '../helpers/app-with.ts';
import { smallDataset } from '../helpers/datasets.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A store whose console answers nothing and notes the client each query was counted against. */
function recordingStore(clients: string[]): EmbeddedStore {
  const store = new EmbeddedStore(smallDataset(1), 'test');
  return Object.assign(store, {
    console: async (_request: unknown, caller?: ConsoleCaller) => {
      clients.push(caller?.client ?? '(none)');
      return { columns: [], rows: [], truncated: false, limit: 1000, elapsedMs: 0 };
    },
  });
}

async function clientsOf(trustProxy: string | undefined, forwardedFor: string[]): Promise<string[]> {
  const clients: string[] = [];
  server = await serveWith(recordingStore(clients), { trustProxy });
  for (const forwarded of forwardedFor) {
    const res = await fetch(`${server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwarded },
      body: JSON.stringify({ query: 'RETURN 1' }),
    });
    expect(res.status).toBe(200);
  }
  return clients;
}

describe('the console client behind a proxy', () => {
  it('is the socket address when RANTAI_TRUST_PROXY is unset, whatever X-Forwarded-For says', async () => {
    expect(await clientsOf(undefined, ['203.0.113.5', '198.51.100.9'])).toEqual(['127.0.0.1', '127.0.0.1']);
  });

  it('is the forwarded address (an IPv6 one by its /64) when the proxy is trusted', async () => {
    // The test's requests come from 127.0.0.1, the "proxy" that loopback names.
    expect(await clientsOf('loopback', ['203.0.113.5', '2001:db8:7:8::1', '198.51.100.9, 203.0.113.77'])).toEqual([
      '203.0.113.5',
      '2001:db8:7:8::/64',
      // Two hops: the address the trusted proxy saw (the last) is the client; the first is the client's own word.
      '203.0.113.77',
    ]);
  });

  it('is the forwarded address one hop in front when the setting counts one proxy', async () => {
    expect(await clientsOf('1', ['198.51.100.9, 203.0.113.77'])).toEqual(['203.0.113.77']);
  });

  it('stays the socket address when the proxy named is not the one in front', async () => {
    expect(await clientsOf('10.0.0.0/8', ['203.0.113.5'])).toEqual(['127.0.0.1']);
  });
});

describe('RANTAI_TRUST_PROXY', () => {
  it.each([
    ['1', 1],
    ['2', 2],
    ['loopback', ['loopback']],
    ['10.0.0.1, 10.0.0.0/8, fd00::/8, uniquelocal', ['10.0.0.1', '10.0.0.0/8', 'fd00::/8', 'uniquelocal']],
  ])('%s is read as %o', (setting, parsed) => {
    expect(parseTrustProxy(setting)).toEqual(parsed);
  });

  it.each(['0', '11', 'true', 'yes', '10.0.0.300', '10.0.0.0/33', 'fd00::/129', '10.0.0.1/8/1', 'loopback,'])('%s is refused, in both languages', (setting) => {
    expect(parseTrustProxy(setting)).toBeNull();
    let thrown: unknown;
    try {
      readConfig({ RANTAI_TRUST_PROXY: setting });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).message).toMatch(/^configuration: RANTAI_TRUST_PROXY: must be the number of proxies in front \(1 to 10\)/);
    expect((thrown as ConfigError).messageIn('id')).toMatch(/^konfigurasi: RANTAI_TRUST_PROXY: harus jumlah proxy di depan server/);
  });
});
