// The ranking's compact facts (scoring-facts.ts) from a store snapshot: what
// cypher/analysis/missing-links-firms.cypher, missing-links-components.cypher and
// missing-links-relations.cypher return on Neo4j. The firms' relationships are visited in the
// snapshot itself, one pass per kind. Property reading follows graph-index.ts (a number or null,
// `certifications` a list), so both ways of computing facts read the same values.
import type { GraphData, RelType } from '../../model/index.ts';
import { numProp, strProp } from './graph-index.ts';
import type { ScoringFacts } from './scoring-facts.ts';

export function embeddedScoringFacts(snap: GraphData): ScoringFacts {
  const pairs = (type: RelType) => (visit: (firm: string, other: string) => void) => {
    for (const r of snap.rels) if (r.type === type) visit(r.from, r.to);
  };
  const facts: ScoringFacts = {
    firms: (visit) => {
      for (const n of snap.nodes) if (n.label === 'Firm') visit(n.id, numProp(n.props, 'lat'), numProp(n.props, 'lon'));
    },
    certifications: (visit) => {
      for (const n of snap.nodes) {
        const held = n.label === 'Firm' ? n.props.certifications : undefined;
        if (Array.isArray(held)) for (const c of held) if (typeof c === 'string') visit(n.id, c);
      }
    },
    memberships: pairs('MEMBER_OF'),
    capabilities: (visit) => {
      for (const r of snap.rels) if (r.type === 'CAN') visit(r.from, r.to, numProp(r.props, 'toleranceMm'));
    },
    works: pairs('WORKS'),
    makes: pairs('MAKES'),
    components: [],
    needs: [],
    imports: [],
    supplies: [],
  };
  const components = new Map<string, ScoringFacts['components'][number]>();
  for (const n of snap.nodes) {
    if (n.label !== 'Component') continue;
    const c = { id: n.id, processes: [], material: null, toleranceMm: numProp(n.props, 'toleranceMm'), certification: strProp(n.props, 'certification') };
    components.set(n.id, c);
    facts.components.push(c);
  }
  for (const r of snap.rels) {
    switch (r.type) {
      case 'NEEDS_PROCESS': {
        const c = components.get(r.from);
        if (c && !c.processes.includes(r.to)) c.processes.push(r.to);
        break;
      }
      case 'MADE_OF': {
        const c = components.get(r.from);
        if (c) c.material = r.to;
        break;
      }
      case 'NEEDS':
        facts.needs.push({ buyer: r.from, component: r.to, units: numProp(r.props, 'unitsPerYear') });
        break;
      case 'IMPORTS': {
        const component = String(r.props.component);
        if (!components.has(component)) break;
        facts.imports.push({ buyer: r.from, component, country: r.to, year: numProp(r.props, 'year') ?? -Infinity, valueUsd: numProp(r.props, 'valueUsd') ?? 0 });
        break;
      }
      case 'SUPPLIES':
        facts.supplies.push({ supplier: r.from, buyer: r.to, component: String(r.props.component), units: numProp(r.props, 'unitsPerYear') });
        break;
      default:
        break;
    }
  }
  return facts;
}
