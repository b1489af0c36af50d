// Who one console client is (server/console/client-key.ts): an IPv4 address, or the /64 network an
// IPv6 address is in. Before, an IPv6 host (given a /64, 2^64 addresses) could escape its cool-down
// or take every slot by sending each query from another address of its own network.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { consoleClientKey } from '../../server/console/index.ts';
import { ConsoleSlots } from '../../server/console/slots.ts';
import { AppError } from '../../server/errors.ts';

describe('consoleClientKey', () => {
  it.each([
    // IPv4 addresses are clients as they are.
    ['192.0.2.7', '192.0.2.7'],
    // IPv4 on a dual-stack socket: ::ffff:c000:207 is 192.0.2.7 (0xc0 = 192, 0x00 = 0, 0x02 = 2, 0x07 = 7).
    ['::ffff:192.0.2.7', '192.0.2.7'],
    ['::ffff:c000:207', '192.0.2.7'],
    // The first four groups, with the "::" of the written form expanded to zeros.
    ['2001:db8:85a3:8d3:1319:8a2e:370:7348', '2001:db8:85a3:8d3::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:0DB8:0000:0000:ffff:0:0:2', '2001:db8:0:0::/64'],
    ['2001:db8:0:1::1', '2001:db8:0:1::/64'],
    ['::1', '0:0:0:0::/64'],
    // A zone names the interface, not the peer.
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    [undefined, 'unknown'],
  ])('%s is the client %s', (address, key) => {
    expect(consoleClientKey(address)).toBe(key);
  });
});

describe('the cool-down with IPv6 clients', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('keeps another address of the same /64 waiting, and not one of another /64', () => {
    const slots = new ConsoleSlots({ perClient: 2, total: 4 });
    // Expected to end after 12 s, ended after 42 s: 30 s late, so the client waits 30 s (slots.test).
    const release = slots.acquire(consoleClientKey('2001:db8:1:2::a'), 12_000);
    vi.advanceTimersByTime(42_000);
    release();
    let refused: unknown;
    try {
      slots.acquire(consoleClientKey('2001:db8:1:2:ffff:ffff:ffff:fffe'), 12_000);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(429);
    expect(() => slots.acquire(consoleClientKey('2001:db8:1:3::a'), 12_000)).not.toThrow();
  });
});
