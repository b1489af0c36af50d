// One-pass validation (issue 14 item 2): every problem of every file is found in the first run.
// A property test (fast-check): a valid generated dataset with k independent injected faults
// (test/model/faults.ts) is rejected with exactly k problems, each at its file, line and column.
// The hidden-fault test: 20 seeded datasets, each with 3–6 faults spread across files.
// The expected problems come from the injector (it knows where it broke what), not from the validator.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../server/model/index.ts';
import { mulberry32 } from '../../server/util/random.ts';
import { problemsOf, smallCsvTexts } from '../helpers/datasets.ts';
import { FAULT_KINDS, inject, type Expected, type FaultKind } from './faults.ts';

const found = (problems: Problem[], e: Expected): boolean =>
  problems.some((p) => p.file === e.file && p.line === e.line && p.column === e.column && e.message.test(p.message));

function broken(seed: number, kinds: readonly FaultKind[]): { texts: Map<string, string>; expected: Expected[] } {
  const texts = new Map(smallCsvTexts(seed));
  const rng = mulberry32(seed * 7919 + kinds.length);
  const used = new Set<string>();
  const expected = kinds.map((k) => inject(texts, k, rng, used)).filter((e): e is Expected => e !== null);
  return { texts, expected };
}

describe('one-pass validation', () => {
  it('reports all k independent faults of a valid dataset in one run (property)', () => {
    const base = smallCsvTexts(3);
    expect(problemsOf(new Map(base))).toEqual([]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FAULT_KINDS), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 1_000_000 }), (kinds, salt) => {
        const texts = new Map(base);
        const rng = mulberry32(salt);
        const used = new Set<string>();
        const expected = kinds.map((k) => inject(texts, k, rng, used)).filter((e): e is Expected => e !== null);
        const problems = problemsOf(texts);
        for (const e of expected) expect(found(problems, e), `${e.file}:${e.line}:${e.column} ${e.message} in\n${problems.map(formatProblem).join('\n')}`).toBe(true);
        // Nothing else: each fault causes exactly its own problem.
        expect(problems).toHaveLength(expected.length);
      }),
      { seed: 14, numRuns: 150 },
    );
  });

  it('hidden faults: 20 seeded datasets with 3–6 faults across files, every one reported and located in the first run', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const rng = mulberry32(seed);
      const k = 3 + Math.floor(rng() * 4);
      // Faults spread across files: k different kinds, so k different files or rules.
      const kinds = [...FAULT_KINDS].sort(() => rng() - 0.5).slice(0, k);
      const { texts, expected } = broken(seed, kinds);
      expect(expected).toHaveLength(k);
      expect(new Set(expected.map((e) => e.file)).size).toBeGreaterThanOrEqual(Math.min(k, 3));
      const problems = problemsOf(texts);
      for (const e of expected) expect(found(problems, e), `seed ${seed}: ${e.file}:${e.line}:${e.column} ${e.message}`).toBe(true);
      expect(problems).toHaveLength(k);
    }
  });

  it('groups a repeated problem: the first five located, then "and N more like this"', () => {
    const texts = new Map(smallCsvTexts(2));
    const lines = texts.get('firms.csv')!.split('\n');
    // Every firm row gets an unknown tier: one kind of problem, many rows.
    const rows = lines.length - 2;
    texts.set('firms.csv', lines.map((l, i) => (i === 0 || l === '' ? l : l.replace(/,(OEM|TIER1|TIER2|IKM|BUYER),/, ',TIER9,'))).join('\n'));
    const problems = problemsOf(texts);
    expect(problems).toHaveLength(6);
    expect(problems.slice(0, 5).map((p) => p.line)).toEqual([2, 3, 4, 5, 6]);
    expect(problems[5]).toMatchObject({ file: 'firms.csv', line: 7, column: 3, more: rows - 5, message: `and ${rows - 5} more like this (line 7 to line ${rows + 1})` });
  });

  it('a row with other mistakes still defines its id: references to it are not reported', () => {
    const texts = new Map(smallCsvTexts(2));
    // Line 2 of clusters.csv gets a bad latitude; firms naming that cluster must stay quiet.
    const lines = texts.get('clusters.csv')!.split('\n');
    const cells = lines[1]!.split(',');
    cells[4] = '-95';
    lines[1] = cells.join(',');
    texts.set('clusters.csv', lines.join('\n'));
    expect(problemsOf(texts).map(formatProblem)).toEqual(['clusters.csv:2:5: lat must be between -90 and 90 (a latitude)']);
  });
});
