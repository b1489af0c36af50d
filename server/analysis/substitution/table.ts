// The substitution ranking as one flat table (`rantai analyse substitution --format csv`): one row
// per opportunity; gaps as "certification IATF 16949; tolerance p-machining-cnc 0.02 mm", candidate
// firms as ids joined by ";".
import type { GapOut, SubstitutionOut } from './shapes.ts';

export interface SubstitutionTableRow {
  rank: number;
  component: string;
  component_name: string;
  cluster: string;
  cluster_name: string;
  status: string;
  score: number;
  coverage: number;
  gaps: string;
  levers: string;
  density: number;
  capacity_ratio: number | '';
  distance_km: number | '';
  import_value_usd: number;
  import_basis: string;
  basis_value_usd: number;
  basis_year: number | '';
  candidates: string;
  explanation: string;
}

export function gapLabel(g: GapOut): string {
  switch (g.kind) {
    case 'process':
    case 'tolerance':
      return `${g.kind} ${g.process}${g.toleranceMm === undefined ? '' : ` ${g.toleranceMm} mm`}`;
    case 'material':
      return `material ${g.material}`;
    case 'certification':
      return `certification ${g.certification}`;
    case 'capacity':
      return `capacity ${g.capacityTonnes} t`;
  }
}

export function substitutionTable(out: SubstitutionOut): SubstitutionTableRow[] {
  return out.opportunities.map((o) => ({
    rank: o.rank,
    component: o.component.id,
    component_name: o.component.name,
    cluster: o.cluster.id,
    cluster_name: o.cluster.name,
    status: o.status,
    score: o.score,
    coverage: o.coverage,
    gaps: o.gaps.map(gapLabel).join('; '),
    levers: [...new Set(o.gaps.map((g) => g.lever))].join('; '),
    density: o.density,
    capacity_ratio: o.capacityRatio ?? '',
    distance_km: o.distanceKm ?? '',
    import_value_usd: o.importValueUsd,
    import_basis: o.importBasis,
    basis_value_usd: o.basisValueUsd,
    basis_year: o.basisYear ?? '',
    candidates: o.candidates.map((c) => c.id).join(';'),
    explanation: o.explanation,
  }));
}
