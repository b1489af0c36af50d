// The server computes a large complexity table on a worker thread (analysis/complexity/off-thread.ts)
// so that its 2–13 s do not hold the requests it is not answering. Checked here: the worker's
// arrays are exactly the main thread's (the same code, copied back), the event loop turns while it
// works (a synchronous computation lets it turn zero times), a bad row is the same located error,
// an aborted job ends without stopping the next one, and the packing of rows loses nothing.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ComplexityInputError,
  complexityCsvAnswerOffThread,
  computeComplexityYears,
  computeComplexityYearsOffThread,
  OFF_THREAD_MIN_CSV,
  OFF_THREAD_MIN_ROWS,
  type ComplexityInputRow,
} from '../../server/analysis/complexity/index.ts';
import { complexityCsvAnswer } from '../../server/analysis/complexity/csv-answer.ts';
import { packRows, unpackRows, type CsvAnswerBytes } from '../../server/analysis/complexity/off-thread.ts';
import { mulberry32 } from '../../server/util/random.ts';
import { bodyEtag } from '../../server/work/answer.ts';

/** A table of nc × np cells, about a third of them present, with values spread over three decades. */
function table(nc: number, np: number, seed: number): ComplexityInputRow[] {
  const rng = mulberry32(seed);
  const rows: ComplexityInputRow[] = [];
  for (let c = 0; c < nc; c++) for (let p = 0; p < np; p++) rows.push({ location: `L${c}`, product: `P${p}`, value: rng() < 0.35 ? Math.round(10 ** (1 + 3 * rng())) : 0 });
  return rows;
}

