// Loads the NetworkX reference fixtures written by scripts/fixtures/networkx_reference.py
// (test/fixtures/networkx/*.json). Every file in that folder is picked up, so a fixture added later
// (e.g. one computed on the seed dataset) is tested without touching the tests.
import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';

const FIXTURE_DIR = new URL('../fixtures/networkx/', import.meta.url);

const values = z.object({ call: z.string(), values: z.record(z.string(), z.number()) });

const LinkRowSchema = z.object({
  source: z.string(),
  target: z.string(),
  adjacent: z.boolean(),
  'common-neighbors': z.number(),
  jaccard: z.number(),
  'adamic-adar': z.number(),
  'resource-allocation': z.number(),
  'preferential-attachment': z.number(),
});

const NetworkxFixtureSchema = z.object({
  name: z.string(),
  networkx_version: z.string(),
  n: z.number(),
  undirected_edges: z.number(),
  directed_edges: z.number(),
  firms: z.array(z.string()),
  supplies: z.array(z.object({ supplier: z.string(), buyer: z.string() })),
  degree: values,
  betweenness: values,
  pagerank: values,
  pagerank_tight: values,
  link_scores: z.object({ calls: z.record(z.string(), z.string()), pairs_rule: z.string(), rows: z.array(LinkRowSchema) }),
  modularity: z.object({
    networkx_louvain_seed_1: z.number().nullable(),
    checks: z.array(
      z.object({ partition_from: z.string(), partition: z.array(z.array(z.string())), call: z.string(), modularity: z.number() }),
    ),
  }),
});

export type NetworkxFixture = z.infer<typeof NetworkxFixtureSchema>;

export const loadFixtures = (): NetworkxFixture[] =>
  readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => NetworkxFixtureSchema.parse(JSON.parse(readFileSync(new URL(f, FIXTURE_DIR), 'utf8'))));

/** Largest |ours - expected| over the expected keys; a missing key counts as Infinity. */
export function maxAbsDiff(ours: Record<string, number>, expected: Record<string, number>): number {
  let worst = 0;
  for (const [id, want] of Object.entries(expected)) {
    const got = ours[id];
    worst = Math.max(worst, got === undefined ? Infinity : Math.abs(got - want));
  }
  return worst;
}
