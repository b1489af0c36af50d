// The two firm graphs the structure analyses run on, built from plain supply rows:
// - `undirected`: the undirected simple graph of firms joined by any SUPPLIES relationship (what
//   NetworkX's `nx.Graph()` gives after `add_edge(supplier, buyer)` for every row) - used by degree,
//   betweenness, link prediction and Louvain;
// - `directed`: the directed simple graph with an edge buyer -> supplier per supplying pair (a buyer
//   "points to" the firms it depends on, so PageRank flows to the suppliers that matter) - PageRank.
// Every firm is a node, isolated ones included, in the given order. Several rows between the same
// two firms (different components) make one edge. A row whose supplier is its own buyer is not an
// inter-firm link and is skipped (NetworkX would add a self-loop and count it twice in the degree).
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { z } from 'zod';
import { inChunks, Slicer } from '../../util/yield.ts';
import { DuplicateFirmError, UnknownFirmError } from './errors.ts';

export const SupplyLinkSchema = z.object({
  supplier: z.string({ error: 'supplier must be a firm id' }),
  buyer: z.string({ error: 'buyer must be a firm id' }),
  /** The row's value of a supply weight (firm-metrics-weighted.ts); ignored by the unweighted graphs. */
  weight: z.number().nullable().optional(),
});

export const FirmGraphInputSchema = z.object({
  firms: z.array(z.string({ error: 'a firm id must be a string' })),
  supplies: z.array(SupplyLinkSchema),
});

export type SupplyLink = z.infer<typeof SupplyLinkSchema>;
export type FirmGraphInput = z.infer<typeof FirmGraphInputSchema>;

export interface FirmGraphs {
  /** Firm ids in input order (the node order of both graphs). */
  readonly firms: readonly string[];
  readonly undirected: UndirectedGraph;
  readonly directed: DirectedGraph;
}

/** Adds a supply row to the undirected firm graph: one edge per pair of firms, none for a firm supplying itself. */
export function addUndirectedSupply(undirected: UndirectedGraph, supplier: string, buyer: string): void {
  if (supplier !== buyer && !undirected.hasEdge(supplier, buyer)) undirected.addEdge(supplier, buyer);
}

/**
 * Builds both firm graphs. Throws DuplicateFirmError when a firm id repeats and UnknownFirmError
 * (field `supplies`) when a row names a firm that is not listed.
 */
export function buildFirmGraphs(input: FirmGraphInput): FirmGraphs {
  const b = new FirmGraphBuilder(input);
  b.addFirms(0, input.firms.length);
  b.addSupplies(0, input.supplies.length);
  return b.result();
}

/**
 * buildFirmGraphs in chunks, with the event loop let run between them: the same graphs. At national
 * scale (100,000 firms) the build held the server's thread 0.5 s, with its garbage about 1 s, on
 * the first POST /api/analysis/link-scores after a load.
 */
export async function buildFirmGraphsInChunks(input: FirmGraphInput): Promise<FirmGraphs> {
  const b = new FirmGraphBuilder(input);
  const slicer = new Slicer();
  await inChunks(input.firms.length, (start, end) => b.addFirms(start, end), slicer, FIRM_GRAPH_CHUNK);
  await inChunks(input.supplies.length, (start, end) => b.addSupplies(start, end), slicer, FIRM_GRAPH_CHUNK);
  return b.result();
}

/** Firms or supply rows per chunk of buildFirmGraphsInChunks (some 10 ms each). */
const FIRM_GRAPH_CHUNK = 8_192;

/** The two graphs grown in input order, a range of firms or of supply rows at a time. */
class FirmGraphBuilder {
  private readonly undirected = new UndirectedGraph();
  private readonly directed = new DirectedGraph();
  constructor(private readonly input: FirmGraphInput) {}

  addFirms(start: number, end: number): void {
    const { undirected, directed } = this;
    for (let i = start; i < end; i++) {
      const id = this.input.firms[i]!;
      if (undirected.hasNode(id)) throw new DuplicateFirmError(id);
      undirected.addNode(id);
      directed.addNode(id);
    }
  }

  addSupplies(start: number, end: number): void {
    const { undirected, directed } = this;
    for (let i = start; i < end; i++) {
      const { supplier, buyer } = this.input.supplies[i]!;
      if (!undirected.hasNode(supplier)) throw new UnknownFirmError(supplier, 'supplies');
      if (!undirected.hasNode(buyer)) throw new UnknownFirmError(buyer, 'supplies');
      if (supplier === buyer) continue;
      addUndirectedSupply(undirected, supplier, buyer);
      if (!directed.hasEdge(buyer, supplier)) directed.addEdge(buyer, supplier);
    }
  }

  result(): FirmGraphs {
    return { firms: [...this.input.firms], undirected: this.undirected, directed: this.directed };
  }
}
