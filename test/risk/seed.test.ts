// Risk on the seed dataset: the single sources seed/README.md designs ("Single source"), and
// failure impact following the tiers upward (Batur Jaya -> PT TPR Indonesia -> TMMIN sleeves).
import { beforeAll, describe, expect, it } from 'vitest';
import { risk, type RiskOut } from '../../server/analysis/risk/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';

let out: RiskOut;
beforeAll(async () => {
  out = await risk(new EmbeddedStore(await readDataset('seed/indonesia')));
});

const single = (buyer: string, component: string) => out.singleSource.find((s) => s.buyer.id === buyer && s.component.id === component);

describe('risk on the seed', () => {
  it('finds the designed single sources', () => {
    expect(single('f-tpr', 'c-cylinder-sleeve')?.supplier.id).toBe('f-kbj');
    expect(single('f-tpr', 'c-cylinder-sleeve')?.imports.year).toBe(2023);
    expect(single('f-kai', 'c-brake-block-rail')?.supplier.id).toBe('f-kbj');
    expect(single('f-inka', 'c-brake-block-rail')?.supplier.id).toBe('f-kbj');
    expect(single('f-pindad', 'c-exhaust-system-hd')?.supplier.id).toBe('f-pbg-03');
    expect(single('f-tmmin', 'c-crankshaft')?.supplier.id).toBe('f-metalart');
    expect(single('f-tmmin', 'c-ecu')?.supplier.id).toBe('f-denso');
    expect(single('f-ahm', 'c-ball-bearing')?.supplier.id).toBe('f-nsk');
    // Several Waru firms make brackets for Rahmad: not a single source.
    expect(single('f-rpam', 'c-bracket-mc')).toBeUndefined();
    // Sorted by supplied value, largest first.
    const values = out.singleSource.map((s) => s.valueUsd ?? 0);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it("follows Batur Jaya's sleeves through PT TPR Indonesia up to TMMIN", () => {
    const kbj = out.failureImpact.find((f) => f.firm.id === 'f-kbj')!;
    expect(kbj.lost.map((l) => [l.buyer.id, l.component.id, l.depth])).toEqual([
      ['f-inka', 'c-brake-block-rail', 1],
      ['f-kai', 'c-brake-block-rail', 1],
      ['f-tmmin', 'c-cylinder-sleeve', 2],
      ['f-tpr', 'c-cylinder-sleeve', 1],
      ['f-waskita-karya', 'c-manhole-cover', 1],
    ]);
    expect(kbj.impactedOems).toEqual([{ id: 'f-tmmin', name: 'PT Toyota Motor Manufacturing Indonesia (TMMIN)' }]);
    // One of four Waru bracket makers failing cuts nobody.
    expect(out.failureImpact.find((f) => f.firm.id === 'f-elang-jagad')).toBeUndefined();
  });

  it('ranks Kayaba first: three OEMs lose shock absorbers', () => {
    expect(out.failureImpact[0]!.firm.id).toBe('f-kyb');
    expect(out.failureImpact[0]!.impactedOems.map((o) => o.id)).toEqual(['f-ahm', 'f-tmmin', 'f-yimm']);
    for (let i = 1; i < out.failureImpact.length; i++) {
      const [a, b] = [out.failureImpact[i - 1]!, out.failureImpact[i]!];
      expect(a.impactedOems.length > b.impactedOems.length || (a.impactedOems.length === b.impactedOems.length && a.lostValueUsd >= b.lostValueUsd)).toBe(true);
    }
  });
});
