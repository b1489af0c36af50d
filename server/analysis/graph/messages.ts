// The 413 of a posted graph over the route's size limits (or of a Google matrix over its own). Its sentence is a catalogue Text
// (server/i18n/messages/graph.ts), so the API's error handler tells it in the request's language
// although the check runs before anyone knows the language; the details stay the same in both.
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { text } from '../../i18n/index.ts';

export const graphTooLargeDetailsShape = z.object({
  /** What is over its limit (googleMatrix: count is the matrix's rows). */
  part: z.enum(['nodes', 'edges', 'googleMatrix']),
  count: z.number().int(),
  max: z.number().int(),
});
export type GraphTooLargeDetails = z.infer<typeof graphTooLargeDetailsShape>;

export const graphTooLarge = (d: GraphTooLargeDetails): AppError =>
  new AppError(
    'payload_too_large',
    d.part === 'googleMatrix'
      ? text('graph.tooLarge.googleMatrix', { count: { grouped: d.count }, cells: { grouped: d.count * d.count }, max: { grouped: d.max } })
      : text(d.part === 'nodes' ? 'graph.tooLarge.nodes' : 'graph.tooLarge.edges', { count: { grouped: d.count }, max: { grouped: d.max } }),
    d,
  );

export const tooMuchWorkDetailsShape = z.object({
  /** The computation over its cap (limits.ts). */
  part: z.enum(['betweenness', 'edgeBetweenness', 'linkPrediction', 'pagerank']),
  nodes: z.number().int(),
  edges: z.number().int(),
  /** Sources: betweenness's k (every node without it); the link prediction's sources (`among`, or every node). */
  sources: z.number().int(),
  /** Steps: sources · (n + m) for betweenness; two-step paths u–w–v for the link prediction; max_iter · (n + m) for PageRank. */
  count: z.number(),
  max: z.number(),
  /** PageRank: the max_iter asked, and the most this graph may ask within the cap. */
  iterations: z.number().int().optional(),
  most: z.number().int().optional(),
});
export type TooMuchWorkDetails = z.infer<typeof tooMuchWorkDetailsShape>;

/** The 413 of a request whose work is over the route's cap (cost.ts). */
export const tooMuchWork = (d: TooMuchWorkDetails): AppError =>
  new AppError(
    'payload_too_large',
    text(`graph.tooMuchWork.${d.part}`, {
      nodes: { grouped: d.nodes },
      edges: { grouped: d.edges },
      sources: { grouped: d.sources },
      count: { grouped: Math.round(d.count) },
      max: { grouped: Math.round(d.max) },
      iterations: { grouped: d.iterations ?? 0 },
      most: { grouped: d.most ?? 0 },
    }),
    d,
  );
