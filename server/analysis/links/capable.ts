// The possible suppliers of every component at once: the firms that MAKE it or cover all of its
// requirements themselves (DESIGN.md, "Missing links"; the rule of requirements.ts), with the number
// of requirements each maker misses. Checking every firm against every component is 10^8 checks at
// national scale, so each requirement becomes a bitset over the firms — "CAN do process q no coarser
// than tolerance t", "WORKS material m", "holds certification c" — built once per distinct
// requirement, and a component's capable firms are the AND of its requirements' bitsets
// (about 3,000 machine words per requirement for 100,000 firms).
import { encodeRequired, toleranceMet } from '../substitution/requirements.ts';

export interface CapabilityInput {
  firmCount: number;
  /** Per process: the firms with a CAN to it and their finest held tolerance, encoded (encodeHeld). */
  doers: ReadonlyArray<{ firms: readonly number[]; held: readonly number[] }>;
  /** Per material: the firms that WORK it. */
  workers: ReadonlyArray<readonly number[]>;
  /** Per certification: the firms that hold it. */
  holders: ReadonlyMap<string, readonly number[]>;
  components: ReadonlyArray<{
    processes: readonly number[];
    /** -1: none. */
    material: number;
    toleranceMm: number | null;
    certification: string | null;
    /** The firms that MAKE it, ascending, distinct. */
    makers: readonly number[];
  }>;
}

/** Per component (CSR: entries start[c] … start[c+1]-1): the suppliers ascending and, for makers, their number of gaps (-1: not a maker but capable). */
export interface PossibleSuppliers {
  start: Int32Array;
  firms: Int32Array;
  gaps: Int16Array;
}

type Bits = Uint32Array;

const has = (bits: Bits, i: number) => (bits[i >>> 5]! & (1 << (i & 31))) !== 0;

export function possibleSuppliers(input: CapabilityInput): PossibleSuppliers {
  const words = (input.firmCount + 31) >>> 5;
  const fromList = (firms: readonly number[]): Bits => {
    const bits = new Uint32Array(words);
    for (const f of firms) bits[f >>> 5]! |= 1 << (f & 31);
    return bits;
  };
  const empty = new Uint32Array(words);
  const tolerant = new Map<string, Bits>();
  const tolerantOf = (process: number, required: number): Bits => {
    const key = `${process}|${required}`;
    let bits = tolerant.get(key);
    if (!bits) {
      const { firms, held } = input.doers[process]!;
      bits = new Uint32Array(words);
      for (let k = 0; k < firms.length; k++) if (toleranceMet(held[k]!, required)) bits[firms[k]! >>> 5]! |= 1 << (firms[k]! & 31);
      tolerant.set(key, bits);
    }
    return bits;
  };
  const workers = input.workers.map(fromList);
  const holders = new Map<string, Bits>();
  const holdersOf = (certification: string): Bits => {
    let bits = holders.get(certification);
    if (!bits) holders.set(certification, (bits = fromList(input.holders.get(certification) ?? [])));
    return bits;
  };

  const start = new Int32Array(input.components.length + 1);
  // Growable typed buffers: a million entries at national scale, without a boxed array of them.
  let firms = new Int32Array(1 << 16);
  let gaps = new Int16Array(1 << 16);
  let n = 0;
  const push = (f: number, g: number) => {
    if (n === firms.length) {
      const [moreFirms, moreGaps] = [new Int32Array(n * 2), new Int16Array(n * 2)];
      moreFirms.set(firms);
      moreGaps.set(gaps);
      [firms, gaps] = [moreFirms, moreGaps];
    }
    firms[n] = f;
    gaps[n++] = g;
  };
  const all = new Uint32Array(words);
  input.components.forEach((c, index) => {
    const required = encodeRequired(c.toleranceMm ?? undefined);
    const needs: Bits[] = c.processes.map((q) => tolerantOf(q, required));
    if (c.material >= 0) needs.push(workers[c.material] ?? empty);
    if (c.certification !== null) needs.push(holdersOf(c.certification));
    // A component without any requirement has no capable firm (otherwise every firm would be).
    const capable = needs.length === 0 ? empty : all;
    if (needs.length > 0) {
      all.set(needs[0]!);
      for (let n = 1; n < needs.length; n++) {
        const other = needs[n]!;
        for (let w = 0; w < words; w++) all[w]! &= other[w]!;
      }
    }
    // Merge the makers (with their gaps) and the capable firms, both ascending.
    let m = 0;
    const pushMaker = (f: number) => {
      let missed = 0;
      for (const bits of needs) if (!has(bits, f)) missed++;
      push(f, Math.min(missed, 0x7fff));
    };
    for (let w = 0; w < words; w++) {
      let word = capable[w]!;
      while (word !== 0) {
        const bit = 31 - Math.clz32(word & -word);
        word &= word - 1;
        const f = (w << 5) | bit;
        while (m < c.makers.length && c.makers[m]! < f) pushMaker(c.makers[m++]!);
        if (m < c.makers.length && c.makers[m] === f) pushMaker(c.makers[m++]!);
        else push(f, -1);
      }
    }
    while (m < c.makers.length) pushMaker(c.makers[m++]!);
    start[index + 1] = n;
  });
  return { start, firms: firms.slice(0, n), gaps: gaps.slice(0, n) };
}
