// A dataset small enough to work out by hand, shared by the hand-worked tests and the Neo4j
// differential test. Two clusters, one buyer, two imported components:
//
//   cluster cl-a (-7, 110): f-a1 (100 t, ISO 9001)  CAN p-cast (no tolerance) with m-fc250,
//                                                    CAN p-cnc 0.1 mm with m-fc250;
//                                                    MAKES c-drum, c-other, c-bush
//                           f-a2 (50 t)              CAN p-cnc 0.08 mm with m-fc250; MAKES c-other
//   cluster cl-b (-6, 107): f-b1 (10 t, IATF 16949)  CAN p-cnc 0.01 mm with m-adc12; MAKES c-case, c-other
//   f-buyer (BUYER, -6.2, 106.8) imports, and f-a1 supplies it c-drum for USD 1,000.
//
//   c-drum: p-cast + p-cnc, m-fc250, ISO 9001, 0.05 mm, 10 kg
//           imports 2022 JPN 500 u / USD 10,000 (superseded), 2023 JPN 1,000 u / USD 20,000 and
//           CHN 500 u / USD 9,000 → latest year 2023: USD 29,000, 1,500 u = 15 t
//   c-case: p-cast, m-adc12, IATF 16949, no tolerance, 2 kg; 2023 CHN 1,000 u / USD 5,000 → 2 t
import { datasetSchema, type Dataset } from '../../server/model/index.ts';

export function handDataset(): Dataset {
  return datasetSchema.parse({
    clusters: [
      { id: 'cl-a', name: 'Cluster A', lat: -7, lon: 110 },
      { id: 'cl-b', name: 'Cluster B', lat: -6, lon: 107 },
    ],
    firms: [
      { id: 'f-buyer', name: 'Buyer', tier: 'BUYER', lat: -6.2, lon: 106.8, certifications: [] },
      { id: 'f-a1', name: 'A one', tier: 'IKM', cluster: 'cl-a', capacity_tonnes: 100, certifications: ['ISO 9001'] },
      { id: 'f-a2', name: 'A two', tier: 'IKM', cluster: 'cl-a', capacity_tonnes: 50, certifications: [] },
      { id: 'f-b1', name: 'B one', tier: 'IKM', cluster: 'cl-b', capacity_tonnes: 10, certifications: ['IATF 16949'] },
    ],
    processes: [
      { id: 'p-cast', name: 'Casting' },
      { id: 'p-cnc', name: 'CNC machining' },
    ],
    materials: [
      { id: 'm-fc250', name: 'Grey iron FC250' },
      { id: 'm-adc12', name: 'Aluminium ADC12' },
    ],
    countries: [
      { id: 'JPN', name: 'Japan' },
      { id: 'CHN', name: 'China' },
    ],
    components: [
      { id: 'c-drum', name: 'Drum', material: 'm-fc250', processes: ['p-cast', 'p-cnc'], mass_kg: 10, tolerance_mm: 0.05, certification: 'ISO 9001' },
      { id: 'c-case', name: 'Case', material: 'm-adc12', processes: ['p-cast'], mass_kg: 2, certification: 'IATF 16949' },
      { id: 'c-other', name: 'Other', material: 'm-fc250', processes: ['p-cast'], mass_kg: 1 },
      { id: 'c-bush', name: 'Bush', material: 'm-fc250', processes: ['p-cnc'], mass_kg: 1 },
    ],
    capabilities: [
      { firm: 'f-a1', process: 'p-cast', material: 'm-fc250' },
      { firm: 'f-a1', process: 'p-cnc', material: 'm-fc250', tolerance_mm: 0.1 },
      { firm: 'f-a2', process: 'p-cnc', material: 'm-fc250', tolerance_mm: 0.08 },
      { firm: 'f-b1', process: 'p-cnc', material: 'm-adc12', tolerance_mm: 0.01 },
    ],
    makes: [
      { firm: 'f-a1', component: 'c-drum' },
      { firm: 'f-a1', component: 'c-other' },
      { firm: 'f-a1', component: 'c-bush' },
      { firm: 'f-a2', component: 'c-other' },
      { firm: 'f-b1', component: 'c-case' },
      { firm: 'f-b1', component: 'c-other' },
    ],
    needs: [],
    supplies: [{ supplier: 'f-a1', buyer: 'f-buyer', component: 'c-drum', value_usd: 1000 }],
    imports: [
      { buyer: 'f-buyer', component: 'c-drum', country: 'JPN', year: 2022, value_usd: 10000, units: 500 },
      { buyer: 'f-buyer', component: 'c-drum', country: 'JPN', year: 2023, value_usd: 20000, units: 1000 },
      { buyer: 'f-buyer', component: 'c-drum', country: 'CHN', year: 2023, value_usd: 9000, units: 500 },
      { buyer: 'f-buyer', component: 'c-case', country: 'CHN', year: 2023, value_usd: 5000, units: 1000 },
    ],
    programs: [],
    enrolments: [],
  });
}
