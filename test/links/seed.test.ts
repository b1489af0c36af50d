// Missing links on the seed dataset: the designed cases of seed/README.md ("Missing links", "No path
// to an OEM") come out, existing links never do, and a real link removed from a copy of the seed
// comes back near the top for its buyer.
import { beforeAll, describe, expect, it } from 'vitest';
import { missingLinks, type MissingLinksOut } from '../../server/analysis/links/index.ts';
import { readDataset, type Dataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';

let seed: Dataset;
let all: MissingLinksOut;
beforeAll(async () => {
  seed = await readDataset('seed/indonesia');
  all = await missingLinks(new EmbeddedStore(seed));
});

const top = async (buyer: string, n = 3) => (await missingLinks(new EmbeddedStore(seed), { buyer, limit: n })).recommendations.map((r) => `${r.supplier.id}:${r.component.id}`);

describe('missing links on the seed', () => {
  it('never recommends a supply that exists', () => {
    const existing = new Set(seed.supplies.map((s) => `${s.supplier}>${s.buyer}:${s.component}`));
    expect(all.total).toBeGreaterThan(100);
    expect(all.recommendations.filter((r) => existing.has(`${r.supplier.id}>${r.buyer.id}:${r.component.id}`))).toEqual([]);
  });

  it('finds the designed missing links of seed/README.md at the top for their buyers', async () => {
    // PT Shimizu needs pump housings: the Ceper firm that supplies Panasonic comes first.
    expect((await top('f-shimizu', 1))[0]).toBe('f-ceper-03:c-pump-housing');
    // PDAM needs ductile pipe fittings made by Ceper firms, supplied to nobody.
    expect((await top('f-pdam', 2)).every((s) => s.endsWith(':c-pipe-fitting') && s.startsWith('f-ceper-'))).toBe(true);
    // Jasa Marga needs and imports manhole covers: Ceper first.
    expect((await top('f-jasa-marga', 1))[0]).toBe('f-ceper-04:c-manhole-cover');
    // PT Sanken needs appliance brackets: PT Gemilang Lestari Teknik (which supplies Polytron) first.
    expect((await top('f-sanken', 1))[0]).toBe('f-glt:c-appliance-bracket');
    // PT INKA imports coupler knuckles: the Pasuruan steel foundry.
    expect((await top('f-inka', 1))[0]).toBe('f-pasuruan-02:c-coupler-knuckle');
    // Astra Honda Motor imports crankcases: the Jabodetabek die caster that supplies Yamaha.
    expect(await top('f-ahm', 1)).toEqual(['f-jabo-01:c-crankcase-mc']);
    // Hyundai needs brake drums: the Pasuruan IATF foundry is a candidate.
    expect(all.recommendations.some((r) => r.buyer.id === 'f-hmmi' && r.supplier.id === 'f-pasuruan-01' && r.component.id === 'c-brake-drum')).toBe(true);
    // Kayaba imports piston rods: the Semarang firm makes them but lacks IATF 16949.
    const rod = all.recommendations.find((r) => r.buyer.id === 'f-kyb' && r.component.id === 'c-piston-rod')!;
    expect(rod.supplier.id).toBe('f-semarang-01');
    expect(rod.gaps).toContainEqual({ kind: 'certification', lever: 'quality coaching and certification', certification: 'IATF 16949' });
    // PT PLN imports line clamps: nobody makes them and no firm covers them.
    expect(all.recommendations.filter((r) => r.buyer.id === 'f-pln')).toEqual([]);
  });

  it('gives Shimizu the shared-partner evidence through Panasonic', () => {
    const r = all.recommendations.find((x) => x.buyer.id === 'f-shimizu' && x.supplier.id === 'f-ceper-03')!;
    expect(r.evidence.suppliesElsewhere).toEqual([{ id: 'f-panasonic', name: 'PT Panasonic Manufacturing Indonesia' }]);
    expect(r.sentence).toContain('already supplies water-pump housing (cast iron) to PT Panasonic Manufacturing Indonesia');
  });

  it('lists Sukabumi, Yogyakarta and Semarang as clusters with no path to an OEM', () => {
    expect(all.clustersWithoutOemPath.map((c) => [c.cluster, c.buyers.map((b) => b.id)])).toEqual([
      ['cl-semarang', ['f-united-tractors']],
      ['cl-sukabumi', []],
      ['cl-yogyakarta', ['f-pdam']],
    ]);
  });
});

describe('a real link removed from a copy of the seed reappears in the top 3 for its buyer', () => {
  // Reported links of seed/README.md ("supplies.csv"), each removed in turn from a copy.
  const REPORTED: Array<[string, string, string]> = [
    ['f-kbj', 'f-tpr', 'c-cylinder-sleeve'],
    ['f-kbj', 'f-kai', 'c-brake-block-rail'],
    ['f-kbj', 'f-inka', 'c-brake-block-rail'],
    ['f-tegal-02', 'f-panasonic', 'c-pump-injector'],
    ['f-ceper-03', 'f-panasonic', 'c-pump-housing'],
    ['f-elang-jagad', 'f-rpam', 'c-bracket-mc'],
    ['f-kannindo', 'f-kyb', 'c-shock-bracket'],
    ['f-koperasi-tmi', 'f-astra-otoparts', 'c-chassis-bracket'],
    ['f-glt', 'f-polytron', 'c-appliance-bracket'],
    ['f-pbg-03', 'f-pindad', 'c-exhaust-system-hd'],
    ['f-pbg-02', 'f-tmmin', 'c-exhaust-muffler-car'],
    ['f-ceper-01', 'f-pdam', 'c-gate-valve-body'],
    ['f-kbj', 'f-waskita-karya', 'c-manhole-cover'],
  ];

  const rankAfterRemoving = async ([supplier, buyer, component]: [string, string, string]) => {
    const copy = { ...seed, supplies: seed.supplies.filter((s) => !(s.supplier === supplier && s.buyer === buyer && s.component === component)) };
    expect(copy.supplies).toHaveLength(seed.supplies.length - 1);
    const out = await missingLinks(new EmbeddedStore(copy), { buyer });
    return out.recommendations.find((r) => r.supplier.id === supplier && r.component.id === component)?.rank ?? Infinity;
  };

  it.each(REPORTED)('%s -> %s (%s)', async (supplier, buyer, component) => {
    expect(await rankAfterRemoving([supplier, buyer, component])).toBeLessThanOrEqual(3);
  });

  it('holds for most of the 58 seed links (a regression guard on the score)', async () => {
    // At the time of writing 42 of 58 come back in their buyer's top 3; one (PT TPR -> TMMIN sleeves)
    // cannot come back at all: TPR neither makes sleeves nor can cast them, it resells Batur Jaya's.
    const ranks = await Promise.all(seed.supplies.map((s) => rankAfterRemoving([s.supplier, s.buyer, s.component])));
    expect(ranks.filter((r) => r <= 3).length).toBeGreaterThanOrEqual(40);
    expect(ranks.filter((r) => r === Infinity)).toHaveLength(1);
  });
});
