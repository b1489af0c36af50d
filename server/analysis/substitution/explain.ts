// The one-sentence explanation of an opportunity, written for an analyst to paste into a briefing:
// who could replace how much of which import from where, and what stands in the way (with the
// policy lever). Numbers are rounded for reading; the exact ones are in the other fields. The words
// come from the message catalogue (server/i18n/messages/substitution.ts), in English or Indonesian.
import { count, countryName, decimal, DEFAULT_LANG, fixed, inSentence, list, percent, sayIn, usd, whole, type Lang, type Say } from '../../i18n/index.ts';
import type { Status } from './evaluate.ts';
import type { Gap } from './requirements.ts';

export interface ExplainInput {
  cluster: string;
  component: string;
  status: Status;
  met: number;
  total: number;
  gaps: readonly Gap[];
  importValueUsd: number;
  /** Largest first; `name` is the dataset's (English) name, `country` its ISO alpha-3 code. */
  origins: readonly { country: string; name: string; share: number }[];
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
export const groupDigits = (n: number): string => count('en', n);

/** "USD 3.5 million", "USD 945,000" (English; usd() of server/i18n for a language). */
export const formatUsd = (v: number): string => usd('en', v);

export { inSentence };

function originText(lang: Lang, say: Say, origins: ExplainInput['origins']): string {
  if (origins.length === 0) return '';
  const name = (o: ExplainInput['origins'][number]) => countryName(lang, o.country, o.name);
  if (origins.length === 1) return say('subst.origins.one', { a: name(origins[0]!) });
  const [a, b] = origins;
  const params = { a: name(a!), pa: percent(lang, a!.share), b: name(b!), pb: percent(lang, b!.share) };
  return origins.length > 2 ? say('subst.origins.many', params) : say('subst.origins.two', params);
}

function gapText(lang: Lang, say: Say, g: Gap, input: ExplainInput): string {
  switch (g.kind) {
    case 'process': {
      const process = inSentence(input.names(g.process!));
      return g.toleranceMm === undefined ? say('subst.gap.process', { process }) : say('subst.gap.processTo', { process, mm: decimal(lang, g.toleranceMm) });
    }
    case 'tolerance': {
      const held = input.heldTolerance(g.process!);
      const params = { process: inSentence(input.names(g.process!)), mm: decimal(lang, g.toleranceMm!) };
      return held === null ? say('subst.gap.tolerance', params) : say('subst.gap.toleranceHeld', { ...params, held: decimal(lang, held) });
    }
    case 'material':
      return say('subst.gap.material', { material: inSentence(input.names(g.material!)) });
    case 'certification':
      return say('subst.gap.certification', { certification: g.certification! });
    case 'capacity':
      return say('subst.gap.capacity', { short: count(lang, g.capacityTonnes!), capacity: count(lang, input.capacityTonnes), imported: count(lang, input.importTonnes ?? 0) });
  }
}

function requirementsText(lang: Lang, say: Say, met: number, total: number): string {
  if (total === 0) return say('subst.reqs.none');
  // "all 1 requirements", "0 of 1 requirements": one requirement reads as itself
  if (total === 1) return say(met === 1 ? 'subst.reqs.one' : 'subst.reqs.noneOfOne');
  return met === total ? say('subst.reqs.all', { total: whole(lang, total) }) : say('subst.reqs.some', { met: whole(lang, met), total: whole(lang, total) });
}

/** How many times the imported tonnage the members can make: "2.5", "17" / "2,5", "17". */
const ratioText = (lang: Lang, ratio: number): string => (ratio >= 10 ? whole(lang, ratio) : fixed(lang, ratio, 1));

export function explain(input: ExplainInput, lang: Lang = DEFAULT_LANG): string {
  const say = sayIn(lang);
  const stake = say('subst.stake', { usd: usd(lang, input.importValueUsd), component: input.component, origins: originText(lang, say, input.origins) });
  const reqs = requirementsText(lang, say, input.met, input.total);
  const cluster = input.cluster;
  if (input.status === 'ready') {
    const lead = input.lead ? say('subst.ready.lead', { lead: input.lead }) : '';
    const ratio = input.importTonnes !== null && input.importTonnes > 0 ? input.capacityTonnes / input.importTonnes : null;
    const capacity = ratio === null ? '' : say('subst.ready.capacity', { ratio: ratioText(lang, ratio), tonnes: count(lang, input.importTonnes!) });
    return say('subst.ready', { cluster, stake, reqs, lead, capacity });
  }
  const missing = list(lang, input.gaps.map((g) => gapText(lang, say, g, input)));
  const levers = [...new Set(input.gaps.map((g) => say(`subst.lever.${g.lever}`)))];
  if (input.status === 'near') return say('subst.near', { cluster, stake, reqs, missing, lever: levers[0]! });
  return say('subst.stretch', { cluster, stake, reqs, missing, levers: levers.join('; '), gaps: whole(lang, input.gaps.length) });
}
