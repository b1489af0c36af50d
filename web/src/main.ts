// First page: draws the seed network with D3's force layout (deterministic: d3-force seeds its own
// generator), firms coloured by tier. The full views replace this in their own module.
import * as d3 from 'd3';

interface Node extends d3.SimulationNodeDatum {
  id: string;
  label: string;
  name: string;
  tier?: string;
}
interface Link extends d3.SimulationLinkDatum<Node> {
  id: string;
  type: string;
}

const TIER_COLOURS: Record<string, string> = { OEM: '#0072b2', TIER1: '#56b4e9', TIER2: '#009e73', IKM: '#e69f00', BUYER: '#cc79a7' };

async function draw(): Promise<void> {
  const response = await fetch('api/graph?view=network');
  const data = (await response.json()) as { nodes: Node[]; links: Link[] };
  const svg = d3.select<SVGSVGElement, unknown>('#network');
  const { width, height } = (svg.node() as SVGSVGElement).getBoundingClientRect();
  const root = svg.append('g');
  svg.call(d3.zoom<SVGSVGElement, unknown>().on('zoom', (e) => root.attr('transform', e.transform.toString())));
  const simulation = d3
    .forceSimulation<Node>(data.nodes)
    .force('link', d3.forceLink<Node, Link>(data.links).id((d) => d.id).distance(40))
    .force('charge', d3.forceManyBody().strength(-40))
    .force('center', d3.forceCenter(width / 2, height / 2))
    .stop();
  simulation.tick(300);
  root
    .append('g')
    .attr('stroke', '#999')
    .selectAll('line')
    .data(data.links)
    .join('line')
    .attr('stroke-dasharray', (d) => (d.type === 'MEMBER_OF' ? '2 2' : null))
    .attr('x1', (d) => (d.source as Node).x ?? 0)
    .attr('y1', (d) => (d.source as Node).y ?? 0)
    .attr('x2', (d) => (d.target as Node).x ?? 0)
    .attr('y2', (d) => (d.target as Node).y ?? 0);
  root
    .append('g')
    .selectAll('circle')
    .data(data.nodes)
    .join('circle')
    .attr('class', 'node')
    .attr('data-id', (d) => d.id)
    .attr('r', (d) => (d.label === 'Cluster' ? 9 : 5))
    .attr('fill', (d) => (d.label === 'Cluster' ? '#555' : (TIER_COLOURS[d.tier ?? ''] ?? '#999')))
    .append('title')
    .text((d) => `${d.name} (${d.tier ?? d.label})`);
  const firms = data.nodes.filter((n) => n.label === 'Firm').length;
  d3.select('#summary').text(`${firms} firms, ${data.nodes.length - firms} clusters, ${data.links.length} links`);
}

draw().catch((error: unknown) => {
  d3.select('#summary').text(`Could not load the network: ${String(error)}`);
});
