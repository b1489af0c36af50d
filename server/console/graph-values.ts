// Collects the nodes and relationships a console result holds (directly, in lists and maps, or
// along paths), once each, so the console can draw them as a graph next to the table.
import { isNode, isPath, isRelationship, type Node, type Relationship } from 'neo4j-driver';
import { toPlain } from '../store/neo4j/values.ts';
import type { ConsoleNode, ConsoleRelationship } from './shapes.ts';

export class GraphCollector {
  private readonly nodes = new Map<string, ConsoleNode>();
  private readonly relationships = new Map<string, ConsoleRelationship>();

  private node(n: Node): void {
    if (this.nodes.has(n.elementId)) return;
    this.nodes.set(n.elementId, { elementId: n.elementId, labels: [...n.labels], properties: toPlain(n.properties) as ConsoleNode['properties'] });
  }

  private relationship(r: Relationship): void {
    if (this.relationships.has(r.elementId)) return;
    this.relationships.set(r.elementId, {
      elementId: r.elementId,
      type: r.type,
      start: r.startNodeElementId,
      end: r.endNodeElementId,
      properties: toPlain(r.properties) as ConsoleRelationship['properties'],
    });
  }

  /** Looks through one value of a row. */
  add(value: unknown): void {
    if (value === null || typeof value !== 'object') return;
    if (isNode(value)) return this.node(value);
    if (isRelationship(value)) return this.relationship(value);
    if (isPath(value)) {
      this.node(value.start);
      for (const s of value.segments) {
        this.relationship(s.relationship);
        this.node(s.end);
      }
      return;
    }
    if (Array.isArray(value)) {
      for (const v of value) this.add(v);
      return;
    }
    if (Object.getPrototypeOf(value) === Object.prototype) for (const v of Object.values(value)) this.add(v);
  }

  /** The graph part of the answer; empty when the rows hold no nodes or relationships. */
  result(): { nodes?: ConsoleNode[]; relationships?: ConsoleRelationship[] } {
    if (this.nodes.size === 0 && this.relationships.size === 0) return {};
    return { nodes: [...this.nodes.values()], relationships: [...this.relationships.values()] };
  }
}
