// The key of a request's answer: its route, its validated request (query or body, with defaults
// applied, object keys sorted, so `?a=1&b=2` and `?b=2&a=1` are one key), whatever else the answer
// depends on (the language asked for in Accept-Language), hashed; then the data version.
import { createHash } from 'node:crypto';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export function requestKey(route: string, params: unknown, vary: string): string {
  return createHash('sha256').update(JSON.stringify([route, canonical(params ?? null), vary])).digest('base64url');
}
