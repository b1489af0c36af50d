// The substitution ranking as one flat table (`rantai analyse substitution --format csv`): one row
// per opportunity, columns named as the API's fields and the web view's CSV (README, "Column
// names"); gaps as "certification IATF 16949; tolerance p-machining-cnc 0.02 mm", candidate firms
// as ids joined by ";".
import type { GapOut, SubstitutionOut } from './shapes.ts';

export interface SubstitutionTableRow {
  rank: number;
  component: string;
  componentName: string;
  cluster: string;
  clusterName: string;
  status: string;
  score: number;
  coverage: number;
  gaps: string;
  levers: string;
  density: number;
  capacityRatio: number | '';
  distanceKm: number | '';
  importValueUsd: number;
  importBasis: string;
  basisValueUsd: number;
  basisYear: number | '';
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
    componentName: o.component.name,
    cluster: o.cluster.id,
    clusterName: o.cluster.name,
    status: o.status,
    score: o.score,
    coverage: o.coverage,
    gaps: o.gaps.map(gapLabel).join('; '),
    levers: [...new Set(o.gaps.map((g) => g.lever))].join('; '),
    density: o.density,
    capacityRatio: o.capacityRatio ?? '',
    distanceKm: o.distanceKm ?? '',
    importValueUsd: o.importValueUsd,
    importBasis: o.importBasis,
    basisValueUsd: o.basisValueUsd,
    basisYear: o.basisYear ?? '',
    candidates: o.candidates.map((c) => c.id).join(';'),
    explanation: o.explanation,
  }));
}
