// Many-body repulsion by Barnes-Hut on typed arrays (a quadtree rebuilt each tick), the same force as
// d3-force's forceManyBody (strength / distance², cells farther than their size / theta taken as
// one body, nothing beyond distanceMax) without an object per node or per cell: at 20,000 nodes
// d3's quadtree of objects was most of the layout's time (bench/README.md, web-frames).

/** Deepest subdivision: points closer than the extent / 2^MAX_DEPTH share a leaf (a chain). */
const MAX_DEPTH = 24;

export class BarnesHut {
  private readonly n: number;
  /** Per cell: four children (-1: none), the first point of a leaf's chain (-1: an inner cell). */
  private child: Int32Array;
  private first: Int32Array;
  private mass: Float64Array;
  private mx: Float64Array;
  private my: Float64Array;
  private size: Float64Array;
  private cells = 0;
  private readonly next: Int32Array;
  private readonly stack: Int32Array;

  constructor(n: number) {
    this.n = n;
    const cap = Math.max(16, 2 * n + 8);
    this.child = new Int32Array(cap * 4);
    this.first = new Int32Array(cap);
    this.mass = new Float64Array(cap);
    this.mx = new Float64Array(cap);
    this.my = new Float64Array(cap);
    this.size = new Float64Array(cap);
    this.next = new Int32Array(n);
    this.stack = new Int32Array(4 * MAX_DEPTH + 8);
  }

  private grow(): void {
    const cap = this.first.length * 2;
    const copy = <T extends Int32Array | Float64Array>(a: T, len: number): T => {
      const b = new (a.constructor as new (l: number) => T)(len);
      b.set(a);
      return b;
    };
    this.child = copy(this.child, cap * 4);
    this.first = copy(this.first, cap);
    this.mass = copy(this.mass, cap);
    this.mx = copy(this.mx, cap);
    this.my = copy(this.my, cap);
    this.size = copy(this.size, cap);
  }

  private cell(size: number): number {
    if (this.cells === this.first.length) this.grow();
    const c = this.cells++;
    this.child.fill(-1, 4 * c, 4 * c + 4);
    this.first[c] = -1;
    this.mass[c] = 0;
    this.mx[c] = 0;
    this.my[c] = 0;
    this.size[c] = size;
    return c;
  }

  /**
   * Adds to (vx, vy) the repulsion every node feels: strength · alpha · Δ / d² per other node (d3's
   * formula; strength < 0 repels), approximated by cells seen under an angle below theta.
   */
  apply(x: Float64Array, y: Float64Array, vx: Float64Array, vy: Float64Array, strength: number, alpha: number, theta: number, distanceMax: number): void {
    const n = this.n;
    if (n < 2) return;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      if (x[i]! < x0) x0 = x[i]!;
      if (x[i]! > x1) x1 = x[i]!;
      if (y[i]! < y0) y0 = y[i]!;
      if (y[i]! > y1) y1 = y[i]!;
    }
    const extent = Math.max(x1 - x0, y1 - y0, 1) * 1.0001;
    this.cells = 0;
    const root = this.cell(extent);
    // Insert: each point descends from the root; a leaf (a cell without children) it meets is split
    // one level, its point moving down, until the point has a leaf of its own (or shares one at
    // MAX_DEPTH, as a chain).
    for (let i = 0; i < n; i++) {
      let c = root;
      let left = x0;
      let top = y0;
      let s = extent;
      for (let depth = 0; ; depth++) {
        if (this.isLeaf(c)) {
          if (this.first[c] === -1 || depth >= MAX_DEPTH) {
            this.next[i] = this.first[c]!;
            this.first[c] = i;
            break;
          }
          const p = this.first[c]!;
          this.first[c] = -1;
          const k = this.cell(s / 2);
          this.child[4 * c + this.quadrant(x[p]!, y[p]!, left, top, s)] = k;
          this.next[p] = -1;
          this.first[k] = p;
        }
        const h = s / 2;
        const q = this.quadrant(x[i]!, y[i]!, left, top, s);
        let k = this.child[4 * c + q]!;
        if (k === -1) {
          k = this.cell(h);
          this.child[4 * c + q] = k;
        }
        c = k;
        if (q & 1) left += h;
        if (q & 2) top += h;
        s = h;
      }
    }
    this.accumulate(root, x, y);
    // Forces, one traversal per point.
    const theta2 = theta * theta;
    const max2 = distanceMax * distanceMax;
    const stack = this.stack;
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      const yi = y[i]!;
      let fx = 0;
      let fy = 0;
      let top = 0;
      stack[top++] = root;
      while (top > 0) {
        const c = stack[--top]!;
        const dx = this.mx[c]! - xi;
        const dy = this.my[c]! - yi;
        let l = dx * dx + dy * dy;
        const w = this.size[c]!;
        const leaf = this.first[c] !== -1;
        if (!leaf && (w * w) / theta2 < l) {
          // Far enough: the cell as one body at its centre of mass.
          if (l < max2) {
            if (l < 1) l = Math.sqrt(l);
            const f = (this.mass[c]! * strength * alpha) / l;
            fx += dx * f;
            fy += dy * f;
          }
          continue;
        }
        if (leaf) {
          for (let j = this.first[c]!; j !== -1; j = this.next[j]!) {
            if (j === i) continue;
            const ex = x[j]! - xi;
            const ey = y[j]! - yi;
            let m = ex * ex + ey * ey;
            if (m >= max2) continue;
            if (m < 1) m = Math.sqrt(m) || 1;
            const f = (strength * alpha) / m;
            fx += ex * f;
            fy += ey * f;
          }
          continue;
        }
        // Too close: open the cell.
        for (let q = 0; q < 4; q++) {
          const k = this.child[4 * c + q]!;
          if (k !== -1) stack[top++] = k;
        }
      }
      vx[i] += fx;
      vy[i] += fy;
    }
  }

  private isLeaf(c: number): boolean {
    return this.child[4 * c] === -1 && this.child[4 * c + 1] === -1 && this.child[4 * c + 2] === -1 && this.child[4 * c + 3] === -1;
  }

  private quadrant(px: number, py: number, left: number, top: number, s: number): number {
    const h = s / 2;
    return (px >= left + h ? 1 : 0) + (py >= top + h ? 2 : 0);
  }

  /** Mass (points) and centre of mass of each cell, children before parents. */
  private accumulate(root: number, x: Float64Array, y: Float64Array): void {
    // Cells are created parent before child, so a reverse sweep sees every child first.
    for (let c = this.cells - 1; c >= root; c--) {
      let m = 0;
      let sx = 0;
      let sy = 0;
      if (this.first[c] !== -1) {
        for (let j = this.first[c]!; j !== -1; j = this.next[j]!) {
          m += 1;
          sx += x[j]!;
          sy += y[j]!;
        }
      } else {
        for (let q = 0; q < 4; q++) {
          const k = this.child[4 * c + q]!;
          if (k === -1) continue;
          m += this.mass[k]!;
          sx += this.mx[k]! * this.mass[k]!;
          sy += this.my[k]! * this.mass[k]!;
        }
      }
      this.mass[c] = m;
      this.mx[c] = m > 0 ? sx / m : 0;
      this.my[c] = m > 0 ? sy / m : 0;
    }
  }
}
