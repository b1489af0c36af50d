// Time limits of the HTTP server. Node's defaults let a slow client hold a socket for 300 s
// (requestTimeout) and only check every 30 s; these are what a JSON API behind a load balancer
// needs. Uploads (up to 50 MB) get the whole request timeout; JSON bodies (at most a few MB) get
// the much shorter body timeout of json-body.ts.
import { z } from 'zod';

export const httpLimitsShape = z.object({
  /** The request line and headers must arrive within this (slow-loris headers are cut off with 408). */
  headersTimeoutMs: z.number().int().positive().default(15_000),
  /** The whole request, body included, must arrive within this (uploads over slow links included). */
  requestTimeoutMs: z.number().int().positive().default(120_000),
  /** A JSON body must arrive within this after the headers. */
  bodyTimeoutMs: z.number().int().positive().default(15_000),
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: z.number().int().positive().default(5_000),
  /** On shutdown, requests in flight get this long to finish before their connections are closed. */
  drainMs: z.number().int().nonnegative().default(10_000),
});

export type HttpLimits = z.infer<typeof httpLimitsShape>;

export const resolveHttpLimits = (partial: Partial<HttpLimits> = {}): HttpLimits =>
  httpLimitsShape.parse(Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)));

/** How often Node checks the header and request timeouts: often enough that they hold to ~25 %. */
export const checkingIntervalMs = (limits: HttpLimits): number =>
  Math.max(100, Math.min(1_000, Math.floor(Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 4)));
