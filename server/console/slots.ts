// How many console queries may be in Neo4j at once: a few per client (by IP address) and a few in
// all. A slot is held until Neo4j has really ended the query, not merely until the HTTP answer: a
// query stopped at its time limit that Neo4j is still computing (see budget.ts for why that can
// happen) keeps its slot, so no client can pile up queries that Neo4j cannot stop.
// That alone let two addresses keep every slot (503 console_busy for all) by sending again, as
// soon as Neo4j ended them, queries it cannot stop in time (a helper's attack, with work no text
// check bounds). So a client whose query held Neo4j more than COOLDOWN_AFTER_MS past its time limit
// then waits as long again (at most MAX_COOLDOWN_MS) before its next query: such a lockout can last
// no longer than one round, and an analyst whose costly query was stopped late is told why.
import { AppError } from '../errors.ts';
import { consoleMessages, type ConsoleLang } from './messages.ts';

export interface SlotLimits {
  /** Console queries one client may have in Neo4j at once. */
  perClient: number;
  /** Console queries all clients together may have in Neo4j at once. */
  total: number;
}

/** Past its expected end by more than this, a query costs its client a wait (Neo4j's own 408 comes well within it). */
export const COOLDOWN_AFTER_MS = 5_000;
/** The longest wait a client is given. */
export const MAX_COOLDOWN_MS = 15 * 60_000;

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

/** What the 429 of a client in its wait carries: how long its last query outlived its time limit. */
export interface CoolingDown {
  retryAfterSeconds: number;
  overdueSeconds: number;
}

interface Wait {
  until: number;
  overdueMs: number;
}

export class ConsoleSlots {
  private readonly held = new Set<Held>();
  /** Clients waiting after a query that held Neo4j past its time limit. */
  private readonly waits = new Map<string, Wait>();

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
    // Ended waits are forgotten here too, not only when their client comes back (which it may never).
    for (const [other, w] of this.waits) if (w.until <= Date.now()) this.waits.delete(other);
    const wait = this.waitOf(client);
    if (wait !== null) {
      const details: CoolingDown = { retryAfterSeconds: Math.max(1, Math.ceil((wait.until - Date.now()) / 1000)), overdueSeconds: Math.round(wait.overdueMs / 1000) };
      throw new AppError('too_many_requests', consoleMessages(lang).coolingDown(details.overdueSeconds, details.retryAfterSeconds), details);
    }
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
      if (!this.held.delete(slot)) return;
      const overdueMs = Date.now() - slot.endsAt;
      if (overdueMs > COOLDOWN_AFTER_MS) {
        const until = Date.now() + Math.min(overdueMs, MAX_COOLDOWN_MS);
        const before = this.waitOf(client);
        if (before === null || before.until < until) this.waits.set(client, { until, overdueMs });
      }
    };
  }

  /** The client's wait, if it is still waiting (an ended wait is forgotten). */
  private waitOf(client: string): Wait | null {
    const wait = this.waits.get(client);
    if (wait === undefined) return null;
    if (wait.until > Date.now()) return wait;
    this.waits.delete(client);
    return null;
  }
}

/** Seconds until the first of these queries should end; 5 when all are past their time limit. */
function retryAfter(slots: readonly Held[]): number {
  const now = Date.now();
  const soonest = Math.min(...slots.map((s) => s.endsAt));
  return soonest > now ? Math.max(1, Math.ceil((soonest - now) / 1000)) : 5;
}
