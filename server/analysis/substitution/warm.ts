// Warming the substitution analysis after a load (server/store/warm.ts; issue 16): the default
// ranking once, which builds and keeps what every later request reuses — the facts (the embedded
// store's derived value, or the Neo4j store's value kept for the data version), each cluster's
// densities and distances (evaluate.ts's geometry, kept per facts) — and, on Neo4j, the members of
// every cluster, which the rows a request spells out are drawn from.
import type { GraphStore } from '../../store/index.ts';
import { factSource, substitution } from './analysis.ts';
import { substitutionQueryShape } from './shapes.ts';

export async function warmSubstitution(store: GraphStore): Promise<void> {
  const source = await factSource(store);
  await substitution(store, substitutionQueryShape.parse({}), source);
  if (store.kind === 'neo4j') {
    const { clusters } = await source.facts({});
    await source.members({ clusters: clusters.map((c) => c.id) });
  }
}
