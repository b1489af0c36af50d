// What a store hands to buildOverview: the graph already aggregated to the nodes an overview draws
// (rule.ts). The embedded store sums over its graph in process, Neo4j in Cypher; both give these
// raw sums and buildOverview rounds and orders them, so the two answers are identical.
import type { GraphNode, GraphRel, Props, Tier } from '../../model/index.ts';
import type { FirmStats } from './rule.ts';

export interface OverviewCluster {
  id: string;
  props: Props;
  /** Firms drawn as this cluster (its IKM members when clusters are grouped, else 0). */
  members: number;
  capacityTonnes: number;
}

export interface OverviewGroup {
  tier: Tier;
  /** '' when the firms have no province. */
  province: string;
  members: number;
  capacityTonnes: number;
  /** Sums of the coordinates of the members that have both, and how many they are. */
  latSum: number;
  lonSum: number;
  placed: number;
}

/** A firm drawn on its own, with its cluster (MEMBER_OF) if it has one. */
export interface OverviewFirm {
  id: string;
  props: Props;
  cluster: string | null;
}

/** SUPPLIES between two drawn nodes for one component: how many relationships, their sums. */
export interface OverviewSupply {
  source: string;
  target: string;
  component: string;
  links: number;
  valueUsd: number;
  unitsPerYear: number;
}

/**
 * Import flows (one importer, component and origin at its latest year) of the firms drawn as
 * `source` from one country: how many flows, the IMPORTS records of every year behind them, the
 * value of the flows (latest years) and the latest year.
 */
export interface OverviewImport {
  source: string;
  target: string;
  flows: number;
  records: number;
  valueUsd: number;
  year: number;
}

export interface OverviewInput {
  stats: FirmStats;
  clusters: OverviewCluster[];
  groups: OverviewGroup[];
  firms: OverviewFirm[];
  /** MEMBER_OF of the firms drawn on their own (network and map draw them). */
  memberOf: GraphRel[];
  supplies: OverviewSupply[];
  /** Empty for a view without imports (network). */
  imports: OverviewImport[];
  /** Every country (tiers and map draw them). */
  countries: GraphNode[];
  /** What the ends of the recommended links passed in extras are drawn as. */
  drawnAs: ReadonlyMap<string, string>;
}
