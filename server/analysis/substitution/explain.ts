// The one-sentence explanation of an opportunity, written for an analyst to paste into a briefing:
// who could replace how much of which import from where, and what stands in the way (with the
// policy lever). Numbers are rounded for reading; the exact ones are in the other fields.
import type { Status } from './evaluate.ts';
import { LEVER_NAMES, type Gap } from './requirements.ts';

export interface ExplainInput {
  cluster: string;
  component: string;
  status: Status;
  met: number;
  total: number;
  gaps: readonly Gap[];
  importValueUsd: number;
  /** Largest first. */
  origins: readonly { name: string; share: number }[];
  capacityTonnes: number;
  importTonnes: number | null;
  /** Names of processes and materials, by id. */
  names: (id: string) => string;
  /** The finest tolerance the cluster holds in a process (for tolerance gaps), or null. */
  heldTolerance: (process: string) => number | null;
  /** The member meeting the most requirements, when one meets them all alone. */
  lead?: string;
}

/** 1234567 → "1,234,567". */
export const groupDigits = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function formatUsd(v: number): string {
  if (v >= 1e9) return `USD ${(v / 1e9).toFixed(1)} billion`;
  if (v >= 1e6) return `USD ${(v / 1e6).toFixed(1)} million`;
  if (v >= 1e4) return `USD ${groupDigits(Math.round(v / 1e3) * 1e3)}`;
  return `USD ${groupDigits(v)}`;
}

const pct = (share: number): string => `${Math.round(share * 100)} %`;

/** A name inside a sentence: "Grey iron FC250" → "grey iron FC250"; "CNC machining" stays. */
export const inSentence = (name: string): string => (/^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name);

function originText(origins: ExplainInput['origins']): string {
  if (origins.length === 0) return '';
  if (origins.length === 1) return ` from ${origins[0]!.name}`;
  const [a, b] = origins;
  return ` ${origins.length > 2 ? 'mainly ' : ''}from ${a!.name} (${pct(a!.share)}) and ${b!.name} (${pct(b!.share)})`;
}

function gapText(g: Gap, input: ExplainInput): string {
  switch (g.kind) {
    case 'process':
      return `${inSentence(input.names(g.process!))}${g.toleranceMm === undefined ? '' : ` to ${g.toleranceMm} mm`}`;
    case 'tolerance': {
      const held = input.heldTolerance(g.process!);
      return `${inSentence(input.names(g.process!))} to ${g.toleranceMm} mm${held === null ? '' : `, where its best is ${held} mm`}`;
    }
    case 'material':
      return inSentence(input.names(g.material!));
    case 'certification':
      return `${g.certification} certification`;
    case 'capacity':
      return `${groupDigits(g.capacityTonnes!)} t a year more capacity (${groupDigits(input.capacityTonnes)} t for ${groupDigits(input.importTonnes ?? 0)} t imported)`;
  }
}

const listText = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

const requirementsText = (met: number, total: number): string =>
  total === 0 ? 'no process, material or certification requirement is recorded' : met === total ? `its members meet all ${total} requirements` : `its members meet ${met} of ${total} requirements`;

export function explain(input: ExplainInput): string {
  const stake = `${formatUsd(input.importValueUsd)} a year of imported ${input.component}${originText(input.origins)}`;
  const reqs = requirementsText(input.met, input.total);
  if (input.status === 'ready') {
    const lead = input.lead ? ` (${input.lead} alone meets every one)` : '';
    const ratio = input.importTonnes !== null && input.importTonnes > 0 ? input.capacityTonnes / input.importTonnes : null;
    const capacity = ratio === null ? '' : ` and have ${ratio >= 10 ? Math.round(ratio) : ratio.toFixed(1)} times the ${groupDigits(input.importTonnes!)} t imported`;
    return `${input.cluster} can replace ${stake} now: ${reqs}${lead}${capacity}.`;
  }
  const missing = listText(input.gaps.map((g) => gapText(g, input)));
  const levers = [...new Set(input.gaps.map((g) => LEVER_NAMES[g.lever]))];
  if (input.status === 'near') return `${input.cluster} is one gap away from replacing ${stake}: ${reqs} and it needs ${missing}; lever: ${levers[0]}.`;
  return `${input.cluster} is ${input.gaps.length} gaps away from replacing ${stake}: ${reqs} and it needs ${missing}; levers: ${levers.join('; ')}.`;
}
