// The key figures of the risk answer as sentences in its language (for briefings and the CLI):
// how many single-source supplies and their value, the largest of them, how many firms cut some
// buyer off when they fail and how many cut off an OEM, and the firm with the largest impact. Sums
// run in the answer's order, so both stores write the same sentences.
import { count, inSentence, list, say, usd, type Lang } from '../../i18n/index.ts';
import type { FailureImpact, SingleSource } from './shapes.ts';

function singleSourceLines(lang: Lang, single: readonly SingleSource[]): string[] {
  if (single.length === 0) return [say(lang, 'risk.single.none')];
  const value = single.reduce((sum, s) => sum + (s.valueUsd ?? 0), 0);
  const lines = [say(lang, 'risk.single', { n: count(lang, single.length), usd: usd(lang, value) })];
  const top = single[0]!;
  if (top.valueUsd !== null) {
    lines.push(say(lang, 'risk.single.largest', { buyer: top.buyer.name, component: inSentence(top.component.name), supplier: top.supplier.name, usd: usd(lang, top.valueUsd) }));
  }
  return lines;
}

function impactLines(lang: Lang, impacts: readonly FailureImpact[]): string[] {
  if (impacts.length === 0) return [say(lang, 'risk.impact.none')];
  const withOem = impacts.filter((f) => f.impactedOems.length > 0).length;
  const worst = impacts[0]!;
  const oems = worst.impactedOems.length === 0 ? say(lang, 'none') : list(lang, worst.impactedOems.map((o) => o.name));
  return [
    say(lang, 'risk.impact', { n: count(lang, impacts.length), oems: count(lang, withOem) }),
    say(lang, 'risk.worst', { firm: worst.firm.name, buyers: count(lang, worst.impactedBuyers.length), usd: usd(lang, worst.lostValueUsd), oems }),
  ];
}

export const riskSummary = (lang: Lang, single: readonly SingleSource[], impacts: readonly FailureImpact[]): string[] => [
  ...singleSourceLines(lang, single),
  ...impactLines(lang, impacts),
];
