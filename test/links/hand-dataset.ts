// A dataset small enough to work every missing-link and risk answer out by hand (the expected
// values are derived in test/links/hand-checked.test.ts and test/risk/hand-checked.test.ts).
// All firms sit on the equator, so a distance is |Δlon| · 6371.0088 · π / 180 = 111.195 km per degree.
//
//   firm    tier    cluster  lon  certifications  can (process material tolerance)   makes
//   f-a     IKM     K1       0.0  ISO 9001        cast iron -, mach iron 0.05          drum
//   f-b     IKM     K1       0.1  -               cast iron -, mach iron 0.1           drum
//   f-c     IKM     K2       2.0  ISO 9001        mach steel 0.05                      bracket
//   f-d     IKM     K3       3.0  -               cast iron -                          hub
//   f-e     IKM     K4       4.0  -               -                                    -
//   f-t     TIER1   -        0.5  -               mach steel 0.1                       -
//   f-u     TIER1   -        0.6  -               -                                    -
//   f-oem   OEM     -        1.0  -               -                                    -
//   f-y     BUYER   -        0.2  -               -                                    -
//
//   component  processes   material  tolerance  certification
//   c-drum     cast, mach  iron      0.05       ISO 9001
//   c-bracket  mach        steel     0.1        -
//   c-hub      cast        iron      -          IATF 16949
//
// Supplies (supplier -> buyer component units value): A->T drum 1000 50000, T->OEM drum 1000 60000,
// C->U bracket 500 10000, U->OEM bracket 500 12000, C->Y bracket 100 2000, C->T bracket 300 6000,
// D->Y hub 50 5000, OEM->E bracket 10 300.
// Needs: OEM drum 1000, OEM bracket 500, Y drum 200, Y hub 50, T drum 1000, T bracket 300, U bracket 500.
// Imports: OEM hub JPN 2023 10000; Y drum CHN 2022 1000, CHN 2023 3000, JPN 2023 500.
import { datasetFromJsonText, type Dataset } from '../../server/model/index.ts';

const firm = (id: string, name: string, tier: string, lon: number, extra: Record<string, unknown> = {}) => ({ id, name, tier, lat: 0, lon, ...extra });

export const HAND_BUNDLE = {
  clusters: [
    { id: 'k1', name: 'Cluster K1', lat: 0, lon: 0 },
    { id: 'k2', name: 'Cluster K2', lat: 0, lon: 2 },
    { id: 'k3', name: 'Cluster K3', lat: 0, lon: 3 },
    { id: 'k4', name: 'Cluster K4', lat: 0, lon: 4 },
  ],
  firms: [
    firm('f-a', 'IKM A', 'IKM', 0, { cluster: 'k1', certifications: 'ISO 9001' }),
    firm('f-b', 'IKM B', 'IKM', 0.1, { cluster: 'k1' }),
    firm('f-c', 'IKM C', 'IKM', 2, { cluster: 'k2', certifications: 'ISO 9001' }),
    firm('f-d', 'IKM D', 'IKM', 3, { cluster: 'k3' }),
    firm('f-e', 'IKM E', 'IKM', 4, { cluster: 'k4' }),
    firm('f-t', 'PT T', 'TIER1', 0.5),
    firm('f-u', 'PT U', 'TIER1', 0.6),
    firm('f-oem', 'PT OEM', 'OEM', 1),
    firm('f-y', 'Buyer Y', 'BUYER', 0.2),
  ],
  processes: [
    { id: 'p-cast', name: 'Casting' },
    { id: 'p-mach', name: 'Machining' },
  ],
  materials: [
    { id: 'm-iron', name: 'Iron' },
    { id: 'm-steel', name: 'Steel' },
  ],
  countries: [
    { id: 'CHN', name: 'China' },
    { id: 'JPN', name: 'Japan' },
  ],
  components: [
    { id: 'c-drum', name: 'Drum', material: 'm-iron', processes: 'p-cast;p-mach', tolerance_mm: 0.05, certification: 'ISO 9001' },
    { id: 'c-bracket', name: 'Bracket', material: 'm-steel', processes: 'p-mach', tolerance_mm: 0.1 },
    { id: 'c-hub', name: 'Hub', material: 'm-iron', processes: 'p-cast', certification: 'IATF 16949' },
  ],
  capabilities: [
    { firm: 'f-a', process: 'p-cast', material: 'm-iron' },
    { firm: 'f-a', process: 'p-mach', material: 'm-iron', tolerance_mm: 0.05 },
    { firm: 'f-b', process: 'p-cast', material: 'm-iron' },
    { firm: 'f-b', process: 'p-mach', material: 'm-iron', tolerance_mm: 0.1 },
    { firm: 'f-c', process: 'p-mach', material: 'm-steel', tolerance_mm: 0.05 },
    { firm: 'f-d', process: 'p-cast', material: 'm-iron' },
    { firm: 'f-t', process: 'p-mach', material: 'm-steel', tolerance_mm: 0.1 },
  ],
  makes: [
    { firm: 'f-a', component: 'c-drum', units_per_year: 1000 },
    { firm: 'f-b', component: 'c-drum', units_per_year: 500 },
    { firm: 'f-c', component: 'c-bracket', units_per_year: 900 },
    { firm: 'f-d', component: 'c-hub', units_per_year: 50 },
  ],
  needs: [
    { firm: 'f-oem', component: 'c-drum', units_per_year: 1000 },
    { firm: 'f-oem', component: 'c-bracket', units_per_year: 500 },
    { firm: 'f-y', component: 'c-drum', units_per_year: 200 },
    { firm: 'f-y', component: 'c-hub', units_per_year: 50 },
    { firm: 'f-t', component: 'c-drum', units_per_year: 1000 },
    { firm: 'f-t', component: 'c-bracket', units_per_year: 300 },
    { firm: 'f-u', component: 'c-bracket', units_per_year: 500 },
  ],
  supplies: [
    { supplier: 'f-a', buyer: 'f-t', component: 'c-drum', units_per_year: 1000, value_usd: 50000 },
    { supplier: 'f-t', buyer: 'f-oem', component: 'c-drum', units_per_year: 1000, value_usd: 60000 },
    { supplier: 'f-c', buyer: 'f-u', component: 'c-bracket', units_per_year: 500, value_usd: 10000 },
    { supplier: 'f-u', buyer: 'f-oem', component: 'c-bracket', units_per_year: 500, value_usd: 12000 },
    { supplier: 'f-c', buyer: 'f-y', component: 'c-bracket', units_per_year: 100, value_usd: 2000 },
    { supplier: 'f-c', buyer: 'f-t', component: 'c-bracket', units_per_year: 300, value_usd: 6000 },
    { supplier: 'f-d', buyer: 'f-y', component: 'c-hub', units_per_year: 50, value_usd: 5000 },
    { supplier: 'f-oem', buyer: 'f-e', component: 'c-bracket', units_per_year: 10, value_usd: 300 },
  ],
  imports: [
    { buyer: 'f-oem', component: 'c-hub', country: 'JPN', year: 2023, value_usd: 10000 },
    { buyer: 'f-y', component: 'c-drum', country: 'CHN', year: 2022, value_usd: 1000 },
    { buyer: 'f-y', component: 'c-drum', country: 'CHN', year: 2023, value_usd: 3000 },
    { buyer: 'f-y', component: 'c-drum', country: 'JPN', year: 2023, value_usd: 500 },
  ],
  programs: [],
  enrolments: [],
};

export const handDataset = (): Dataset => datasetFromJsonText('hand.json', JSON.stringify(HAND_BUNDLE));
