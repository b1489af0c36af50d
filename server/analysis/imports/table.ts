// The import exposure as one flat table (`rantai analyse imports --format csv`): a row per
// component and per buyer, told apart by `level`; origins as "JPN 78.4 %; KOR 11.8 %". Columns are
// named as the API's fields (README, "Column names"): a component's row fills `buyers` (its
// importers), a buyer's row fills `components`, and the other is left empty.
import type { BuyerExposure, ComponentExposure, ImportsOut, OriginOut } from './shapes.ts';

export interface ImportsTableRow {
  level: 'component' | 'buyer';
  id: string;
  name: string;
  tier: string;
  importedValueUsd: number;
  domesticValueUsd: number;
  importShare: number | '';
  hhi: number | '';
  origins: string;
  buyers: number | '';
  components: number | '';
  suppliers: number;
}

const originText = (origins: readonly OriginOut[]): string =>
  origins.map((o) => `${o.country} ${o.share === null ? '' : `${(o.share * 100).toFixed(1)} %`}`.trim()).join('; ');

/** The columns both levels share. */
const common = (x: ComponentExposure | BuyerExposure): Omit<ImportsTableRow, 'level' | 'tier' | 'buyers' | 'components' | 'suppliers'> => ({
  id: x.id,
  name: x.name,
  importedValueUsd: x.importedValueUsd,
  domesticValueUsd: x.domesticValueUsd,
  importShare: x.importShare ?? '',
  hhi: x.hhi ?? '',
  origins: originText(x.origins),
});

const componentRow = (c: ComponentExposure): ImportsTableRow => ({ level: 'component', ...common(c), tier: '', buyers: c.buyers, components: '', suppliers: c.suppliers });
const buyerRow = (b: BuyerExposure): ImportsTableRow => ({ level: 'buyer', ...common(b), tier: b.tier ?? '', buyers: '', components: b.components, suppliers: b.suppliers });

export function importsTable(out: ImportsOut): ImportsTableRow[] {
  return [...out.components.map(componentRow), ...out.buyers.map(buyerRow)];
}
