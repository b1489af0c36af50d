// The server's life as the HTTP layer sees it: which requests are in flight, and whether it is
// draining (shutting down: no new connections, in-flight requests finish). While draining, every
// response carries `Connection: close`, so a keep-alive client does not send its next request on a
// connection that is about to go, and /api/ready answers 503 so a load balancer stops routing here.
import type { RequestHandler, Response } from 'express';

export class Lifecycle {
  private drainingSince: number | null = null;
  private readonly active = new Set<Response>();
  private readonly idleWaiters: Array<() => void> = [];

  get draining(): boolean {
    return this.drainingSince !== null;
  }

  /** Requests whose response has not finished (or whose connection has not closed) yet. */
  get inFlight(): number {
    return this.active.size;
  }

  /** Middleware, mounted first: counts the request in until its response is done. */
  readonly track: RequestHandler = (_req, res, next) => {
    this.active.add(res);
    if (this.draining) res.setHeader('Connection', 'close');
    res.once('close', () => this.done(res));
    next();
  };

  /** Starts draining: responses from now on (including those of requests in flight) close their connection. */
  beginDrain(): void {
    if (this.drainingSince !== null) return;
    this.drainingSince = Date.now();
    for (const res of this.active) if (!res.headersSent) res.setHeader('Connection', 'close');
  }

  /** Resolves when no request is in flight. */
  idle(): Promise<void> {
    if (this.active.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private done(res: Response): void {
    if (!this.active.delete(res) || this.active.size > 0) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
