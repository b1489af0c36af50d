// One load at a time into a Neo4j database, across processes and machines (cypher/load/README.md,
// "One load at a time"): a RantaiLock node with an owner and an expiry, created atomically under a
// uniqueness constraint, renewed while the load runs, released in finally, and taken over when it
// has expired (or when its holder is a process of this machine that died). A load that finds the
// lock held fails at once with 409 load_in_progress naming the holder.
import { createHash, randomUUID } from 'node:crypto';
import { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { AppError } from '../../errors.ts';
import { LANGS, render, text, type Lang, type Text } from '../../i18n/index.ts';
import { cypherFile } from '../cypher-files.ts';
import { holderIsGone, thisHolder } from './holder.ts';
import { toNeo4jParam, toPlain } from './values.ts';

export const DEFAULT_LOCK_TTL_MS = 60_000;

/** The product's languages (server/i18n), under the names the load command uses. */
export const LOCK_LANGS = LANGS;
export type LockLang = Lang;

/** The lock node's properties as stored (times in Neo4j's epoch milliseconds). */
export interface LockInfo {
  /** A SHA-256 of the holder's token (tokenKey). */
  token: string;
  owner: string;
  host: string;
  machine: string;
  pid: number;
  dataset: string;
  acquiredAt: number;
  renewedAt: number;
  expiresAt: number;
}

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

/** Who holds the lock (server/i18n/messages/lock.ts), as the 409 and the CLI tell it. */
const lockHeldText = (lock: LockInfo): Text =>
  text('lock.held', { owner: lock.owner, dataset: lock.dataset, since: iso(lock.acquiredAt), expires: iso(lock.expiresAt) });

export const lockHeldMessage = (lock: LockInfo, lang: LockLang = 'en'): string => render(lang, lockHeldText(lock));

export const lockLostMessage = (lang: LockLang = 'en'): string => render(lang, text('lock.lost'));

export class LoadLockedError extends AppError {
  readonly holder: LockInfo;
  constructor(holder: LockInfo) {
    super('load_in_progress', lockHeldText(holder), { holder: publicInfo(holder) });
    this.holder = holder;
  }
}

export class LoadLockLostError extends AppError {
  constructor() {
    super('load_in_progress', text('lock.lost'));
  }
}

/** What a 409 shows of the holder (not its token, which would let a client release the lock). */
function publicInfo(lock: LockInfo): Record<string, unknown> {
  return { owner: lock.owner, dataset: lock.dataset, acquiredAt: iso(lock.acquiredAt), expiresAt: iso(lock.expiresAt) };
}

/**
 * What the lock stores of a load's token: its SHA-256. The lock node can be read through the Cypher
 * console while a load runs, and the token itself, which the 409 withholds, should not be.
 */
const tokenKey = (token: string): string => createHash('sha256').update(token).digest('hex');

type Attempt = { kind: 'held'; lock: LockInfo } | { kind: 'taken' };

/** Thrown inside the take-over transaction to roll it back and look again. */
class LockChanged extends Error {}

const RACE_CODES = new Set(['Neo.ClientError.Schema.ConstraintValidationFailed', 'Neo.ClientError.Statement.EntityNotFound']);

export interface LoadLock {
  readonly token: string;
  /** The lock that was taken over to get this one (expired, or its holder died), if any. */
  readonly tookOver: LockInfo | null;
  /** Renews the lock inside `tx` (the swap): throws LoadLockLostError when it is no longer ours. */
  confirm(tx: ManagedTransaction): Promise<void>;
  /** Whether a renewal found the lock gone to someone else. */
  readonly lost: boolean;
  release(): Promise<void>;
}

async function run(tx: ManagedTransaction, file: string, params: Record<string, unknown>): Promise<Array<Record<string, unknown>>> {
  const result = await tx.run(await cypherFile(`load/${file}`), toNeo4jParam(params) as Record<string, unknown>);
  return result.records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
}

/**
 * Takes the load lock of `database` for loading `dataset`, or throws LoadLockedError naming its
 * holder. Needs the schema (its uniqueness constraint) applied first.
 */
export async function acquireLoadLock(driver: Driver, database: string, dataset: string, ttlMs = DEFAULT_LOCK_TTL_MS): Promise<LoadLock> {
  const token = randomUUID();
  const holder = thisHolder();
  let tookOver: LockInfo | null = null;
  for (let attempt = 1; ; attempt++) {
    const session = driver.session({ database });
    try {
      const outcome = await session.executeWrite(async (tx): Promise<Attempt> => {
        const [row] = await run(tx, 'lock-read.cypher', {});
        const current = row?.lock as LockInfo | null;
        if (current) {
          const gone = holderIsGone(current);
          if (!gone && current.expiresAt >= (row!.now as number)) return { kind: 'held', lock: current };
          const [removed] = await run(tx, 'lock-take-over.cypher', { staleToken: current.token, holderGone: gone });
          if (removed?.removed !== 1) throw new LockChanged('the stale lock was renewed or replaced meanwhile');
          tookOver = current;
        }
        await run(tx, 'lock-create.cypher', { token: tokenKey(token), ...holder, dataset, ttlMs });
        return { kind: 'taken' };
      });
      if (outcome.kind === 'held') throw new LoadLockedError(outcome.lock);
      return heldLock(driver, database, token, ttlMs, tookOver);
    } catch (error) {
      // Another load created, renewed or took the lock between our read and our write: look again.
      const race = error instanceof LockChanged || (error instanceof Neo4jError && RACE_CODES.has(error.code));
      if (!race || attempt === 4) throw error;
    } finally {
      await session.close();
    }
  }
}

function heldLock(driver: Driver, database: string, token: string, ttlMs: number, tookOver: LockInfo | null): LoadLock {
  let lost = false;
  const renew = async (): Promise<void> => {
    const session = driver.session({ database });
    try {
      const rows = await session.executeWrite((tx) => run(tx, 'lock-renew.cypher', { token: tokenKey(token), ttlMs }));
      if (rows.length === 0) lost = true;
    } catch {
      // Neo4j unreachable for a moment: the next renewal tries again; the swap checks for itself.
    } finally {
      await session.close();
    }
  };
  let renewing: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    renewing = renewing.then(renew);
  }, Math.max(100, Math.floor(ttlMs / 3)));
  timer.unref();
  return {
    token,
    tookOver,
    get lost() {
      return lost;
    },
    async confirm(tx) {
      const rows = await run(tx, 'lock-renew.cypher', { token: tokenKey(token), ttlMs });
      if (rows.length === 0) {
        lost = true;
        throw new LoadLockLostError();
      }
    },
    async release() {
      clearInterval(timer);
      await renewing;
      const session = driver.session({ database });
      try {
        await session.executeWrite((tx) => run(tx, 'lock-release.cypher', { token: tokenKey(token) }));
      } finally {
        await session.close();
      }
    },
  };
}
