// Runs the seeded force layout in a Web Worker, so the page stays responsive on large graphs.
import type { LayoutRequest, LayoutResult } from './layout-types.ts';

export function runLayout(req: LayoutRequest): Promise<LayoutResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<LayoutResult>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the layout failed'));
    };
    worker.postMessage(req);
  });
}
