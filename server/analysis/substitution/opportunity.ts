// One ranked pair spelled out for the answer: requirements with who meets them, gaps (each a
// ready-made what-if intervention), the features, candidate firms and the explanation.
import { say, usd } from '../../i18n/index.ts';
import type { DataNames } from '../../names/index.ts';
import { byCodeUnit } from '../imports/order.ts';
import type { Evaluation } from './evaluate.ts';
import { basisValue, STATUS } from './evaluate.ts';
import { explain, inSentence } from './explain.ts';
import type { MemberProfile } from './facts.ts';
import { capabilitiesOf, capacityGap, capacityShortfall, gapOf, meets, type Capabilities, type Gap, type Requirement } from './requirements.ts';
import type { CandidateOut, Opportunity, RequirementOut } from './shapes.ts';
import { MAX_CANDIDATES } from './strategies.ts';

const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

const requirementOut = (r: Requirement, met: boolean, metBy: string[]): RequirementOut => ({ ...r, met, metBy });

/** The gaps of a pair: its unmet requirements in order, then capacity when it falls short. */
export function gapsOf(cap: Capabilities, requirements: readonly Requirement[], capacityTonnes: number, importTonnes: number): Gap[] {
  const gaps = requirements.filter((r) => !meets(cap, r)).map((r) => gapOf(cap, r));
  if (importTonnes > 0 && capacityTonnes < importTonnes) gaps.push(capacityGap(capacityShortfall(capacityTonnes, importTonnes)));
  return gaps;
}

/** Members ranked by the requirements each meets alone, then capacity, then id. */
export function candidatesOf(members: readonly MemberProfile[], requirements: readonly Requirement[]): { ranked: CandidateOut[]; caps: Map<string, Capabilities> } {
  const caps = new Map(members.map((m) => [m.id, capabilitiesOf(m)]));
  const ranked = members
    .map((m) => ({ id: m.id, name: m.name, meets: requirements.filter((r) => meets(caps.get(m.id)!, r)).length, capacityTonnes: m.capacityTonnes }))
    .filter((c) => c.meets > 0)
    .sort((a, b) => b.meets - a.meets || (b.capacityTonnes ?? 0) - (a.capacityTonnes ?? 0) || byCodeUnit(a.id, b.id));
  return { ranked, caps };
}

/** One pair spelled out; its sentences call components, processes, materials and firms by `dataNames`' names, in their language. */
export function opportunity(e: Evaluation, i: number, rank: number, clusterCaps: Capabilities, members: readonly MemberProfile[], dataNames: DataNames): Opportunity {
  const lang = dataNames.lang;
  const nK = e.input.clusters.length;
  const ci = Math.floor(i / nK);
  const c = e.input.components[ci]!;
  const k = e.input.clusters[i % nK]!;
  const reqs = e.requirements[ci]!;
  const importTonnes = e.importTonnes[ci]!;
  const gaps = gapsOf(clusterCaps, reqs, k.capacityTonnes, importTonnes);
  const { ranked, caps } = candidatesOf(members, reqs);
  const requirements = reqs.map((r) =>
    requirementOut(
      r,
      meets(clusterCaps, r),
      members.filter((m) => meets(caps.get(m.id)!, r)).map((m) => m.id),
    ),
  );
  const origins = c.origins
    .map((o) => ({ country: o.country, name: o.name, share: c.importValueUsd > 0 ? o.valueUsd / c.importValueUsd : 0 }))
    .sort((a, b) => b.share - a.share || byCodeUnit(a.country, b.country));
  const names = new Map<string, string>([...c.processes.map((p) => [p.id, dataNames.name(p.id, p.name)] as const), ...(c.material ? [[c.material.id, dataNames.name(c.material.id, c.material.name)] as const] : [])]);
  const componentName = inSentence(dataNames.name(c.id, c.name));
  const status = STATUS[e.status[i]!]!;
  const numbers = e.pair(i);
  const met = numbers.met;
  const lead = ranked[0] && ranked[0].meets === reqs.length && reqs.length > 0 ? dataNames.name(ranked[0].id, ranked[0].name) : undefined;
  // Under the national basis the explanation also says what national statistics put at stake.
  const basis = e.input.basis ?? { kind: 'buyers' as const, year: null };
  const nationalNote =
    basis.kind === 'national' && basis.year !== null ? say(lang, 'trade.subst.basis', { component: componentName, usd: usd(lang, basisValue(e, ci)), year: String(basis.year) }) : '';
  return {
    rank,
    component: { id: c.id, name: c.name },
    cluster: { id: k.id, name: k.name },
    status,
    score: numbers.score,
    coverage: numbers.coverage,
    requirements,
    gaps,
    density: numbers.density,
    capacityRatio: orNull(numbers.capacityRatio),
    capacityTonnes: k.capacityTonnes,
    importTonnes: orNull(importTonnes),
    distanceKm: orNull(numbers.distanceKm),
    importValueUsd: c.importValueUsd,
    importBasis: basis.kind,
    basisValueUsd: basisValue(e, ci),
    basisYear: basis.kind === 'national' ? basis.year : null,
    origins,
    candidates: ranked.slice(0, MAX_CANDIDATES),
    explanation: explain({
      cluster: k.name,
      component: componentName,
      status,
      met,
      total: reqs.length,
      gaps,
      importValueUsd: c.importValueUsd,
      origins,
      capacityTonnes: k.capacityTonnes,
      importTonnes: orNull(importTonnes),
      names: (id) => names.get(id) ?? id,
      heldTolerance: (p) => {
        const held = clusterCaps.processes.get(p);
        return held === undefined || !Number.isFinite(held) ? null : held;
      },
      lead,
    }, lang) + nationalNote,
  };
}
