// What-if interventions applied to the facts (DESIGN.md, "Analyses > Substitution > What-if"): a
// target cluster gains a pooled capability (a cooperative machine, a material centre, a certified
// quality lab), a target firm gains its own, which its cluster then has too. `add` reads like a gap:
// process (with toleranceMm, or none = meets any tolerance), material, certification, capacityTonnes.
// The facts are copied, never changed in place.
import { byCodeUnit, byKey } from '../imports/order.ts';
import { finer } from './embedded-facts.ts';
import type { ClusterProfile, MemberProfile, ProcessCapability } from './facts.ts';
import type { Intervention } from './shapes.ts';

type Add = Intervention['add'];

interface Capable {
  processes: ProcessCapability[];
  materials: string[];
  certifications: string[];
}

const withItem = (list: readonly string[], item: string | undefined): string[] =>
  item === undefined || list.includes(item) ? [...list] : [...list, item].sort(byCodeUnit);

function addCapabilities<T extends Capable>(target: T, add: Add): T {
  let processes = target.processes;
  if (add.process !== undefined) {
    const tol = add.toleranceMm ?? null;
    const existing = processes.find((p) => p.id === add.process);
    processes = existing
      ? processes.map((p) => (p.id === add.process ? { id: p.id, toleranceMm: finer(p.toleranceMm, tol) } : p))
      : [...processes, { id: add.process, toleranceMm: tol }].sort(byKey((p) => p.id));
  }
  return { ...target, processes, materials: withItem(target.materials, add.material), certifications: withItem(target.certifications, add.certification) };
}

export interface AppliedInterventions {
  /** Every cluster, with the interventions on it or on its members. */
  clusters: ClusterProfile[];
  /** Targeted firms with their own interventions. */
  firms: Map<string, MemberProfile>;
}

/**
 * Applies interventions in order. `firms` holds the profiles of the firms named as targets (each a
 * member of one of `clusters`); targets are assumed valid (analysis.ts checks them first).
 */
export function applyInterventions(clusters: readonly ClusterProfile[], firms: readonly MemberProfile[], interventions: readonly Intervention[]): AppliedInterventions {
  const byId = new Map(clusters.map((c) => [c.id, c]));
  const firmById = new Map(firms.map((f) => [f.id, f]));
  const touched = new Map<string, MemberProfile>();
  for (const { target, add } of interventions) {
    const firm = touched.get(target) ?? firmById.get(target);
    const clusterId = byId.has(target) ? target : firm?.cluster;
    if (firm && !byId.has(target)) {
      const updated = addCapabilities(firm, add);
      if (add.capacityTonnes !== undefined) updated.capacityTonnes = (firm.capacityTonnes ?? 0) + add.capacityTonnes;
      touched.set(target, updated);
    }
    if (clusterId === undefined || clusterId === null) continue;
    const cluster = addCapabilities(byId.get(clusterId)!, add);
    if (add.capacityTonnes !== undefined) cluster.capacityTonnes += add.capacityTonnes;
    byId.set(clusterId, cluster);
  }
  return { clusters: clusters.map((c) => byId.get(c.id)!), firms: touched };
}
