// `rantai generate --trade` (seed/generator/trade.ts): the national imports it writes cover what
// the generated buyers report importing, as a country's imports include its importers' own. At
// national scale the buyers reported 73 times the national figure (the Risk view's exposure said
// "7,229 % of the national figure"). Checked from the generated rows themselves: for every
// component of the concordance, in every year of trade.csv, its part of its HS code's national
// imports (the code's value over all origins times the component's share) is at least the most
// the buyers report importing of that component in one year.
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../seed/generator/index.ts';

describe('generated national imports', () => {
  it('cover what the generated buyers report importing, component by component, in every year', () => {
    const d = generateDataset({ clusters: 12, firms: 3_000, components: 80, seed: 4, trade: true });
    const national = new Map<string, number>();
    for (const r of d.trade ?? []) national.set(`${r.hs}|${r.year}`, (national.get(`${r.hs}|${r.year}`) ?? 0) + r.value_usd);
    const reported = new Map<string, number>();
    for (const i of d.imports) reported.set(`${i.component}|${i.year}`, (reported.get(`${i.component}|${i.year}`) ?? 0) + (i.value_usd ?? 0));
    const years = [...new Set((d.trade ?? []).map((r) => r.year))];
    expect(years.length).toBeGreaterThan(1);
    let checked = 0;
    for (const m of d.hs_components ?? []) {
      const most = Math.max(0, ...[...reported].filter(([k]) => k.startsWith(`${m.component}|`)).map(([, v]) => v));
      if (most === 0) continue;
      for (const year of years) {
        const part = (national.get(`${m.hs}|${year}`) ?? 0) * m.share;
        expect(part, `${m.component} (${m.hs}) in ${year}`).toBeGreaterThanOrEqual(most * 0.999);
        checked++;
      }
    }
    // Most components are imported by some buyer: the check is not empty.
    expect(checked).toBeGreaterThan(years.length * 40);
  });
});
