// What the graph views draw: positioned nodes with their style, links between them, and what is
// highlighted. Both renderers (SVG for small graphs, canvas for large ones) and the export draw
// from this one description, so the exported picture is the picture on screen.
import type { Shape } from './symbols.ts';

export interface SceneNode {
  id: string;
  label: string;
  name: string;
  tier?: string | undefined;
  x: number;
  y: number;
  r: number;
  shape: Shape;
  colour: string;
  /** Context nodes (one hop outside the focus) are drawn faded. */
  role?: 'focus' | 'context';
  /** The label text, when the node may be labelled, and its importance (higher placed first). */
  labelText?: string;
  labelPriority?: number;
  /** The cluster the reader focused on: labelled even among its members' symbols (labels.ts `keep`). */
  labelKeep?: boolean;
}

export type LinkKind = 'supply' | 'member' | 'missing' | 'import';

export interface SceneLink {
  id: string;
  s: SceneNode;
  t: SceneNode;
  kind: LinkKind;
  width: number;
  colour: string;
  role?: 'focus' | 'context';
}

export interface Scene {
  nodes: SceneNode[];
  links: SceneLink[];
}

export interface Highlight {
  /** Nodes shown at full strength (the selection's neighbourhood); null: all. */
  nodes: ReadonlySet<string> | null;
  /** Links shown at full strength; null: all. */
  links: ReadonlySet<string> | null;
  /** Search matches, drawn with a thick outline. */
  matches: ReadonlySet<string>;
  /** The selected node or link id. */
  selected: string;
}

export const NO_HIGHLIGHT: Highlight = { nodes: null, links: null, matches: new Set(), selected: '' };

export function bounds(scene: Scene): { x0: number; y0: number; x1: number; y1: number } {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of scene.nodes) {
    x0 = Math.min(x0, n.x - n.r);
    y0 = Math.min(y0, n.y - n.r);
    x1 = Math.max(x1, n.x + n.r);
    y1 = Math.max(y1, n.y + n.r);
  }
  if (!Number.isFinite(x0)) return { x0: 0, y0: 0, x1: 1, y1: 1 };
  return { x0, y0, x1, y1 };
}

export const linkDash = (kind: LinkKind): string | null => (kind === 'missing' ? '6 4' : kind === 'member' ? '2 3' : null);
export const FADED = 0.12;
/** Fill opacity of context nodes (outside the focus, one hop away). */
export const CONTEXT_OPACITY = 0.5;
