// Whether a firm covers a component's requirements itself (DESIGN.md, "Substitution", applied to
// one firm): every process the component NEEDS_PROCESS done through a CAN whose toleranceMm is no
// coarser than the component's (a missing tolerance on either side counts as met), its material
// worked (WORKS), its certification held. A component without any requirement has no capable firm
// (otherwise every firm would be). The embedded twin of the requirement columns of
// cypher/analysis/missing-links.cypher and of the alternatives test in single-source.cypher.
import { encodeHeld, encodeRequired, toleranceMet as heldMeetsRequired } from '../substitution/requirements.ts';
import type { CandidateRow } from './facts.ts';
import { nameOf, numProp, strProp, type GraphIndex } from './graph-index.ts';

export type RequirementFacts = Pick<CandidateRow, 'processes' | 'material' | 'certification' | 'capable'>;

/** The substitution analysis' tolerance rule, on a CAN's and a component's recorded tolerances (null: none). */
const toleranceMet = (can: number | null, needed: number | null) => heldMeetsRequired(encodeHeld(can), encodeRequired(needed ?? undefined));

export function requirementFacts(index: GraphIndex, firm: string, component: string): RequirementFacts {
  const comp = index.nodes.get(component)!;
  const needed = numProp(comp.props, 'toleranceMm');
  const cans = index.can.get(firm);
  const processes = (index.processesOf.get(component) ?? []).map((q) => {
    const rels = cans?.get(q) ?? [];
    return {
      process: q,
      name: nameOf(index, q),
      can: rels.length > 0,
      met: rels.some((r) => toleranceMet(numProp(r.props, 'toleranceMm'), needed)),
      tolerances: rels.map((r) => numProp(r.props, 'toleranceMm')).filter((t): t is number => t !== null),
    };
  });
  const m = index.materialOf.get(component);
  const material = m === undefined ? null : { material: m, name: nameOf(index, m), met: index.workers.get(m)?.has(firm) ?? false };
  const cert = strProp(comp.props, 'certification');
  const held = index.nodes.get(firm)?.props.certifications;
  const certification = cert === null ? null : { certification: cert, met: Array.isArray(held) && held.includes(cert) };
  const capable =
    (processes.length > 0 || material !== null || certification !== null) &&
    processes.every((p) => p.met) &&
    (material === null || material.met) &&
    (certification === null || certification.met);
  return { processes, material, certification, capable };
}

/** Whether the firm covers every requirement of the component (requirementFacts(...).capable, without building the facts). */
export function isCapable(index: GraphIndex, firm: string, component: string): boolean {
  const comp = index.nodes.get(component)!;
  const processes = index.processesOf.get(component) ?? [];
  const m = index.materialOf.get(component);
  const cert = strProp(comp.props, 'certification');
  if (processes.length === 0 && m === undefined && cert === null) return false;
  if (m !== undefined && !index.workers.get(m)?.has(firm)) return false;
  if (cert !== null) {
    const held = index.nodes.get(firm)?.props.certifications;
    if (!Array.isArray(held) || !held.includes(cert)) return false;
  }
  const needed = numProp(comp.props, 'toleranceMm');
  const cans = index.can.get(firm);
  return processes.every((q) => (cans?.get(q) ?? []).some((r) => toleranceMet(numProp(r.props, 'toleranceMm'), needed)));
}

/**
 * Firms that could be capable of the component (a superset, to be checked with isCapable): those
 * with a CAN to its process done by the fewest firms (a capable firm does them all); without
 * processes, those working its material; without either, those holding its certification.
 */
export function capabilityPool(index: GraphIndex, component: string): Set<string> {
  const processes = index.processesOf.get(component) ?? [];
  if (processes.length > 0) {
    let smallest: Set<string> | undefined;
    for (const q of processes) {
      const doers = index.canDo.get(q);
      if (!doers) return new Set();
      if (!smallest || doers.size < smallest.size) smallest = doers;
    }
    return new Set(smallest);
  }
  const m = index.materialOf.get(component);
  if (m !== undefined) return new Set(index.workers.get(m) ?? []);
  const pool = new Set<string>();
  const cert = strProp(index.nodes.get(component)!.props, 'certification');
  if (cert === null) return pool;
  for (const f of index.firms) {
    const held = index.nodes.get(f)!.props.certifications;
    if (Array.isArray(held) && held.includes(cert)) pool.add(f);
  }
  return pool;
}
