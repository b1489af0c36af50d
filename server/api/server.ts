// Starts the HTTP server on a port and returns a handle to stop it gracefully: close() stops
// accepting connections, closes idle keep-alive connections at once, lets the requests in flight
// finish (their responses close their connections), and only after `drainMs` closes whatever is
// left. The probe's SIGTERM with 45 requests in flight completed 3 of them, because the old close()
// dropped every connection first.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app.ts';
import { answerClientError } from './client-error.ts';
import type { ApiContext } from './context.ts';
import { checkingIntervalMs, resolveHttpLimits, type HttpLimits } from './http-limits.ts';
import { Lifecycle } from './lifecycle.ts';

export interface ServerOptions extends AppOptions {
  limits?: Partial<HttpLimits>;
}

export interface ShutdownReport {
  /** Requests in flight when the drain began. */
  inFlightAtStart: number;
  /** Requests whose connection was closed at the end of the drain, unfinished. */
  cutOff: number;
  elapsedMs: number;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Requests being answered right now. */
  inFlight: () => number;
  /** Graceful stop (see the file comment); `drainMs` overrides the configured drain time. */
  close: (options?: { drainMs?: number }) => Promise<ShutdownReport>;
  /** Ends a drain in progress now, closing every connection (a second Ctrl-C). */
  forceClose: () => void;
}

export async function startServer(ctx: ApiContext, port: number, host = '127.0.0.1', options: ServerOptions = {}): Promise<RunningServer> {
  const limits = resolveHttpLimits({ ...options.limits, bodyTimeoutMs: options.limits?.bodyTimeoutMs ?? options.bodyTimeoutMs });
  const lifecycle = new Lifecycle();
  const app = createApp(ctx, { ...options, bodyTimeoutMs: limits.bodyTimeoutMs, lifecycle });
  const server = createServer(
    {
      // Node requires headersTimeout ≤ requestTimeout.
      headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: checkingIntervalMs(limits),
    },
    app,
  );
  server.on('clientError', answerClientError(limits));
  server.listen(port, host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const actual = (server.address() as AddressInfo).port;

  let closing: Promise<ShutdownReport> | undefined;
  let cutOff = 0;
  const closeEverything = () => {
    cutOff = Math.max(cutOff, lifecycle.inFlight);
    server.closeAllConnections();
  };
  const close = ({ drainMs = limits.drainMs }: { drainMs?: number } = {}): Promise<ShutdownReport> => {
    closing ??= (async () => {
      const started = Date.now();
      const inFlightAtStart = lifecycle.inFlight;
      lifecycle.beginDrain();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // Connections that become idle during the drain close themselves (Connection: close); the
      // timer ends the drain for requests that do not finish in time.
      const timer = setTimeout(closeEverything, drainMs);
      await lifecycle.idle().then(() => server.closeIdleConnections());
      await closed;
      clearTimeout(timer);
      return { inFlightAtStart, cutOff, elapsedMs: Date.now() - started };
    })();
    return closing;
  };
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    inFlight: () => lifecycle.inFlight,
    close,
    forceClose: () => {
      if (closing) closeEverything();
      else void close({ drainMs: 0 });
    },
  };
}
