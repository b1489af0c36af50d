// ECI and PCI within one connected block of a disconnected presence matrix (blocks.ts). Over the
// whole table they are undefined, but each block is a connected location × product network of
// its own, and the eigenvector method applies to it unchanged: the block's part of M (from the
// whole table's RCA, so presence is not recomputed) goes through the same steps as a table
// (eci-pci.ts, spectrum.ts) and is normalised like one (normalise.ts, with the block's products).
// The values compare locations of the same block only, and are labelled so wherever shown.
// A block needs at least MIN_BLOCK_LOCATIONS locations and MIN_BLOCK_PRODUCTS products: with two
// locations the eigenvector only says which of the two is more diverse.
import type { Block } from './blocks.ts';
import { computeRawComplexity, type EciFailure } from './eci-pci.ts';
import { fullTableSpread } from './normalise.ts';
import { buildPresence, type Presence } from './presence.ts';
import { spectrumProblem, type SpectrumProblem } from './spectrum.ts';

export const MIN_BLOCK_LOCATIONS = 3;
export const MIN_BLOCK_PRODUCTS = 3;

export type BlockEci =
  | { status: 'ranked'; eci: Float64Array; pci: Float64Array; eigenvalue: number }
  | { status: 'too-small' }
  | { status: 'undefined'; reason: EciFailure | SpectrumProblem['kind'] | 'no-spread' };

export const blockLargeEnough = (block: Block): boolean =>
  block.locations.length >= MIN_BLOCK_LOCATIONS && block.products.length >= MIN_BLOCK_PRODUCTS;

/** The block's rows and columns of M as a presence matrix of its own. */
export const blockPresence = (pr: Presence, block: Block): Presence => {
  const nc = block.locations.length;
  const np = block.products.length;
  const m = new Uint8Array(nc * np);
  block.locations.forEach((c, i) => {
    block.products.forEach((p, j) => (m[i * np + j] = pr.m[c * pr.np + p]!));
  });
  return buildPresence(m, nc, np);
};

/** ECI per block location and PCI per block product, in the block's index order. */
export const blockEci = (pr: Presence, block: Block): BlockEci => {
  if (!blockLargeEnough(block)) return { status: 'too-small' };
  const sub = blockPresence(pr, block);
  const raw = computeRawComplexity(sub);
  if (typeof raw === 'string') return { status: 'undefined', reason: raw };
  const problem = spectrumProblem(raw);
  if (problem) return { status: 'undefined', reason: problem.kind };
  const spread = fullTableSpread(raw.kc, sub.np);
  if (!spread) return { status: 'undefined', reason: 'no-spread' };
  return {
    status: 'ranked',
    eci: raw.kc.map((x) => (x - spread.mean) / spread.sd),
    pci: raw.kp.map((x) => (x - spread.mean) / spread.sd),
    eigenvalue: raw.eigenvalue,
  };
};
