// The evidence sentence of a missing-link recommendation, e.g. "IKM Pasuruan 01 in Sentra IKM logam
// Pasuruan makes brake drum in grey iron FC250 and can hold 0.05 mm; Hyundai needs 30,000 a year,
// none supplied domestically; …". Every clause restates one fact of the candidate (facts.ts): the
// supplier's MAKES/CAN/WORKS/certifications and cluster, the buyer's NEEDS, SUPPLIES into it and its
// latest-year IMPORTS, and SUPPLIES links on a path between them. Nothing is said that the data
// does not hold.
import type { CandidateFact, Hop, Ref } from './facts.ts';
import { finestTolerance, type Derived } from './score.ts';
import type { Gap } from './shapes.ts';

const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** USD 4.2 m, USD 360,000. */
export function usd(value: number): string {
  return value >= 1e6 ? `USD ${(value / 1e6).toFixed(1)} m` : `USD ${count.format(value)}`;
}

/** A name inside a sentence: "Brake drum" -> "brake drum", but "ECU" and "PT KAI" stay. */
function inline(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
}

const VERB: Record<Hop, string> = { supplies: 'supplies', buys: 'buys from', both: 'supplies and buys from' };

function list(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function gapText(gap: Gap, fact: CandidateFact): string {
  const processName = fact.processes.find((p) => p.process === gap.process)?.name ?? gap.process ?? '';
  switch (gap.kind) {
    case 'process':
      return `cannot do ${inline(processName)}`;
    case 'tolerance': {
      const held = fact.processes.find((p) => p.process === gap.process)?.tolerances[0];
      return held === undefined ? `does not hold ${gap.toleranceMm} mm on ${inline(processName)}` : `holds only ${held} mm on ${inline(processName)} (${gap.toleranceMm} mm needed)`;
    }
    case 'material':
      return `does not work ${inline(fact.material?.name ?? gap.material ?? '')}`;
    case 'certification':
      return `lacks ${gap.certification}`;
  }
}

function supplierClause(fact: CandidateFact, d: Derived): string {
  const where = fact.supplierCluster ? ` in ${fact.supplierCluster.name}` : '';
  const part = inline(fact.componentName);
  const material = fact.material?.met ? ` in ${inline(fact.material.name)}` : '';
  const held = finestTolerance(fact);
  const toleranceGap = d.gaps.some((g) => g.kind === 'tolerance');
  const tolerance = held !== null && fact.toleranceMm !== null && !toleranceGap ? ` and can hold ${held} mm` : '';
  if (!fact.makes) {
    const needs = [
      fact.processes.length > 0 ? `does ${list(fact.processes.map((p) => inline(p.name)))}` : '',
      fact.material ? `works ${inline(fact.material.name)}` : '',
      fact.certification ? `holds ${fact.certification.certification}` : '',
    ].filter((s) => s !== '');
    return `${fact.supplierName}${where} does not make ${part} yet but covers what it needs (${needs.join('; ')})${tolerance}`;
  }
  const gaps = d.gaps.length > 0 ? `, but ${list(d.gaps.map((g) => gapText(g, fact)))}` : '';
  return `${fact.supplierName}${where} makes ${part}${material}${tolerance}${gaps}`;
}

function buyerClause(fact: CandidateFact, d: Derived): string {
  const origins = list(fact.origins.map((o) => o.name));
  const imports = fact.origins.length > 0 ? `imports ${fact.need ? 'it' : inline(fact.componentName)} from ${origins} (${usd(d.importUsd)} in ${fact.importYear})` : '';
  if (!fact.need) return `${fact.buyerName} ${imports}`;
  const units = fact.need.units;
  const domestic =
    fact.currentSupply.length === 0
      ? ', none supplied domestically'
      : units !== null
        ? `, ${count.format(d.domesticUnits)} supplied domestically`
        : '';
  const need = units === null ? `${fact.buyerName} needs it` : `${fact.buyerName} needs ${count.format(units)} a year${domestic}`;
  return imports === '' ? need : `${need}, and ${imports}`;
}

function names(refs: Ref[]): string {
  return list(refs.map((r) => r.name));
}

function networkClauses(fact: CandidateFact, d: Derived): string[] {
  const out: string[] = [];
  const s = fact.supplierName;
  const b = fact.buyerName;
  if (fact.alreadySupplies.length > 0) out.push(`${s} already supplies ${b} with ${list(fact.alreadySupplies.map((c) => inline(c.name)))}`);
  const chain = fact.sharedPartners.find((z) => z.withSupplier === 'supplies' && z.withBuyer === 'supplies') ?? fact.sharedPartners[0];
  if (chain) {
    const others = fact.sharedPartners.length - 1;
    out.push(`${s} already ${VERB[chain.withSupplier]} ${chain.name}, which ${VERB[chain.withBuyer]} ${b}${others > 0 ? ` (${others} more shared partner${others > 1 ? 's' : ''})` : ''}`);
  } else if (fact.example3) {
    const [h1, h2, h3] = fact.example3.hops;
    const more = fact.paths3 > 1 ? ` (one of ${fact.paths3} paths of length 3)` : '';
    out.push(`${s} ${VERB[h1]} ${fact.example3.x.name}, which ${VERB[h2]} ${fact.example3.y.name}, which ${VERB[h3]} ${b}${more}`);
  }
  if (fact.suppliesElsewhere.length > 0) out.push(`${s} already supplies ${inline(fact.componentName)} to ${names(fact.suppliesElsewhere)}`);
  if (out.length === 0 && d.peer) {
    out.push(`${s} shares ${d.peer.shared} buyer${d.peer.shared > 1 ? 's' : ''} with ${d.peer.name}, a current supplier of ${b}`);
  }
  return out;
}

export function evidenceSentence(fact: CandidateFact, d: Derived): string {
  return `${[supplierClause(fact, d), buyerClause(fact, d), ...networkClauses(fact, d)].join('; ')}.`;
}
