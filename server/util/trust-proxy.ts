// RANTAI_TRUST_PROXY: behind a reverse proxy every request arrives from the proxy's address, so the
// Cypher console would count all users as one client (one user's overrun would make everyone wait,
// and two users would fill its slots). Naming the proxies lets Express read the client's address
// from X-Forwarded-For; unset (the default) the header is ignored, since any client can write it.
import { isIP } from 'node:net';

/** Express's names for address ranges ('trust proxy'). */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An address, an address/prefix (CIDR) or one of Express's range names. */
function isProxyAddress(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [address = '', prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * The setting as Express takes it: how many proxies stand in front (1 to 10), or the proxies'
 * addresses; null when the setting is malformed.
 */
export function parseTrustProxy(setting: string): number | string[] | null {
  const trimmed = setting.trim();
  if (/^\d+$/.test(trimmed)) {
    const hops = Number(trimmed);
    return hops >= 1 && hops <= 10 ? hops : null;
  }
  const entries = trimmed.split(',').map((s) => s.trim());
  return entries.length > 0 && entries.every(isProxyAddress) ? entries : null;
}
