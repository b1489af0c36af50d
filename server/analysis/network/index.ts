// Graph-structure analyses of the supply network (degree, betweenness, PageRank, Louvain, link
// prediction), on plain firm/supply data independent of any store; values agree with NetworkX 3.x
// (test/network/, fixtures from scripts/fixtures/networkx_reference.py).
export { addUndirectedSupply, buildFirmGraphs, buildFirmGraphsInChunks, FirmGraphInputSchema, SupplyLinkSchema } from './firm-graph.ts';
export { buildFirmCsr, type FirmCsr } from './firm-csr.ts';
export type { FirmGraphInput, FirmGraphs, SupplyLink } from './firm-graph.ts';
export { LINK_METHODS, LinkMethodSchema, LinkPairSchema, linkScores } from './link-prediction.ts';
export type { LinkMethod, LinkPair, LinkScore } from './link-prediction.ts';
export { degrees } from './degree.ts';
export { betweenness, betweennessArrays, betweennessParallel } from './betweenness.ts';
export { pagerank, pagerankArrays, PAGERANK_DEFAULTS } from './pagerank.ts';
export type { PagerankOptions } from './pagerank.ts';
export { louvain, louvainArrays, LOUVAIN_DEFAULTS } from './louvain.ts';
export type { Communities, LouvainOptions } from './louvain.ts';
export { firmCommunities, firmMetrics, withCommunities } from './firm-metrics.ts';
export { firmCommunitiesOffThread, firmMetricsOffThread, METRICS_OFF_THREAD_MIN_FIRMS } from './metrics-off-thread.ts';
export { SUPPLY_WEIGHTS, SupplyWeightSchema, weightedFirmMetrics, type SupplyWeight } from './firm-metrics-weighted.ts';
export type { FirmCommunities, FirmMetric, FirmMetrics } from './firm-metrics.ts';
export { DuplicateFirmError, SelfPairError, UnknownFirmError } from './errors.ts';
