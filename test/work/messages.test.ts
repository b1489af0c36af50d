// The gate's errors and sentences: an answer V8 cannot build is 413 request_too_large (not a 500),
// each 503 carries the seconds for Retry-After, every sentence exists in English and Bahasa
// Indonesia, and the language comes from ?lang= or Accept-Language by preference.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors.ts';
import { lockHeldMessage, lockLostMessage, type LockInfo } from '../../server/store/neo4j/index.ts';
import { jsonAnswer, localise, requestLang, retryAfterOf } from '../../server/work/index.ts';
import { memoryBudgetExceeded, overCapacity, timeBudgetExceeded } from '../../server/work/errors.ts';

describe('answers too large to build', () => {
  it('turns V8\'s "Invalid string length" into 413 request_too_large', () => {
    // What JSON.stringify throws past V8's string limit (~512 MiB), raised here without the memory.
    const huge = { toJSON: () => { throw new RangeError('Invalid string length'); } };
    const error = (() => {
      try {
        jsonAnswer(huge);
        return null;
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error?.code).toBe('request_too_large');
    expect(error?.status).toBe(413);
    expect(error?.message).toMatch(/larger than the 512 MB the server can send at once/);
  });

  it('leaves other errors alone', () => {
    const broken = { toJSON: () => { throw new TypeError('cyclic'); } };
    expect(() => jsonAnswer(broken)).toThrow(TypeError);
  });
});

describe('the 503s and their languages', () => {
  const errors = [
    overCapacity({ reason: 'queue_full', inFlight: 4, queued: 64, retryAfterSeconds: 3 }),
    overCapacity({ reason: 'queue_wait', inFlight: 4, queued: 10, waitedMs: 15_000, retryAfterSeconds: 7 }),
    timeBudgetExceeded(30_000),
    memoryBudgetExceeded(0.91, 0.85),
  ];

  it('carry the seconds to wait, for Retry-After', () => {
    expect(errors.map(retryAfterOf)).toEqual([3, 7, 10, 5]);
    expect(errors.map((e) => e.status)).toEqual([503, 503, 503, 503]);
  });

  it('tell each sentence in English and Bahasa Indonesia, with the same figures', () => {
    const id = errors.map((e) => (localise(e, 'id') as AppError).message);
    expect(errors.map((e) => e.message)).toEqual([
      'the server is busy: 4 analyses are running and 64 are waiting, the most it queues; try again in 3 s',
      'the server is busy: this analysis waited 15 s for a free place behind 4 running; try again in 7 s',
      'the answer was not ready within its time budget of 30 s; try again in 10 s (work kept for every request, such as an analysis of the whole dataset, goes on meanwhile), or narrow the request with its filters if it has any',
      "the server's memory is 91% full (no analysis starts above 85%); try again in 5 s",
    ]);
    expect(id).toEqual([
      'server sedang sibuk: 4 analisis berjalan dan 64 menunggu, batas antrean sudah penuh; coba lagi dalam 3 detik',
      'server sedang sibuk: analisis ini sudah menunggu 15 detik di belakang 4 analisis yang berjalan; coba lagi dalam 7 detik',
      'jawaban belum siap dalam batas waktunya (30 detik); coba lagi dalam 10 detik (perhitungan yang disimpan untuk semua permintaan, seperti analisis seluruh data, tetap berjalan), atau persempit permintaan dengan filternya bila ada',
      'memori server sudah terpakai 91% (analisis baru tidak dimulai di atas 85%); coba lagi dalam 5 detik',
    ]);
    for (const e of errors) expect((localise(e, 'id') as AppError).code).toBe(e.code);
  });

  it('names the holder of a Neo4j load lock in both languages', () => {
    const lock: LockInfo = {
      token: 't',
      owner: 'ana@ws-12 pid 4711',
      host: 'ws-12',
      machine: 'm',
      pid: 4711,
      dataset: 'data/2025',
      acquiredAt: Date.UTC(2026, 10, 30, 21, 55, 2),
      renewedAt: Date.UTC(2026, 10, 30, 21, 56, 2),
      expiresAt: Date.UTC(2026, 10, 30, 21, 57, 2),
    };
    expect(lockHeldMessage(lock)).toBe(
      'another load into Neo4j is running: ana@ws-12 pid 4711 has been loading "data/2025" since 2026-11-30T21:55:02Z (its lock expires at 2026-11-30T21:57:02Z unless renewed); try again when it has finished',
    );
    expect(lockHeldMessage(lock, 'id')).toBe(
      'pemuatan lain ke Neo4j sedang berjalan: ana@ws-12 pid 4711 memuat "data/2025" sejak 2026-11-30T21:55:02Z (kuncinya berakhir 2026-11-30T21:57:02Z bila tidak diperbarui); coba lagi setelah pemuatan itu selesai',
    );
    expect(lockLostMessage('id')).toMatch(/^pemuatan ini kehilangan kuncinya/);
  });
});

describe('requestLang', () => {
  it.each([
    [{ lang: 'id' }, 'en', 'id'],
    [{ lang: 'en' }, 'id', 'en'],
    [{}, 'id-ID,id;q=0.9,en-US;q=0.8', 'id'],
    [{}, 'en-GB,en;q=0.9,id;q=0.8', 'en'],
    [{}, 'fr;q=1, id;q=0.5, en;q=0.4', 'id'],
    [{}, 'en;q=0.2, in;q=0.7', 'id'],
    [{}, 'id;q=0, en', 'en'],
    [{}, undefined, 'en'],
    [{ lang: 'jv' }, undefined, 'en'],
  ] as const)('%o with Accept-Language %s → %s', (query, header, expected) => {
    expect(requestLang(query, header)).toBe(expected);
  });
});
