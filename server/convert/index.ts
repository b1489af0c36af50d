// Trade tables in the layouts analysts download — UN Comtrade (bulk files, API CSV, the legacy
// layout) and CEPII BACI — converted to the dataset's plain layout (trade.csv for national imports,
// world_trade.csv for the world table). `rantai trade convert` is the command line. Public face of
// the folder.
import { convertBaci } from './baci.ts';
import { convertComtrade } from './comtrade.ts';
import type { ConvertOptions, ConvertResult } from './common.ts';

export type { ConvertOptions, ConvertResult } from './common.ts';
export { addCountries, readCountriesFile, writeTradeCsv, type CountriesFile } from './write.ts';

export const LAYOUTS = ['comtrade', 'baci'] as const;
export type Layout = (typeof LAYOUTS)[number];

export function convertTrade(from: Layout, options: ConvertOptions): Promise<ConvertResult> {
  return from === 'comtrade' ? convertComtrade(options) : convertBaci(options);
}
