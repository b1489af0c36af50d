// How many console queries may be in Neo4j at once: a few per client (by IP address) and a few in
// all. A slot is held until Neo4j has really ended the query, not merely until the HTTP answer: a
// query stopped at its time limit that Neo4j is still computing (see budget.ts for why that can
// happen) keeps its slot, so no client can pile up queries that Neo4j cannot stop.
import { AppError } from '../errors.ts';
import { consoleMessages, type ConsoleLang } from './messages.ts';

export interface SlotLimits {
  /** Console queries one client may have in Neo4j at once. */
  perClient: number;
  /** Console queries all clients together may have in Neo4j at once. */
  total: number;
}

interface Held {
  client: string;
  /** When the query is expected to end (its time limit); later means Neo4j is still finishing it. */
  endsAt: number;
}

/** What a 429 or 503 carries for the Retry-After header. */
export interface RetryLater {
  retryAfterSeconds: number;
  running: number;
  limit: number;
}

export class ConsoleSlots {
  private readonly held = new Set<Held>();

  constructor(private readonly limits: SlotLimits) {}

  /** Slots in use, for one client or for all. */
  inUse(client?: string): number {
    return [...this.held].filter((h) => client === undefined || h.client === client).length;
  }

  /**
   * Takes a slot for a query expected to end within `expectedMs`, or throws 429 too_many_requests
   * (this client is at its limit) or 503 console_busy (all slots taken), with retryAfterSeconds.
   * Returns the function that gives the slot back (calling it twice is harmless).
   */
  acquire(client: string, expectedMs: number, lang: ConsoleLang = 'en'): () => void {
    const mine = [...this.held].filter((h) => h.client === client);
    if (mine.length >= this.limits.perClient) {
      const details: RetryLater = { retryAfterSeconds: retryAfter(mine), running: mine.length, limit: this.limits.perClient };
      throw new AppError('too_many_requests', consoleMessages(lang).perClient(mine.length, details.retryAfterSeconds), details);
    }
    if (this.held.size >= this.limits.total) {
      const details: RetryLater = { retryAfterSeconds: retryAfter([...this.held]), running: this.held.size, limit: this.limits.total };
      throw new AppError('console_busy', consoleMessages(lang).busy(this.held.size, details.retryAfterSeconds), details);
    }
    const slot: Held = { client, endsAt: Date.now() + expectedMs };
    this.held.add(slot);
    return () => {
      this.held.delete(slot);
    };
  }
}

/** Seconds until the first of these queries should end; 5 when all are past their time limit. */
function retryAfter(slots: readonly Held[]): number {
  const now = Date.now();
  const soonest = Math.min(...slots.map((s) => s.endsAt));
  return soonest > now ? Math.max(1, Math.ceil((soonest - now) / 1000)) : 5;
}
