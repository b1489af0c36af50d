// The seeded network layout (web/src/graph/layout-force.ts) on the network view's graphs of the
// web-frames datasets (5,060 and 20,200 nodes), in Node (the browser runs the same code in a worker;
// web-frames reports the layout time Chromium sees). Peer: the d3-force layout used before issue 16
// (layout-d3-peer.ts), same graph, same run. Also checks that the same seed gives the same picture.
// Run: npm run bench -- layout
import os from 'node:os';
import { startServer } from '../server/api/index.ts';
import { EmbeddedStore } from '../server/store/index.ts';
import { generateDataset } from '../seed/generator/index.ts';
import { layout } from '../web/src/graph/layout-force.ts';
import type { LayoutRequest } from '../web/src/graph/layout-types.ts';
import { layoutD3Peer } from './layout-d3-peer.ts';

interface GraphOut {
  nodes: Array<{ id: string; label: string; role?: string; cluster?: string }>;
  links: Array<{ source: string; target: string }>;
}

/** The request the network view sends its worker (web/src/views/network/index.ts), seed 7 as there. */
async function networkRequest(clusters: number, firms: number): Promise<LayoutRequest> {
  const store = new EmbeddedStore(generateDataset({ clusters, firms, components: 300, seed: 11 }));
  const server = await startServer({ store, neo4jStatus: async () => ({ configured: false, reachable: false }) }, 0, '127.0.0.1', { log: () => {} });
  try {
    const g = (await (await fetch(`${server.url}/api/graph?view=network`)).json()) as GraphOut;
    const index = new Map(g.nodes.map((n, i) => [n.id, i]));
    const links: number[] = [];
    for (const l of g.links) {
      const a = index.get(l.source);
      const b = index.get(l.target);
      if (a !== undefined && b !== undefined) links.push(a, b);
    }
    const groups = g.nodes.map((n) => (n.label === 'Cluster' ? n.id : n.role === 'context' ? '~context' : (n.cluster ?? '')));
    return { groups, links, seed: 7 };
  } finally {
    await server.close();
  }
}

export async function benchLayout(): Promise<void> {
  console.log(`layout (load average ${os.loadavg()[0]!.toFixed(1)})`);
  for (const { clusters, firms, target } of [
    { clusters: 60, firms: 5000, target: 1.5 },
    { clusters: 200, firms: 20000, target: 5 },
  ]) {
    const req = await networkRequest(clusters, firms);
    const first = layout(req);
    const again = layout(req);
    const same = first.positions.every((v, i) => v === again.positions[i]);
    const ms = Math.min(first.ms, again.ms);
    const peer = layoutD3Peer(req);
    console.log(
      `  ${req.groups.length.toLocaleString('en')} nodes, ${(req.links.length / 2).toLocaleString('en')} links: ${(ms / 1000).toFixed(2)} s (${first.ticks} ticks, stable; same picture for the same seed: ${same ? 'yes' : 'NO'})` +
        `  d3-force peer ${(peer.ms / 1000).toFixed(2)} s (${peer.ticks} ticks)  ${(peer.ms / ms).toFixed(1)}x faster  target <= ${target} s: ${ms / 1000 <= target ? 'met' : 'missed'} (load average ${os.loadavg()[0]!.toFixed(1)})`,
    );
  }
}
