// Synthetic datasets of any size in the dataset format, reproducible from a seed. Used for the
// national-scale benchmarks and the differential tests. Every row is marked estimate=true.
//
// Shape: clusters spread over industrial provinces; firms are mostly IKM in clusters, with a few
// OEMs, tier-1 and tier-2 suppliers and large buyers; each firm makes components whose processes
// it can do (with the component's material and a tolerance near the component's); OEMs, tier-1s
// and buyers need components, import some and are supplied by firms one tier below that make them.
import { GENERATED_SOURCE, type Dataset } from '../../server/model/index.ts';
import { mulberry32, pick, randInt, type Rng } from '../../server/util/random.ts';
import { addTrade } from './trade.ts';
import { CERTIFICATIONS, COUNTRIES, MATERIALS, PROCESSES, PROGRAMS, PROVINCES } from './vocabulary.ts';

export interface GenerateOptions {
  clusters: number;
  firms: number;
  components: number;
  seed: number;
  /** Also write trade.csv, hs_components.csv and world_trade.csv (issue 15; seed/generator/trade.ts). */
  trade?: boolean;
}

const SOURCE = GENERATED_SOURCE;
/**
 * The same in Bahasa Indonesia (source_id), for the nodes whose source the detail panel shows: an
 * Indonesian page said "Sumber: synthetic (rantai generate)". Relationships are shown without a
 * source, and 700,000 of them at national scale would each carry a property nobody reads.
 */
const SOURCE_ID = 'sintetis (rantai generate)';
const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const round = (x: number, digits: number): number => Number(x.toFixed(digits));

type Tier = Dataset['firms'][number]['tier'];

function tierCounts(firms: number): Record<Tier, number> {
  const oem = Math.min(firms, Math.max(1, Math.round(firms * 0.001)));
  const buyer = Math.min(firms - oem, Math.max(1, Math.round(firms * 0.002)));
  const tier1 = Math.min(firms - oem - buyer, Math.max(1, Math.round(firms * 0.01)));
  const tier2 = Math.min(firms - oem - buyer - tier1, Math.max(1, Math.round(firms * 0.03)));
  return { OEM: oem, BUYER: buyer, TIER1: tier1, TIER2: tier2, IKM: Math.max(0, firms - oem - buyer - tier1 - tier2) };
}

const location = (rng: Rng) => {
  const [province, lat0, lat1, lon0, lon1] = pick(rng, PROVINCES);
  return { province, lat: round(lat0 + rng() * (lat1 - lat0), 4), lon: round(lon0 + rng() * (lon1 - lon0), 4) };
};

