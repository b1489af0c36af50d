// The console's query slots (server/console/slots.ts): a few per client, a few in all, 429 and 503
// with a Retry-After in seconds that says when the first running query should end.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { retryAfterHeader } from '../../server/console/index.ts';
import { ConsoleSlots } from '../../server/console/slots.ts';
import { AppError } from '../../server/errors.ts';

const refusal = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('not refused');
};

describe('ConsoleSlots', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('gives each client two slots and answers the third with 429 and when to retry', () => {
    const slots = new ConsoleSlots({ perClient: 2, total: 4 });
    slots.acquire('10.0.0.1', 10_000);
    vi.advanceTimersByTime(3_000);
    slots.acquire('10.0.0.1', 10_000);
    const error = refusal(() => slots.acquire('10.0.0.1', 10_000));
    expect([error.code, error.status]).toEqual(['too_many_requests', 429]);
    // The first query should end 10 s after it started, 7 s from now.
    expect(error.details).toEqual({ retryAfterSeconds: 7, running: 2, limit: 2 });
    expect(error.message).toMatch(/already have 2 console queries running.*counts until Neo4j has really ended it.*7 s/);
    expect(retryAfterHeader(error)).toBe('7');
    // Another client still gets its own.
    expect(() => slots.acquire('10.0.0.2', 10_000)).not.toThrow();
  });

  it('answers 503 console_busy when all slots are taken, and frees a slot when it is given back', () => {
    const slots = new ConsoleSlots({ perClient: 2, total: 3 });
    const releaseA = slots.acquire('a', 5_000);
    slots.acquire('b', 5_000);
    slots.acquire('c', 5_000);
    const error = refusal(() => slots.acquire('d', 5_000));
    expect([error.code, error.status, retryAfterHeader(error)]).toEqual(['console_busy', 503, '5']);
    releaseA();
    releaseA();
    expect(slots.inUse()).toBe(2);
    expect(() => slots.acquire('d', 5_000)).not.toThrow();
  });

  it('says 5 s when every running query is already past its time limit (Neo4j still ending it)', () => {
    const slots = new ConsoleSlots({ perClient: 1, total: 4 });
    slots.acquire('a', 1_000);
    vi.advanceTimersByTime(60_000);
    expect((refusal(() => slots.acquire('a', 1_000)).details as { retryAfterSeconds: number }).retryAfterSeconds).toBe(5);
  });

  it('makes a client whose query held Neo4j past its time limit wait as long again; others are not kept waiting', () => {
    // A helper's attack: two addresses sent again, as soon as Neo4j ended them, queries it cannot
    // stop in time, and every slot stayed taken (503 for everyone). Worked by hand: the query was
    // expected to end 12 s after it started (10 s limit + 2 s grace) and Neo4j ended it 42 s after,
    // 30 s late, so its client waits 30 s.
    const slots = new ConsoleSlots({ perClient: 2, total: 4 });
    const release = slots.acquire('10.0.0.9', 12_000);
    vi.advanceTimersByTime(42_000);
    release();
    const error = refusal(() => slots.acquire('10.0.0.9', 12_000));
    expect([error.code, error.status, retryAfterHeader(error)]).toEqual(['too_many_requests', 429, '30']);
    expect(error.details).toEqual({ retryAfterSeconds: 30, overdueSeconds: 30 });
    expect(error.message).toMatch(/^your last console query ran 30 s past its time limit before Neo4j could end it.*in 30 s/);
    expect(() => slots.acquire('10.0.0.10', 12_000, 'id')).not.toThrow();
    vi.advanceTimersByTime(20_000);
    const id = refusal(() => slots.acquire('10.0.0.9', 12_000, 'id'));
    expect(id.message).toMatch(/^kueri konsol Anda sebelumnya berjalan 30 detik melewati batas waktunya.*dalam 10 detik/);
    vi.advanceTimersByTime(10_000);
    expect(() => slots.acquire('10.0.0.9', 12_000)).not.toThrow();
  });

  it('lets a query that ended a little late (within 5 s of its expected end) or in time cost no wait, and caps a wait at 15 minutes', () => {
    const slots = new ConsoleSlots({ perClient: 1, total: 4 });
    const inTime = slots.acquire('a', 12_000);
    vi.advanceTimersByTime(1_000);
    inTime();
    const late = slots.acquire('a', 12_000);
    vi.advanceTimersByTime(12_000 + 5_000);
    late();
    expect(() => slots.acquire('a', 12_000)()).not.toThrow();
    const stubborn = slots.acquire('b', 12_000);
    vi.advanceTimersByTime(12_000 + 60 * 60_000);
    stubborn();
    expect((refusal(() => slots.acquire('b', 12_000)).details as { retryAfterSeconds: number }).retryAfterSeconds).toBe(15 * 60);
  });

  it('gives no Retry-After for other errors', () => {
    expect(retryAfterHeader(new AppError('query_refused', 'no'))).toBeNull();
    expect(retryAfterHeader(new Error('x'))).toBeNull();
  });
});
