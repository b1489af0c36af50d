// GET /api/analysis/risk and `rantai analyse risk`: single-source components and the failure
// impact of every firm, from Cypher on Neo4j or the snapshot on the embedded store, then one
// shared ranking.
import { DEFAULT_LANG, names, type Lang } from '../../i18n/index.ts';
import { TIERS } from '../../model/index.ts';
import { dataNames, localiseNames } from '../../names/index.ts';
import { atVersion, wholeGraph, type GraphStore } from '../../store/index.ts';
import { indexGraphInSteps } from '../links/index.ts';
import { firmClusters, withClusters, type FirmClusters } from './clusters.ts';
import { embeddedClusterMembersRows, embeddedFailureRows, embeddedSingleSourceRows } from './embedded.ts';
import type { FailureRow, SingleSourceRow } from './facts.ts';
import { failureImpacts } from './failure-impact.ts';
import { neo4jClusterMembersRows, neo4jFailureRows, neo4jSingleSourceRows } from './neo4j-facts.ts';
import type { RiskOut } from './shapes.ts';
import { singleSources } from './single-source.ts';
import { riskSummary } from './summary.ts';

export interface RiskFacts {
  singleSource: SingleSourceRow[];
  failures: FailureRow[];
  /** Each member firm's cluster, to name the clusters of the firms those rows name. */
  clusters: FirmClusters;
}

export async function riskFacts(store: GraphStore): Promise<RiskFacts> {
  // Kept per data version, as the substitution facts are: a load or anyone's direct write moves the
  // version on, so no answer is stale; until then a second request (the Risk view in the other
  // language, its export) does not run the queries again (1.8 s at national scale).
  if (store.kind === 'neo4j')
    return atVersion(store, 'risk-facts', async (read) => ({ singleSource: await neo4jSingleSourceRows(read), failures: await neo4jFailureRows(read), clusters: firmClusters(await neo4jClusterMembersRows(read)) }));
  // In chunks, with the event loop let run between them: at national scale the index and the rows
  // held the server's thread about 3 s in one piece on the first risk request after a load.
  return wholeGraph(store, 'risk-facts', async (snap) => {
    const index = await indexGraphInSteps(snap);
    return { singleSource: await embeddedSingleSourceRows(index), failures: await embeddedFailureRows(index), clusters: firmClusters(embeddedClusterMembersRows(index)) };
  });
}

export async function risk(store: GraphStore, lang: Lang = DEFAULT_LANG): Promise<RiskOut> {
  const facts = await riskFacts(store);
  // Named in the answer's language before the summary's sentences quote them.
  const localNames = await dataNames(store, lang);
  const [single, impacts] = [singleSources(facts.singleSource), failureImpacts(facts.failures)];
  withClusters(single, impacts, facts.clusters);
  const singleSource = localiseNames(single, localNames);
  const failureImpact = localiseNames(impacts, localNames);
  return { singleSource, failureImpact, summary: riskSummary(lang, singleSource, failureImpact), lang, labels: { tiers: names(lang, 'tier', TIERS) } };
}
