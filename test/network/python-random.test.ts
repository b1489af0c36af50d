// PythonRandom against CPython's own random module, run here (python3): the same seed must give the
// same getrandbits, sample (both of its branches: a pool for small populations, a set of picks for
// large ones) and shuffle, since NetworkX samples betweenness sources and orders Louvain's nodes
// with them.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PythonRandom } from '../../server/analysis/network/python-random.ts';

const SEEDS = [0, 1, 2, 42, 123, 2 ** 32 + 7, -5];

function cpython(): unknown[] {
  const code = `
import json, random
out = []
for seed in ${JSON.stringify(SEEDS)}:
    r = random.Random(seed)
    bits = [r.getrandbits(32) for _ in range(3)] + [r.getrandbits(5)]
    small = r.sample(list(range(30)), 8)
    large = r.sample(list(range(5000)), 40)
    shuffled = list(range(50)); r.shuffle(shuffled)
    out.append([bits, small, large, shuffled])
print(json.dumps(out))`;
  return JSON.parse(execFileSync('python3', ['-c', code], { encoding: 'utf8' })) as unknown[];
}

describe('PythonRandom equals CPython random.Random', () => {
  it('getrandbits, sample (pool and set branches) and shuffle for several seeds, negative and > 2^32 included', () => {
    const ours = SEEDS.map((seed) => {
      const r = new PythonRandom(seed);
      const bits = [r.getrandbits(32), r.getrandbits(32), r.getrandbits(32), r.getrandbits(5)];
      const small = r.sample(Array.from({ length: 30 }, (_, i) => i), 8);
      const large = r.sample(Array.from({ length: 5000 }, (_, i) => i), 40);
      const shuffled = Array.from({ length: 50 }, (_, i) => i);
      r.shuffle(shuffled);
      return [bits, small, large, shuffled];
    });
    expect(ours).toEqual(cpython());
  });

  it('refuses a sample larger than the population, or negative, as Python does', () => {
    expect(() => new PythonRandom(1).sample([1, 2, 3], 4)).toThrow(/larger than population or is negative/);
    expect(() => new PythonRandom(1).sample([1, 2, 3], -1)).toThrow(/negative/);
  });
});
