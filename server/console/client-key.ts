// Who counts as one client of the console's slots and cool-down (slots.ts). An IPv4 address is one
// client. An IPv6 address is not: a single host is usually given a whole /64 network (2^64
// addresses) and may send from any of them, so keyed by address one machine could take every slot
// or escape its cool-down by changing address each query. Its /64 prefix is the client, as rate
// limiters commonly do; an IPv4 address written in IPv6 (::ffff:192.0.2.1) is its IPv4 address.
import { isIPv4, isIPv6 } from 'node:net';

/** The eight 16-bit groups of an IPv6 address (with "::" expanded and a trailing IPv4 part read). */
function groups(address: string): number[] {
  let text = address;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4?.[1] !== undefined) {
    const [a = 0, b = 0, c = 0, d = 0] = v4[1].split('.').map(Number);
    text = `${text.slice(0, -v4[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const read = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const front = read(head);
  const back = tail === undefined ? [] : read(tail);
  return [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back];
}

/** The client a request's address stands for: the IPv4 address, or the /64 an IPv6 address is in. */
export function consoleClientKey(address: string | undefined): string {
  if (address === undefined || address === '') return 'unknown';
  // A zone (fe80::1%eth0) names the interface, not the peer.
  const bare = address.split('%')[0] ?? address;
  if (isIPv4(bare)) return bare;
  if (!isIPv6(bare)) return bare;
  const g = groups(bare);
  // ::ffff:a.b.c.d is an IPv4 peer on a dual-stack socket.
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) {
    const [hi = 0, lo = 0] = g.slice(6);
    return `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
  }
  return `${g.slice(0, 4).map((x) => x.toString(16)).join(':')}::/64`;
}
