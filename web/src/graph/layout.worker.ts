// The layout worker: lays out what the page sends (layout-force.ts) and sends the positions back.
import { layout } from './layout-force.ts';
import type { LayoutRequest } from './layout-types.ts';

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const result = layout(e.data);
  (self as unknown as Worker).postMessage(result, [result.positions.buffer]);
};
