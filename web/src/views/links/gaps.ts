// A recommended link's unmet requirements in a few words, grouped by kind and named: "processes
// (Machining, Heat treatment); certification (IATF 16949)". Said one by one they read "a process,
// a process, a process, certification", which tells the reader neither how many nor which.
import type { Gap, Recommendation } from '../../../../server/analysis/links/shapes.ts';
import { t } from '../../app/i18n.ts';
import './messages.ts';

/** Names of the catalogue's processes and materials by id (a gap carries ids); certifications are named as they are. */
export interface GapNames {
  processes: ReadonlyMap<string, string>;
  materials: ReadonlyMap<string, string>;
}

// The order the groups are said in (the server's GAP_KINDS; a type-only import keeps its module out of the bundle).
const KINDS: ReadonlyArray<Gap['kind']> = ['process', 'tolerance', 'material', 'certification'];

const nameOf = (g: Gap, names: GapNames): string => {
  if (g.kind === 'material') return names.materials.get(g.material ?? '') ?? g.material ?? '';
  if (g.kind === 'certification') return g.certification ?? '';
  return names.processes.get(g.process ?? '') ?? g.process ?? '';
};

/** One phrase a kind, in KINDS' order, each naming its requirements once ("processes (Casting, Machining)"). */
export function gapGroups(gaps: readonly Gap[], names: GapNames): string[] {
  return KINDS.flatMap((kind) => {
    const named = [...new Set(gaps.filter((g) => g.kind === kind).map((g) => nameOf(g, names)))];
    if (named.length === 0) return [];
    const list = named.filter((n) => n !== '').join(', ');
    const word = t(`links.gapKind.${kind}`, { n: named.length });
    return [list === '' ? word : `${word} (${list})`];
  });
}

/** The feasibility cell: capable, makes it, or makes it short of the groups above. */
export function feasibilityText(r: Pick<Recommendation, 'feasibility' | 'gaps'>, names: GapNames): string {
  if (r.feasibility === 'capable') return t('links.capable');
  if (r.gaps.length === 0) return t('links.makes');
  return t('links.makesWithGaps', { gaps: gapGroups(r.gaps, names).join('; ') });
}
