// Requirements of an imported component and the rule that says whether a cluster (or one firm)
// meets them (DESIGN.md, "Analyses > Substitution"):
//   - each process in NEEDS_PROCESS holds when a member CAN do it with toleranceMm no coarser than
//     the component's; a missing tolerance on either side counts as met;
//   - the material (MADE_OF) holds when a member WORKS it; the certification when a member holds it.
// An unmet requirement is a gap, mapped to a policy lever: process or tolerance → machinery
// restructuring; certification → quality coaching and certification; capacity → investment or
// cooperative pooling; material → material centre.
//
// Capacity is NOT a requirement (coverage measures capability, not scale) but it IS a gap: when the
// cluster's capacity is below the tonnage imported (capacityRatio < 1) the opportunity gets a
// capacity gap whose capacityTonnes is the shortfall in whole tonnes, rounded up so that adding it
// closes the gap. Status counts every gap: ready (none), near (one), stretch (more).
import { z } from 'zod';
import type { ImportedComponent, ProcessCapability } from './facts.ts';

export const GAP_KINDS = ['process', 'tolerance', 'material', 'certification', 'capacity'] as const;
export type GapKind = (typeof GAP_KINDS)[number];
export const GapKindSchema = z.enum(GAP_KINDS, { error: `kind must be one of ${GAP_KINDS.join(', ')}` });

export const LEVERS = ['machinery-restructuring', 'quality-certification', 'investment-pooling', 'material-centre'] as const;
export type Lever = (typeof LEVERS)[number];
export const LeverSchema = z.enum(LEVERS, { error: `lever must be one of ${LEVERS.join(', ')}` });

export const LEVER_OF: Readonly<Record<GapKind, Lever>> = {
  process: 'machinery-restructuring',
  tolerance: 'machinery-restructuring',
  certification: 'quality-certification',
  capacity: 'investment-pooling',
  material: 'material-centre',
};

export type Requirement =
  | { kind: 'process'; process: string; toleranceMm?: number }
  | { kind: 'material'; material: string }
  | { kind: 'certification'; certification: string };

export interface Gap {
  kind: GapKind;
  lever: Lever;
  process?: string;
  toleranceMm?: number;
  material?: string;
  certification?: string;
  capacityTonnes?: number;
}

/** The component's requirements: its processes (by id), then its material, then its certification. */
export function requirementsOf(c: ImportedComponent): Requirement[] {
  const out: Requirement[] = c.processes.map((p) => (c.toleranceMm === null ? { kind: 'process', process: p.id } : { kind: 'process', process: p.id, toleranceMm: c.toleranceMm }));
  if (c.material) out.push({ kind: 'material', material: c.material.id });
  if (c.certification !== null) out.push({ kind: 'certification', certification: c.certification });
  return out;
}

/**
 * The tolerance rule in one comparison. A held capability is encoded as its finest tolerance,
 * -Infinity when no tolerance is recorded (meets any) and NaN when the process is absent; a required
 * tolerance as itself, or +Infinity when the component records none. Then "met" is `held <= required`
 * (NaN compares false). The fast pair loop (evaluate.ts) and the detail code below both use it.
 */
export const encodeHeld = (toleranceMm: number | null): number => (toleranceMm === null ? -Infinity : toleranceMm);
export const encodeRequired = (toleranceMm: number | undefined): number => (toleranceMm === undefined ? Infinity : toleranceMm);
export const toleranceMet = (held: number, required: number): boolean => held <= required;

/** What a cluster or a firm can do, in the form the rule reads (processes: encoded held tolerance). */
export interface Capabilities {
  processes: Map<string, number>;
  materials: Set<string>;
  certifications: Set<string>;
}

export const capabilitiesOf = (p: { processes: readonly ProcessCapability[]; materials: readonly string[]; certifications: readonly string[] }): Capabilities => ({
  processes: new Map(p.processes.map((x) => [x.id, encodeHeld(x.toleranceMm)])),
  materials: new Set(p.materials),
  certifications: new Set(p.certifications),
});

export function meets(cap: Capabilities, r: Requirement): boolean {
  switch (r.kind) {
    case 'process':
      return toleranceMet(cap.processes.get(r.process) ?? Number.NaN, encodeRequired(r.toleranceMm));
    case 'material':
      return cap.materials.has(r.material);
    case 'certification':
      return cap.certifications.has(r.certification);
  }
}

/** The gap an unmet requirement leaves: its keys say exactly what would close it. */
export function gapOf(cap: Capabilities, r: Requirement): Gap {
  switch (r.kind) {
    case 'process': {
      const kind: GapKind = cap.processes.has(r.process) ? 'tolerance' : 'process';
      return r.toleranceMm === undefined ? { kind, lever: LEVER_OF[kind], process: r.process } : { kind, lever: LEVER_OF[kind], process: r.process, toleranceMm: r.toleranceMm };
    }
    case 'material':
      return { kind: 'material', lever: LEVER_OF.material, material: r.material };
    case 'certification':
      return { kind: 'certification', lever: LEVER_OF.certification, certification: r.certification };
  }
}

/** Whole tonnes that lift `capacity` to at least `needed` when added to it. */
export function capacityShortfall(capacity: number, needed: number): number {
  let s = Math.max(1, Math.ceil(needed - capacity));
  while (capacity + s < needed) s += 1;
  return s;
}

export const capacityGap = (capacityTonnes: number): Gap => ({ kind: 'capacity', lever: LEVER_OF.capacity, capacityTonnes });
