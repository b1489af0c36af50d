// A recommended link's gaps in the Link and match table and its briefings are grouped by kind and
// named from the catalogue (web/src/views/links/gaps.ts). Before, three missing processes and a
// certification read "a process, a process, a process, certification" (seen with IKM Ceper 05 →
// PT Panasonic on the seed). Expected strings are written out by hand from the gaps below.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Gap } from '../../server/analysis/links/shapes.ts';
import { setLang } from '../../web/src/app/i18n.ts';
import { feasibilityText, gapGroups, type GapNames } from '../../web/src/views/links/gaps.ts';

beforeAll(() => {
  (globalThis as { document?: unknown }).document ??= { documentElement: { lang: 'en' } };
});
afterEach(() => setLang('en'));

const names: GapNames = {
  processes: new Map([
    ['p-casting', 'Casting'],
    ['p-machining', 'Machining'],
    ['p-heat', 'Heat treatment'],
  ]),
  materials: new Map([['m-fc250', 'Grey cast iron FC250']]),
};
const lever = 'x';
// Listed out of the kinds' order, with the machining tolerance after the certification.
const gaps: Gap[] = [
  { kind: 'process', lever, process: 'p-casting' },
  { kind: 'certification', lever, certification: 'IATF 16949' },
  { kind: 'process', lever, process: 'p-heat' },
  { kind: 'process', lever, process: 'p-unknown' },
  { kind: 'tolerance', lever, process: 'p-machining', toleranceMm: 0.05 },
  { kind: 'material', lever, material: 'm-fc250' },
];

describe('a link’s gaps', () => {
  it('are grouped by kind in a fixed order, each requirement named once (an unknown id as itself)', () => {
    expect(gapGroups(gaps, names)).toEqual([
      'processes (Casting, Heat treatment, p-unknown)',
      'tolerance (Machining)',
      'material (Grey cast iron FC250)',
      'certification (IATF 16949)',
    ]);
    expect(gapGroups([gaps[0]!], names)).toEqual(['process (Casting)']);
    expect(gapGroups([], names)).toEqual([]);
  });

  it('make the feasibility cell, in both languages', () => {
    expect(feasibilityText({ feasibility: 'makes', gaps: [gaps[0]!, gaps[2]!, gaps[1]!] }, names)).toBe(
      'makes it, short of the buyer’s requirement in: processes (Casting, Heat treatment); certification (IATF 16949)',
    );
    expect(feasibilityText({ feasibility: 'makes', gaps: [] }, names)).toBe('makes it already');
    expect(feasibilityText({ feasibility: 'capable', gaps: [] }, names)).toBe('can do everything it takes');
    setLang('id');
    expect(feasibilityText({ feasibility: 'makes', gaps: [gaps[0]!, gaps[2]!, gaps[4]!] }, names)).toBe(
      'sudah membuatnya, tetapi belum memenuhi persyaratan pembeli dalam: proses (Casting, Heat treatment); toleransi (Machining)',
    );
  });
});
