// The evidence sentence of a missing-link recommendation, e.g. "IKM Pasuruan 01 in Sentra IKM logam
// Pasuruan makes brake drum in grey iron FC250 and can hold 0.05 mm; Hyundai needs 30,000 a year,
// none supplied domestically; …". Every clause restates one fact of the candidate (facts.ts): the
// supplier's MAKES/CAN/WORKS/certifications and cluster, the buyer's NEEDS, SUPPLIES into it and its
// latest-year IMPORTS, and SUPPLIES links on a path between them. Nothing is said that the data
// does not hold. The words come from the message catalogue (server/i18n/messages/links.ts).
import { count, countryName, decimal, DEFAULT_LANG, list, sayIn, usdShort, whole, type Lang, type Say } from '../../i18n/index.ts';
import type { CandidateFact, Hop, Ref } from './facts.ts';
import { finestTolerance, type Derived } from './score.ts';
import type { Gap } from './shapes.ts';
import { inSentence as inline } from '../../i18n/in-sentence.ts';

/** USD 4.2 m, USD 360,000 (English; usdShort() of server/i18n for a language). */
export const usd = (value: number): string => usdShort('en', value);


const hop = (say: Say, h: Hop): string => say(`hop.${h}`);

/** What one sentence needs: its language and the catalogue in it. */
interface Writer {
  lang: Lang;
  say: Say;
}

function gapText(w: Writer, gap: Gap, fact: CandidateFact): string {
  const processName = fact.processes.find((p) => p.process === gap.process)?.name ?? gap.process ?? '';
  switch (gap.kind) {
    case 'process':
      return w.say('links.gap.process', { process: inline(processName) });
    case 'tolerance': {
      const held = fact.processes.find((p) => p.process === gap.process)?.tolerances[0];
      const mm = decimal(w.lang, gap.toleranceMm!);
      return held === undefined
        ? w.say('links.gap.tolerance', { mm, process: inline(processName) })
        : w.say('links.gap.toleranceHeld', { held: decimal(w.lang, held), mm, process: inline(processName) });
    }
    case 'material':
      return w.say('links.gap.material', { material: inline(fact.material?.name ?? gap.material ?? '') });
    case 'certification':
      return w.say('links.gap.certification', { certification: gap.certification! });
  }
}

function supplierClause(w: Writer, fact: CandidateFact, d: Derived): string {
  const where = fact.supplierCluster ? w.say('links.where', { cluster: fact.supplierCluster.name }) : '';
  const part = inline(fact.componentName);
  const held = finestTolerance(fact);
  const toleranceGap = d.gaps.some((g) => g.kind === 'tolerance');
  const tolerance = held !== null && fact.toleranceMm !== null && !toleranceGap ? w.say('links.canHold', { mm: decimal(w.lang, held) }) : '';
  const supplier = fact.supplierName;
  if (!fact.makes) {
    const needs = [
      fact.processes.length > 0 ? w.say('links.capable.processes', { processes: list(w.lang, fact.processes.map((p) => inline(p.name))) }) : '',
      fact.material ? w.say('links.capable.material', { material: inline(fact.material.name) }) : '',
      fact.certification ? w.say('links.capable.certification', { certification: fact.certification.certification }) : '',
    ].filter((s) => s !== '');
    return w.say('links.capable', { supplier, where, part, needs: needs.join('; '), tolerance });
  }
  const material = fact.material?.met ? w.say('links.madeOf', { material: inline(fact.material.name) }) : '';
  const gaps = d.gaps.length > 0 ? w.say('links.makes.gaps', { gaps: list(w.lang, d.gaps.map((g) => gapText(w, g, fact))) }) : '';
  return w.say('links.makes', { supplier, where, part, material, tolerance, gaps });
}

function buyerClause(w: Writer, fact: CandidateFact, d: Derived): string {
  const buyer = fact.buyerName;
  const origins = list(w.lang, fact.origins.map((o) => countryName(w.lang, o.country, o.name)));
  const bought = { origins, usd: usdShort(w.lang, d.importUsd), year: String(fact.importYear) };
  const imports = fact.origins.length === 0 ? '' : fact.need ? w.say('links.importsIt', bought) : w.say('links.importsPart', { ...bought, part: inline(fact.componentName) });
  if (!fact.need) return w.say('links.buyerImports', { buyer, imports });
  const units = fact.need.units;
  const domestic =
    fact.currentSupply.length === 0 ? w.say('links.domestic.none') : units !== null ? w.say('links.domestic.some', { units: count(w.lang, d.domesticUnits) }) : '';
  const need = units === null ? w.say('links.needsIt', { buyer }) : w.say('links.needsUnits', { buyer, units: count(w.lang, units), domestic });
  return imports === '' ? need : w.say('links.needAndImports', { need, imports });
}

function names(w: Writer, refs: Ref[]): string {
  return list(w.lang, refs.map((r) => r.name));
}

function networkClauses(w: Writer, fact: CandidateFact, d: Derived): string[] {
  const out: string[] = [];
  const supplier = fact.supplierName;
  const buyer = fact.buyerName;
  if (fact.alreadySupplies.length > 0) {
    out.push(w.say('links.alreadySuppliesBuyer', { supplier, buyer, components: list(w.lang, fact.alreadySupplies.map((c) => inline(c.name))) }));
  }
  const chain = fact.sharedPartners.find((z) => z.withSupplier === 'supplies' && z.withBuyer === 'supplies') ?? fact.sharedPartners[0];
  if (chain) {
    const others = fact.sharedPartners.length - 1;
    const more = others > 0 ? w.say(others > 1 ? 'links.morePartners.other' : 'links.morePartners.one', { n: whole(w.lang, others) }) : '';
    out.push(w.say('links.sharedPartner', { supplier, hop1: hop(w.say, chain.withSupplier), partner: chain.name, hop2: hop(w.say, chain.withBuyer), buyer, others: more }));
  } else if (fact.example3) {
    const [h1, h2, h3] = fact.example3.hops;
    const more = fact.paths3 > 1 ? w.say('links.path3.more', { n: whole(w.lang, fact.paths3) }) : '';
    out.push(
      w.say('links.path3', { supplier, hop1: hop(w.say, h1), x: fact.example3.x.name, hop2: hop(w.say, h2), y: fact.example3.y.name, hop3: hop(w.say, h3), buyer, more }),
    );
  }
  if (fact.suppliesElsewhere.length > 0) out.push(w.say('links.suppliesElsewhere', { supplier, part: inline(fact.componentName), buyers: names(w, fact.suppliesElsewhere) }));
  if (out.length === 0 && d.peer) {
    out.push(w.say(d.peer.shared > 1 ? 'links.peer.other' : 'links.peer.one', { supplier, n: whole(w.lang, d.peer.shared), peer: d.peer.name, buyer }));
  }
  return out;
}

export function evidenceSentence(fact: CandidateFact, d: Derived, lang: Lang = DEFAULT_LANG): string {
  const w: Writer = { lang, say: sayIn(lang) };
  return `${[supplierClause(w, fact, d), buyerClause(w, fact, d), ...networkClauses(w, fact, d)].join('; ')}.`;
}
