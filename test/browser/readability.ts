// Checks a drawn view the way a reader would stumble, run inside the page: labels that overlap,
// labels with something painted over them, text outside the picture; and colour distances (CIE76,
// computed here from the sRGB definition, independently of the app's palette code).
import type { Page } from 'playwright-core';

export interface ReadabilityReport {
  labels: number;
  overlaps: string[];
  overdrawn: string[];
  outside: string[];
  /** Placed labels (text.label) without a plate under them that covers their box. */
  unplated: string[];
}

/**
 * `texts`: selector of the visible text of the drawing; `drawing`: the element whose box the text
 * must stay in. A label counts as overdrawn when, with pointer events enabled on the labels, the
 * topmost element at the centre of its box is not the label itself (a link or symbol painted above).
 * A placed label (text.label) counts as unplated unless a mostly opaque plate (rect.label-plate,
 * fill-opacity ≥ 0.75) drawn just before it covers its whole box: the glyphs' halo leaves the gaps
 * between words open, and a link running along a label showed through them as a comma.
 */
export async function readability(page: Page, texts: string, drawing: string): Promise<ReadabilityReport> {
  return page.evaluate(
    ({ texts, drawing }) => {
      const frame = document.querySelector(drawing)!.getBoundingClientRect();
      const els = [...document.querySelectorAll<SVGTextElement>(texts)].filter((t) => (t.textContent ?? '') !== '' && getComputedStyle(t).display !== 'none');
      const boxes = els.map((el) => ({ el, r: el.getBoundingClientRect(), name: el.textContent ?? '' }));
      const overlaps: string[] = [];
      const EPS = 0.5;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.r;
          const b = boxes[j]!.r;
          if (a.left < b.right - EPS && b.left < a.right - EPS && a.top < b.bottom - EPS && b.top < a.bottom - EPS) overlaps.push(`${boxes[i]!.name} × ${boxes[j]!.name}`);
        }
      }
      const outside = boxes.filter(({ r }) => r.left < frame.left - EPS || r.right > frame.right + EPS || r.top < frame.top - EPS || r.bottom > frame.bottom + EPS).map((b) => b.name);
      const overdrawn: string[] = [];
      // What of the drawing is on screen: the box of its scrolling container, if any.
      let scroller: Element | null = document.querySelector(drawing)!.parentElement;
      while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflow)) scroller = scroller.parentElement;
      const seen = scroller ? scroller.getBoundingClientRect() : new DOMRect(0, 0, innerWidth, innerHeight);
      for (const { el, r, name } of boxes) {
        const cx = r.left + r.width / 2;
        const cy = r.top + r.height / 2;
        if (r.left < seen.left || r.top < seen.top || r.right > seen.right || r.bottom > seen.bottom) continue; // scrolled away
        el.style.pointerEvents = 'visiblePainted';
        const hit = document.elementFromPoint(cx, cy);
        el.style.pointerEvents = '';
        if (hit !== el) overdrawn.push(`${name} (under ${hit?.tagName ?? 'nothing'}${hit?.getAttribute('data-kind') ? `[${hit.getAttribute('data-kind')}]` : ''})`);
      }
      const unplated = boxes
        .filter(({ el }) => el.classList.contains('label'))
        .filter(({ el, r }) => {
          const plate = el.previousElementSibling;
          if (!plate || !plate.classList.contains('label-plate') || Number(plate.getAttribute('fill-opacity') ?? 1) < 0.75) return true;
          const p = plate.getBoundingClientRect();
          return p.left > r.left + EPS || p.right < r.right - EPS || p.top > r.top + EPS || p.bottom < r.bottom - EPS;
        })
        .map((b) => b.name);
      return { labels: boxes.length, overlaps, overdrawn, outside, unplated };
    },
    { texts, drawing },
  );
}

/** CIE L*a*b* (D65) of an sRGB colour "#rrggbb" or "rgb(r, g, b)". */
export function lab(colour: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour) ?? /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(colour);
  if (!m) throw new Error(`not a colour: ${colour}`);
  const hex = colour.startsWith('#');
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((v) => (hex ? parseInt(v, 16) : Number(v)) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27) * t / 116 + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference. */
export const deltaE = (a: string, b: string): number => {
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
};

/** Pairs of colours closer than `min`. */
export function closePairs(colours: readonly string[], min = 10): string[] {
  const list = [...new Set(colours.map((c) => c.toLowerCase()))];
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (deltaE(list[i]!, list[j]!) < min) out.push(`${list[i]} ~ ${list[j]} (ΔE ${deltaE(list[i]!, list[j]!).toFixed(1)})`);
  return out;
}
