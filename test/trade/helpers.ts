// Shared by the trade tests: a dataset folder made of the hand-made base fixtures plus a trade.csv
// converted from one of the three layouts (plain, UN Comtrade, CEPII BACI), in a temporary folder.
import { copyFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertTrade, writeTradeCsv } from '../../server/convert/index.ts';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const fixture = (...parts: string[]): string => path.join(FIXTURES, ...parts);

export const LAYOUTS = ['plain', 'comtrade', 'baci'] as const;
export type FixtureLayout = (typeof LAYOUTS)[number];

/** Copies the base fixture files into `dir`. */
export async function copyBase(dir: string): Promise<void> {
  for (const name of await readdir(fixture('base'))) await copyFile(fixture('base', name), path.join(dir, name));
}

/**
 * Writes `dir/trade.csv` from the layout's fixture: the plain table as it is, the Comtrade file
 * through `rantai trade convert --from comtrade`, the two BACI years through `--from baci
 * --headings 8714` (BACI has subheadings only; the concordance maps heading 8714).
 */
export async function writeTrade(dir: string, layout: FixtureLayout): Promise<void> {
  const out = path.join(dir, 'trade.csv');
  if (layout === 'plain') return copyFile(fixture('plain', 'trade.csv'), out);
  const base = { reporter: 'IDN', flow: 'M', world: false };
  const result =
    layout === 'comtrade'
      ? await convertTrade('comtrade', { ...base, inputs: [fixture('comtrade', 'IDN_imports_2022_2023.csv')], headings: new Set() })
      : await convertTrade('baci', {
          ...base,
          inputs: [fixture('baci', 'BACI_HS17_Y2022_V202401.csv'), fixture('baci', 'BACI_HS17_Y2023_V202401.csv')],
          headings: new Set(['8714']),
        });
  await writeTradeCsv(result, out);
}
