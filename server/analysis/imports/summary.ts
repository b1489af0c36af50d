// The key figures of the import exposure as sentences in the answer's language: how many components
// are imported and for how much (and the imported share of their supply), the largest import and
// where it comes from, the components bought from one country only (HHI 1), and the largest
// importer. Sums run in the answer's order, so both stores write the same sentences.
import { count, countryName, percent, say, usd, type Lang } from '../../i18n/index.ts';
import { TIERS, type Tier } from '../../model/index.ts';
import { foldSum } from './order.ts';
import type { ImportsOut } from './shapes.ts';

const isTier = (t: string | null): t is Tier => t !== null && (TIERS as readonly string[]).includes(t);

export function importsSummary(lang: Lang, out: Pick<ImportsOut, 'components' | 'buyers'>): string[] {
  const imported = out.components.filter((c) => c.importedValueUsd > 0);
  if (imported.length === 0) return [say(lang, 'imports.none')];
  const value = foldSum(imported.map((c) => c.importedValueUsd));
  const domestic = foldSum(out.components.map((c) => c.domesticValueUsd));
  const lines = [say(lang, 'imports.total', { n: count(lang, imported.length), usd: usd(lang, value), share: percent(lang, value / (value + domestic)) })];

  const top = imported[0]!;
  const origin = top.origins[0];
  if (origin) {
    const country = countryName(lang, origin.country, origin.name);
    const origins = top.origins.length === 1 ? say(lang, 'imports.origins.single', { country }) : say(lang, 'imports.origins.main', { country, share: percent(lang, origin.share ?? 0) });
    lines.push(say(lang, 'imports.largest', { component: top.name, usd: usd(lang, top.importedValueUsd), share: percent(lang, top.importShare ?? 1), origins }));
  }

  const single = imported.filter((c) => c.origins.length === 1);
  if (single.length > 0) lines.push(say(lang, 'imports.singleOrigin', { n: count(lang, single.length), usd: usd(lang, foldSum(single.map((c) => c.importedValueUsd))) }));

  const buyer = out.buyers.find((b) => b.importedValueUsd > 0);
  if (buyer) {
    const tier = isTier(buyer.tier) ? say(lang, `tier.${buyer.tier}`) : (buyer.tier ?? say(lang, 'notRecorded'));
    lines.push(say(lang, buyer.components === 1 ? 'imports.topBuyer.one' : 'imports.topBuyer.other', { buyer: buyer.name, tier, usd: usd(lang, buyer.importedValueUsd), n: count(lang, buyer.components) }));
  }
  return lines;
}
