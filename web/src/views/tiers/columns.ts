// Shares the tier picture's width among its parts by what each holds: the left margin the IKM
// names (written left of their column), the gap after a firm column that column's names (written
// right of it), the right margin the country names; the gap after the IKM column holds only links.
// Every part also holds half of each column title beside it. Equal gaps (as before) left a column
// without firms (no tier 2 in a sentra's focus) as wide as one of long names, whose names were cut
// to a few letters in a narrow pane. Each part gets what its longest name needs when the width
// allows, the rest shared equally among the gaps; when it does not, the widest parts give up room
// first (all cut to one common width), so that as many names as possible are shown whole.

/** The least room of a margin or a gap: a name of a few letters, or the curves of the links. */
export const MIN_LEFT = 100;
export const MIN_RIGHT = 70;
export const MIN_GAP = 56;
/** Space between a name and its node (9 px) or the next column's node (15 px). */
export const NAME_PAD = 24;
/** Space beside a column title, from the next title or the picture's edge. */
export const TITLE_PAD = 6;

export interface ColumnNeeds {
  /** Width of the longest name written in the left margin, in each gap (0: none), in the right margin. */
  left: number;
  gaps: readonly number[];
  right: number;
  /** Width of each column's title (one more than the gaps). */
  titles: readonly number[];
}

export interface ColumnShares {
  left: number;
  gaps: number[];
  right: number;
}

/** The parts' widths for a picture `width` px wide, summing to it. */
export function shareWidth(width: number, needs: ColumnNeeds): ColumnShares {
  const { titles } = needs;
  const last = titles.length - 1;
  const least = [MIN_LEFT, ...needs.gaps.map(() => MIN_GAP), MIN_RIGHT];
  const want = [
    Math.max(needs.left + NAME_PAD, titles[0]! / 2 + TITLE_PAD),
    ...needs.gaps.map((w, i) => Math.max(w + NAME_PAD, (titles[i]! + titles[i + 1]!) / 2 + 2 * TITLE_PAD)),
    Math.max(needs.right + NAME_PAD, titles[last]! / 2 + TITLE_PAD),
  ].map((w, i) => Math.max(least[i]!, w));
  const sum = (parts: number[]) => parts.reduce((a, b) => a + b, 0);
  let parts: number[];
  if (sum(want) <= width) {
    // Room to spare goes to the gaps, where the links curve, equally.
    const extra = (width - sum(want)) / needs.gaps.length;
    parts = want.map((w, i) => (i === 0 || i === last + 1 ? w : w + extra));
  } else if (sum(least) >= width) {
    // Below the parts' least (a pane under TIERS_MIN_WIDTH never asks it), each is scaled alike.
    parts = least.map((w) => (w * width) / sum(least));
  } else {
    // The common width `cap` the widest parts are cut to, found by halving: sum(partsAt(cap)) grows with cap.
    const partsAt = (cap: number) => want.map((w, i) => Math.min(w, Math.max(least[i]!, cap)));
    let [lo, hi] = [0, Math.max(...want)];
    for (let k = 0; k < 50; k++) {
      const mid = (lo + hi) / 2;
      if (sum(partsAt(mid)) <= width) lo = mid;
      else hi = mid;
    }
    parts = partsAt(lo);
    // The last fraction of a pixel the halving leaves goes to the gaps.
    const extra = (width - sum(parts)) / needs.gaps.length;
    parts = parts.map((w, i) => (i === 0 || i === last + 1 ? w : w + extra));
  }
  return { left: parts[0]!, gaps: parts.slice(1, -1), right: parts[last + 1]! };
}