export function generateDataset(options: GenerateOptions): Dataset {
  const rng = mulberry32(options.seed);
  const w = (n: number) => Math.max(4, String(n).length);
  const d: Dataset = {
    clusters: [],
    firms: [],
    processes: PROCESSES.map(([id, name, name_id]) => ({ id, name, name_id })),
    materials: MATERIALS.map(([id, name, standard, name_id]) => ({ id, name, name_id, standard })),
    countries: COUNTRIES.map(([id, name]) => ({ id, name })),
    components: [],
    capabilities: [],
    makes: [],
    needs: [],
    supplies: [],
    imports: [],
    programs: PROGRAMS.map(([id, name, name_id]) => ({ id, name, name_id })),
    enrolments: [],
  };
  const est = { source: SOURCE, estimate: true };
  const node = { ...est, source_id: SOURCE_ID };

  for (let i = 0; i < options.clusters; i++) {
    const loc = location(rng);
    d.clusters.push({ id: `gcl-${pad(i, w(options.clusters))}`, name: `Sentra ${i + 1}`, ...loc, regency: `Kabupaten ${i + 1}`, units: randInt(rng, 10, 400), workers: randInt(rng, 50, 4000), ...node });
  }

  for (let i = 0; i < options.components; i++) {
    const processCount = randInt(rng, 1, 3);
    const processes = new Set<string>();
    while (processes.size < processCount) processes.add(pick(rng, PROCESSES)[0]);
    const certRoll = rng();
    d.components.push({
      id: `gco-${pad(i, w(options.components))}`,
      name: `Component ${i + 1}`,
      name_id: `Komponen ${i + 1}`,
      hs: `8708${pad(randInt(rng, 10, 99), 2)}`,
      category: pick(rng, ['engine', 'brake', 'suspension', 'body', 'transmission', 'pump']),
      material: pick(rng, MATERIALS)[0],
      processes: [...processes],
      mass_kg: round(0.05 + rng() * 20, 3),
      unit_price_usd: round(1 + rng() * 200, 2),
      tolerance_mm: pick(rng, [0.01, 0.02, 0.05, 0.1, 0.2, 0.5]),
      certification: certRoll < 0.4 ? 'IATF 16949' : certRoll < 0.7 ? 'ISO 9001' : certRoll < 0.8 ? 'SNI' : undefined,
      ...node,
    });
  }

  const counts = tierCounts(options.firms);
  const byTier: Record<Tier, string[]> = { OEM: [], BUYER: [], TIER1: [], TIER2: [], IKM: [] };
  const makesOf = new Map<string, string[]>();
  const capKeys = new Set<string>();
  let n = 0;
  for (const tier of ['OEM', 'BUYER', 'TIER1', 'TIER2', 'IKM'] as const) {
    for (let k = 0; k < counts[tier]; k++, n++) {
      const id = `gf-${pad(n, w(options.firms))}`;
      const cluster = tier === 'IKM' && d.clusters.length > 0 ? d.clusters[Math.floor(rng() * d.clusters.length)]! : undefined;
      const loc = cluster ? { province: cluster.province!, lat: round(cluster.lat! + (rng() - 0.5) * 0.05, 4), lon: round(cluster.lon! + (rng() - 0.5) * 0.05, 4) } : location(rng);
      const certifications = CERTIFICATIONS.filter((_, c) => rng() < (tier === 'IKM' ? [0.3, 0.03, 0.2][c]! : [0.9, 0.6, 0.4][c]!));
      d.firms.push({
        id,
        // "IKM 12", "PT TIER1 3": the tier once (IKM firms used to be named "IKM IKM 12").
        name: tier === 'IKM' ? `IKM ${k + 1}` : `PT ${tier} ${k + 1}`,
        tier,
        sector: tier === 'BUYER' ? 'non-automotive' : 'automotive',
        sector_id: tier === 'BUYER' ? 'non-otomotif' : 'otomotif',
        cluster: cluster?.id,
        province: loc.province,
        regency: cluster?.regency,
        lat: loc.lat,
        lon: loc.lon,
        employees: tier === 'IKM' ? randInt(rng, 3, 80) : randInt(rng, 200, 8000),
        capacity_tonnes: tier === 'IKM' ? randInt(rng, 5, 600) : randInt(rng, 500, 20000),
        certifications,
        ...node,
      });
      byTier[tier].push(id);
      if (tier === 'OEM' || tier === 'BUYER' || d.components.length === 0) continue;
      const made: string[] = [];
      const makeCount = randInt(rng, 1, 3);
      for (let m = 0; m < makeCount; m++) {
        const c = d.components[Math.floor(rng() * d.components.length)]!;
        if (made.includes(c.id)) continue;
        made.push(c.id);
        d.makes.push({ firm: id, component: c.id, units_per_year: randInt(rng, 100, 200000), ...est });
        for (const p of c.processes) {
          const key = `${id}|${p}|${c.material}`;
          if (capKeys.has(key)) continue;
          capKeys.add(key);
          d.capabilities.push({ firm: id, process: p, material: c.material, tolerance_mm: round(c.tolerance_mm! * pick(rng, [0.5, 1, 1, 2]), 4), capacity_tonnes: randInt(rng, 5, 500), ...est });
        }
      }
      makesOf.set(id, made);
    }
  }

  // Demand flows down the tiers: each buyer is supplied by firms of the next tier that make it.
  const below: Partial<Record<Tier, Tier>> = { OEM: 'TIER1', TIER1: 'TIER2', TIER2: 'IKM', BUYER: 'IKM' };
  const needKeys = new Set<string>();
  const supplyKeys = new Set<string>();
  const importKeys = new Set<string>();
  for (const tier of ['OEM', 'TIER1', 'TIER2', 'BUYER'] as const) {
    const suppliers = byTier[below[tier]!];
    if (suppliers.length === 0) continue;
    for (const buyer of byTier[tier]) {
      const links = tier === 'OEM' || tier === 'BUYER' ? randInt(rng, 10, 40) : randInt(rng, 2, 8);
      for (let l = 0; l < links; l++) {
        const supplier = suppliers[Math.floor(rng() * suppliers.length)]!;
        const made = makesOf.get(supplier);
        if (!made || made.length === 0) continue;
        const component = pick(rng, made);
        const sKey = `${supplier}|${buyer}|${component}`;
        if (supplyKeys.has(sKey)) continue;
        supplyKeys.add(sKey);
        const units = randInt(rng, 100, 100000);
        d.supplies.push({ supplier, buyer, component, units_per_year: units, value_usd: round(units * (1 + rng() * 50), 2), since: randInt(rng, 1995, 2024), ...est });
        if (!needKeys.has(`${buyer}|${component}`)) {
          needKeys.add(`${buyer}|${component}`);
          d.needs.push({ firm: buyer, component, units_per_year: units * randInt(rng, 1, 3), ...est });
        }
      }
      // Imported needs: components nobody supplies to this buyer yet.
      const imported = randInt(rng, 1, tier === 'OEM' ? 12 : 3);
      for (let m = 0; m < imported && d.components.length > 0; m++) {
        const c = d.components[Math.floor(rng() * d.components.length)]!;
        if (!needKeys.has(`${buyer}|${c.id}`)) {
          needKeys.add(`${buyer}|${c.id}`);
          d.needs.push({ firm: buyer, component: c.id, units_per_year: randInt(rng, 1000, 300000), ...est });
        }
        const country = pick(rng, COUNTRIES)[0];
        for (const year of [2022, 2023]) {
          const iKey = `${buyer}|${c.id}|${country}|${year}`;
          if (importKeys.has(iKey)) continue;
          importKeys.add(iKey);
          const units = randInt(rng, 500, 200000);
          d.imports.push({ buyer, component: c.id, country, year, value_usd: round(units * c.unit_price_usd!, 2), units, ...est });
        }
      }
    }
  }

  for (const firm of byTier.IKM) {
    if (rng() < 0.05) d.enrolments.push({ firm, program: pick(rng, PROGRAMS)[0], year: randInt(rng, 2015, 2024) });
  }
  if (options.trade) addTrade(d, options.seed);
  return d;
}
