// The import exposure as one flat table (`rantai analyse imports --format csv`): a row per
// component and per buyer, told apart by `level`; origins as "JPN 78.4 %; KOR 11.8 %".
import type { ImportsOut, OriginOut } from './shapes.ts';

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

export function importsTable(out: ImportsOut): ImportsTableRow[] {
  return [
    ...out.components.map((c): ImportsTableRow => ({
      level: 'component',
      id: c.id,
      name: c.name,
      tier: '',
      imported_value_usd: c.importedValueUsd,
      domestic_value_usd: c.domesticValueUsd,
      import_share: c.importShare ?? '',
      hhi: c.hhi ?? '',
      origins: originText(c.origins),
      importers_or_components: c.buyers,
      suppliers: c.suppliers,
    })),
    ...out.buyers.map((b): ImportsTableRow => ({
      level: 'buyer',
      id: b.id,
      name: b.name,
      tier: b.tier ?? '',
      imported_value_usd: b.importedValueUsd,
      domestic_value_usd: b.domesticValueUsd,
      import_share: b.importShare ?? '',
      hhi: b.hhi ?? '',
      origins: originText(b.origins),
      importers_or_components: b.components,
      suppliers: b.suppliers,
    })),
  ];
}