describe('economic complexity off the main thread', () => {
  const rows = table(60, 400, 7);

  it('gives the same arrays and warnings as on the main thread, and lets the event loop turn meanwhile', async () => {
    expect(rows.length).toBeGreaterThanOrEqual(OFF_THREAD_MIN_ROWS);
    let turns = 0;
    const tick = setInterval(() => turns++, 1);
    const off = await computeComplexityYearsOffThread(rows);
    clearInterval(tick);
    expect(turns).toBeGreaterThan(0);
    const on = computeComplexityYears(rows);
    expect(off).toEqual(on);
    // Not an empty comparison: a defined ECI over the 60 locations.
    expect(on.years[0]!.structure.defined).toBe(true);
    expect(Array.from(off.years[0]!.eci).filter(Number.isFinite)).toHaveLength(60);
  });

  it('raises the row error the main thread raises (line and field), as a ComplexityInputError', async () => {
    const bad = rows.map((r, i) => (i === 12_345 ? { ...r, value: -3 } : r));
    const sync = (() => {
      try {
        computeComplexityYears(bad);
      } catch (e) {
        return e as ComplexityInputError;
      }
      throw new Error('the main thread accepted a negative value');
    })();
    const off = await computeComplexityYearsOffThread(bad).catch((e: unknown) => e);
    expect(off).toBeInstanceOf(ComplexityInputError);
    expect((off as ComplexityInputError).message).toBe(sync.message);
    expect((off as ComplexityInputError).line).toBe(12_346);
    expect((off as ComplexityInputError).messageIn('id')).toBe(sync.messageIn('id'));
  });

  it('ends an aborted job with its reason, and the next job is answered', async () => {
    const gone = new AbortController();
    const aborted = computeComplexityYearsOffThread(table(80, 500, 9), {}, gone.signal);
    const queued = new AbortController();
    const alsoAborted = computeComplexityYearsOffThread(rows, {}, queued.signal);
    gone.abort(new Error('client went away'));
    queued.abort(new Error('queued and gone'));
    await expect(aborted).rejects.toThrow('client went away');
    await expect(alsoAborted).rejects.toThrow('queued and gone');
    expect(await computeComplexityYearsOffThread(rows)).toEqual(computeComplexityYears(rows));
  });

  it('packs rows for the worker without losing a location, product, year or value', () => {
    const some: ComplexityInputRow[] = [
      { location: 'IDN', product: '8708', value: 1.5, year: '2022' },
      { location: 'THA', product: '8708', value: 0, year: '2023' },
      { location: 'IDN', product: '8409', value: 1e-12 },
    ];
    const packed = packRows(some);
    expect(packed.locations).toEqual(['IDN', 'THA']);
    expect(packed.years).toEqual(['2022', '2023']);
    expect(Array.from(packed.year)).toEqual([0, 1, -1]);
    expect(unpackRows(packed)).toEqual(some);
  });

  it('sends a short CSV of many locations and products to the worker: the helper’s 26 KB table (round 50)', async () => {
    // 632 locations × 632 products, three rows a location: about 26,000 characters, which the main
    // thread answered in 1.4–6.4 s (75 MB of JSON) while nothing else was answered.
    const lines = ['l,p,v'];
    for (let i = 0; i < 632; i++) for (const j of [i, (i + 1) % 632, (i * 7) % 632]) lines.push(`L${i},P${j},${1 + ((i * 31 + j) % 100)}`);
    const csv = lines.join('\n');
    expect(csv.length).toBeLessThan(30_000);
    expect(csv.length).toBeGreaterThanOrEqual(OFF_THREAD_MIN_CSV);
    let turns = 0;
    const tick = setInterval(() => turns++, 1);
    const answer = await complexityCsvAnswerOffThread({ csv, columns: { location: 'l', product: 'p', value: 'v' }, lang: 'en' });
    clearInterval(tick);
    // Bytes from the worker (the main thread answers a string), and the event loop turned meanwhile.
    expect(typeof answer).not.toBe('string');
    expect(turns).toBeGreaterThan(0);
  }, 60_000);

  it('answers a large POST /api/complexity CSV on the worker with the text the main thread writes', async () => {
    const csv = ['l,p,v', ...rows.map((r) => `${r.location},${r.product},${r.value}`)].join('\n');
    expect(csv.length).toBeGreaterThanOrEqual(OFF_THREAD_MIN_CSV);
    const request = { csv, columns: { location: 'l', product: 'p', value: 'v' }, lang: 'id' as const };
    const off = (await complexityCsvAnswerOffThread(request)) as CsvAnswerBytes;
    const text = new TextDecoder().decode(off.bytes);
    expect(text).toBe(complexityCsvAnswer(request));
    expect((JSON.parse(text) as { rows: unknown[] }).rows).toHaveLength(24_000);
    // The ETag the server gives every answer's bytes (work/answer.ts), over these bytes.
    expect(off.etag).toBe(bodyEtag(off.bytes));
    expect(off.etag).toBe(`"${createHash('sha1').update(text, 'utf8').digest('base64url')}"`);
    // A bad cell far down, L50 × P0: the row after 50 × 400 others, so line 20,002 under the header; the value is column 3.
    const bad = csv.replace(/\nL50,P0,(\d+)/, '\nL50,P0,lots');
    const error = (await complexityCsvAnswerOffThread({ ...request, csv: bad }).catch((e: unknown) => e)) as ComplexityInputError;
    expect(error).toBeInstanceOf(ComplexityInputError);
    expect([error.line, error.column]).toEqual([20_002, 3]);
    expect(error.messageIn('id')).toBe((() => {
      try {
        complexityCsvAnswer({ ...request, csv: bad });
      } catch (e) {
        return (e as ComplexityInputError).messageIn('id');
      }
      return 'no error on the main thread';
    })());
  });

  it('lets a process that used the worker exit when its work is done, and not before', () => {
    // Referenced while a job runs (else the process ends with the await unsettled, exit code 13),
    // unreferenced when idle (else it never ends: the timeout's SIGTERM).
    const script = `
      import { computeComplexityYearsOffThread } from ${JSON.stringify(new URL('../../server/analysis/complexity/index.ts', import.meta.url).href)};
      const rows = [];
      for (let c = 0; c < 60; c++) for (let p = 0; p < 400; p++) rows.push({ location: 'L' + c, product: 'P' + p, value: (c * p) % 3 === 0 ? 1 + p : 0 });
      const r = await computeComplexityYearsOffThread(rows);
      console.log('eci', r.years[0].eci.length);`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(run.stdout.trim()).toBe('eci 60');
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
  });
});
