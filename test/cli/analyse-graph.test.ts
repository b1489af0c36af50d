// `rantai analyse --graph FILE` through the real executable: the graph route's answers on a file,
// as CSV with the API's field names, the best candidate pairs with --link/--top, and a problem in
// the file located as file:line:column without a stack trace. Expected values are hand-computed
// on the path a–b–c–d (shown at each assertion).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/datasets.ts';
import { rantai } from '../helpers/cli.ts';

let tmp: { dir: string; cleanup: () => Promise<void> };
let pathCsv: string;
let badCsv: string;

beforeAll(async () => {
  tmp = await tempDir('rantai-analyse-graph-');
  pathCsv = path.join(tmp.dir, 'path.csv');
  badCsv = path.join(tmp.dir, 'bad.csv');
  await writeFile(pathCsv, 'source,target\na,b\nb,c\nc,d\n');
  await writeFile(badCsv, 'source,target,weight\na,b,1\nb,c,heavy\n');
});
afterAll(async () => tmp.cleanup());

describe('rantai analyse --graph FILE', () => {
  it('prints id, betweenness, pagerank, community per node', () => {
    const r = rantai(['analyse', '--graph', pathCsv, '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual(['id', 'betweenness', 'pagerank', 'community']);
    const by = Object.fromEntries(rows.map((row) => [row.id, row]));
    // b lies on the shortest paths of (a,c) and (a,d): 2 of the (n-1)(n-2)/2 = 3 pairs without b → 2/3; a and d on none.
    expect(Number(by.b!.betweenness)).toBeCloseTo(2 / 3, 12);
    expect(Number(by.c!.betweenness)).toBeCloseTo(2 / 3, 12);
    expect(Number(by.a!.betweenness)).toBe(0);
    // PageRank sums to 1 and is symmetric on the path (a ↔ d, b ↔ c).
    expect(rows.reduce((s, row) => s + Number(row.pagerank), 0)).toBeCloseTo(1, 9);
    expect(Number(by.a!.pagerank)).toBeCloseTo(Number(by.d!.pagerank), 9);
    expect(Number(by.b!.pagerank)).toBeGreaterThan(Number(by.a!.pagerank));
  });

  it('--link jaccard_coefficient --top 2 prints the best non-adjacent pairs, ties in node order', () => {
    const r = rantai(['analyse', '--graph', pathCsv, '--link', 'jaccard_coefficient', '--top', '2', '--format', 'csv']);
    expect(r.code).toBe(0);
    // Non-adjacent pairs: (a,c) |{b}| / |{b,d}| = 1/2; (b,d) |{c}| / |{a,c}| = 1/2; (a,d) 0 / 2 = 0.
    expect(parse(r.stdout, { columns: true })).toEqual([
      { source: 'a', target: 'c', score: '0.5' },
      { source: 'b', target: 'd', score: '0.5' },
    ]);
  });

  it('a bad cell is located as file:line:column, without a stack trace', () => {
    const r = rantai(['analyse', '--graph', badCsv]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('bad.csv:3:3: weight must be a number, got "heavy"');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
