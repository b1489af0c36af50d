// The Link and match view's replaced-imports figure (web/src/views/links/replaced.ts): each buyer's
// import of a component counts once, however many suppliers are recommended for it; links with no
// recorded import add nothing. Worked by hand below.
import { describe, expect, it } from 'vitest';
import { replacedImports } from '../../web/src/views/links/replaced.ts';

const rec = (buyer: string, component: string, valueUsd: number) => ({
  buyer: { id: buyer, name: buyer, tier: 'OEM' as const },
  component: { id: component, name: component },
  imports: { year: valueUsd > 0 ? 2023 : null, valueUsd, origins: [] },
});

describe('replacedImports', () => {
  it('counts a buyer × component once, and each other pair on its own', () => {
    // b1 × c1 three times (100 once), b1 × c2 (40), b2 × c1 (7): 100 + 40 + 7 = 147 in three imports.
    expect(replacedImports([rec('b1', 'c1', 100), rec('b1', 'c1', 100), rec('b1', 'c2', 40), rec('b2', 'c1', 7), rec('b1', 'c1', 100)])).toEqual({ valueUsd: 147, needs: 3 });
  });

  it('keeps ids apart whatever characters they hold, and leaves links without an import out', () => {
    // "a|b" × "c" and "a" × "b|c" would be one pair joined with "|"; they are two (5 + 6 = 11).
    expect(replacedImports([rec('a|b', 'c', 5), rec('a', 'b|c', 6), rec('x', 'y', 0)])).toEqual({ valueUsd: 11, needs: 2 });
    expect(replacedImports([rec('x', 'y', 0)])).toEqual({ valueUsd: 0, needs: 0 });
  });
});
