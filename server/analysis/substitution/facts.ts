// The facts the substitution analysis works from. Each store computes them its own way (Neo4j with
// the cypher/analysis/substitution-*.cypher queries, the embedded store from its snapshot) and they
// must come out identical: exact values (ids, counts, recorded numbers, minima) and sums taken in
// one fixed order (documented per field). Everything derived from them (coverage, gaps, density,
// distances, scores, status, explanations) is computed once, in TypeScript, from these facts.

export interface NamedRef {
  id: string;
  name: string;
}

/** A buyer of an imported component, with its latest-year import value of that component. */
export interface ImportingBuyer {
  id: string;
  name: string;
  lat: number | null;
  lon: number | null;
  /** Σ over origin countries (by id) of the buyer's latest-year IMPORTS of the component. */
  valueUsd: number;
}

export interface OriginValue {
  country: string;
  name: string;
  /** Σ over buyers (by id) of their latest-year imports of the component from this country. */
  valueUsd: number;
}

/** A component some buyer imports (IMPORTS, each buyer's latest year), with its requirements. */
export interface ImportedComponent {
  id: string;
  name: string;
  massKg: number | null;
  toleranceMm: number | null;
  certification: string | null;
  material: NamedRef | null;
  /** NEEDS_PROCESS targets, by id. */
  processes: NamedRef[];
  /** Σ over buyers (by id) of their valueUsd. */
  importValueUsd: number;
  /** Units, summed like the value; null when any of those import rows has no units. */
  importUnits: number | null;
  /** By id. */
  buyers: ImportingBuyer[];
  /** By country id. */
  origins: OriginValue[];
}

/** A process a cluster or firm can do, with the finest tolerance it holds. */
export interface ProcessCapability {
  id: string;
  /** The finest (smallest) CAN toleranceMm; null when some CAN of the process records none (meets any). */
  toleranceMm: number | null;
}

/** What a cluster's members can do together. Lists are sorted (code-unit order). */
export interface ClusterProfile {
  id: string;
  name: string;
  lat: number | null;
  lon: number | null;
  members: number;
  /** Σ over members (by id) of the firm's capacityTonnes (0 when not recorded). */
  capacityTonnes: number;
  processes: ProcessCapability[];
  materials: string[];
  certifications: string[];
  /** Components some member MAKES. */
  makes: string[];
}

/** Co-production counts of one component, the input of the product-space proximity. */
export interface CoProduction {
  component: string;
  /** k_p: firms that MAKE the component. */
  firms: number;
  /** Components q ≠ p made by at least one firm that makes p, by id, with the matching counts. */
  related: string[];
  /** Firms making both p and related[i]. */
  shared: number[];
  /** k_q of related[i]. */
  relatedFirms: number[];
}

/** One firm's own capabilities (for candidate firms and firm-level what-if interventions). */
export interface MemberProfile {
  id: string;
  name: string;
  /** The cluster it is a MEMBER_OF, or null. */
  cluster: string | null;
  capacityTonnes: number | null;
  certifications: string[];
  processes: ProcessCapability[];
  materials: string[];
}

export interface SubstitutionFacts {
  /** Every imported component, by id. */
  components: ImportedComponent[];
  /** The requested clusters (all, or the one filtered on), by id. */
  clusters: ClusterProfile[];
  /** For every component (by id), or only the one filtered on. */
  coProduction: CoProduction[];
}

export interface FactsQuery {
  cluster?: string;
  component?: string;
}

export interface MembersQuery {
  clusters?: readonly string[];
  firms?: readonly string[];
}

export interface Vocabulary {
  processes: NamedRef[];
  materials: NamedRef[];
  components: NamedRef[];
}

/** Where the facts come from: one implementation per store kind. */
export interface FactSource {
  facts(query: FactsQuery): Promise<SubstitutionFacts>;
  /** Members of the given clusters and the given firms (any firm, member or not), by id. */
  members(query: MembersQuery): Promise<MemberProfile[]>;
  vocabulary(): Promise<Vocabulary>;
}
