// The import exposure as one flat table (`rantai analyse imports --format csv`): a row per
// component and per buyer, told apart by `level`; origins as "JPN 78.4 %; KOR 11.8 %".
import type { BuyerExposure, ComponentExposure, ImportsOut, OriginOut } from './shapes.ts';

export interface ImportsTableRow {
  level: 'component' | 'buyer';
  id: string;
  name: string;
  tier: string;
  imported_value_usd: number;
  domestic_value_usd: number;
  import_share: number | '';
  hhi: number | '';
  origins: string;
  importers_or_components: number;
  suppliers: number;
}

const originText = (origins: readonly OriginOut[]): string =>
  origins.map((o) => `${o.country} ${o.share === null ? '' : `${(o.share * 100).toFixed(1)} %`}`.trim()).join('; ');

/** One row; `counted` is the number of importers (a component's row) or of components (a buyer's). */
const rowOf = (level: ImportsTableRow['level'], x: ComponentExposure | BuyerExposure, tier: string, counted: number): ImportsTableRow => ({
  level,
  id: x.id,
  name: x.name,
  tier,
  imported_value_usd: x.importedValueUsd,
  domestic_value_usd: x.domesticValueUsd,
  import_share: x.importShare ?? '',
  hhi: x.hhi ?? '',
  origins: originText(x.origins),
  importers_or_components: counted,
  suppliers: x.suppliers,
});

export function importsTable(out: ImportsOut): ImportsTableRow[] {
  return [...out.components.map((c) => rowOf('component', c, '', c.buyers)), ...out.buyers.map((b) => rowOf('buyer', b, b.tier ?? '', b.components))];
}
