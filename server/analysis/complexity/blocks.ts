// Connected blocks of the presence matrix M: the connected components of the bipartite graph whose
// nodes are the locations (diversity > 0) and products (ubiquity > 0) and whose edges are the
// pairs with M(c,p) = 1. The ECI/PCI eigenvector is the second eigenvector of a matrix that is
// block-diagonal over these blocks: with k > 1 blocks the eigenvalue 1 repeats k times, so the
// "second" eigenvector is any mix of the blocks' indicator vectors and ECI says nothing but which
// block a location is in (Hidalgo & Hausmann 2009 assume a connected network; a disconnected
// one is the classic reason for an undefined ECI, see e.g. Mealy, Farmer & Teytelboym 2019,
// "Interpreting economic complexity", Science Advances 5(1), on the ECI as a spectral partition).
// Locations with diversity 0 and products with ubiquity 0 belong to no block.
import type { Presence } from './presence.ts';

export interface Block {
  /** Location indices, ascending. */
  locations: number[];
  /** Product indices, ascending. */
  products: number[];
}

/** Blocks, largest first (locations × products, then locations, then first location index). */
export const presenceBlocks = (pr: Presence): Block[] => {
  const { nc, np, prodStart, prodIdx, locStart, locIdx, diversity } = pr;
  // Breadth-first search over the bipartite graph; nodes 0..nc-1 are locations, nc.. products.
  const seen = new Uint8Array(nc + np);
  const blocks: Block[] = [];
  const queue = new Int32Array(nc + np);
  for (let start = 0; start < nc; start++) {
    if (seen[start] || diversity[start] === 0) continue;
    const block: Block = { locations: [], products: [] };
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    seen[start] = 1;
    while (head < tail) {
      const node = queue[head++]!;
      if (node < nc) {
        block.locations.push(node);
        for (let r = prodStart[node]!; r < prodStart[node + 1]!; r++) {
          const other = nc + prodIdx[r]!;
          if (!seen[other]) {
            seen[other] = 1;
            queue[tail++] = other;
          }
        }
      } else {
        const p = node - nc;
        block.products.push(p);
        for (let r = locStart[p]!; r < locStart[p + 1]!; r++) {
          const other = locIdx[r]!;
          if (!seen[other]) {
            seen[other] = 1;
            queue[tail++] = other;
          }
        }
      }
    }
    block.locations.sort((a, b) => a - b);
    block.products.sort((a, b) => a - b);
    blocks.push(block);
  }
  const size = (b: Block) => b.locations.length * b.products.length;
  return blocks.sort((a, b) => size(b) - size(a) || b.locations.length - a.locations.length || a.locations[0]! - b.locations[0]!);
};
