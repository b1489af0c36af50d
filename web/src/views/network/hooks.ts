// A small handle on the network view for browser tests and the frame-time benchmark
// (window.__rantai.network): layout time, drawing mode, node positions, and direct zoom control.
export interface NetworkHook {
  layoutMs(): number;
  mode(): 'svg' | 'canvas' | null;
  nodeCount(): number;
  positionOf(id: string): { x: number; y: number } | null;
  setTransform(x: number, y: number, k: number): void;
  currentTransform(): { x: number; y: number; k: number } | null;
}

type Hooks = { network?: NetworkHook | null };

export function registerHook(hook: NetworkHook | null): void {
  const w = window as unknown as { __rantai?: Hooks };
  w.__rantai ??= {};
  w.__rantai.network = hook;
}
