// `rantai analyse --graph FILE`: POST /api/analysis/graph from the command line, on a file of any
// size (the route's size limits are lifted; the readers, options and answers are the route's).
// FILE is CSV source,target[,weight], GraphML or GEXF (read from its content), or a JSON file
// holding a whole request of the route (its contract, every option). `--link METHOD --top K` asks
// for the K best candidate pairs by a NetworkX link-prediction function instead of the metrics.
// CSV output: one row per node (id, betweenness, pagerank, community) or per pair (source, target,
// score) - the API's field names, as every CSV of the CLI and the web (README, "Column names").
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { analyseGraph, graphRequestShape, linkPredictionShape, NO_LIMITS, type GraphRequest, type GraphResult } from '../../analysis/graph/index.ts';
import { issueText, reasonAfterField, withoutSafeIntegerBounds } from '../../api/issue-reason.ts';
import { parseRequest } from '../../api/validate.ts';
import { text } from '../../i18n/index.ts';
import { countFlag } from '../args.ts';
import { UsageError } from '../command.ts';

export const GRAPH_FLAGS = {
  graph: { type: 'string' },
  directed: { type: 'boolean' },
  link: { type: 'string' },
  top: { type: 'string' },
} as const;

/** Candidates printed by `--link` without `--top` (the missing-links route's default limit). */
export const DEFAULT_TOP = 50;

interface GraphFlags {
  graph?: string;
  directed?: boolean;
  link?: string;
  top?: string;
}

async function requestOf(flags: GraphFlags): Promise<GraphRequest> {
  const file = flags.graph!;
  const content = await readFile(file, 'utf8');
  const name = path.basename(file);
  if (/\.json$/i.test(file)) {
    if (flags.directed || flags.link !== undefined || flags.top !== undefined) throw new UsageError(text('cli.usage.jsonSaysAll'));
    let body: unknown;
    try {
      body = JSON.parse(content);
    } catch (error) {
      // V8's reason is English; the Indonesian keeps only where it stopped.
      const at = /position (\d+)/.exec((error as Error).message)?.[1];
      throw new UsageError(text('cli.usage.notJson', { file: name, detail: { perLang: { en: (error as Error).message, id: at ? text('cli.usage.jsonAt', { n: at }) : '…' } } }));
    }
    return parseRequest(graphRequestShape, body, 'body');
  }
  if (flags.top !== undefined && flags.link === undefined) throw new UsageError(text('cli.usage.topWithLink'));
  const raw: Record<string, unknown> = { file: { content, name } };
  if (flags.directed) raw.directed = true;
  if (flags.link !== undefined) raw.linkPrediction = linkFlags(flags.link, countFlag('top', flags.top, DEFAULT_TOP));
  return parseRequest(graphRequestShape, raw, 'body');
}

/**
 * --link and --top read with the route's own shape; a refusal is a usage mistake (exit 2) naming the
 * flag, with the route's reason. It was the API's error naming its fields ("linkPrediction.top: must
 * be at least 1"), with exit 1.
 */
function linkFlags(method: string, top: number): { method: string; top: number } {
  const parsed = linkPredictionShape.safeParse({ method, top }, { reportInput: true });
  if (parsed.success) return { method, top };
  const issue = withoutSafeIntegerBounds(parsed.error.issues)[0]!;
  const name = issue.path[0] === 'method' ? 'link' : 'top';
  throw new UsageError(text('cli.usage.flagReason', { flag: `--${name}`, reason: reasonAfterField(issueText(issue), String(issue.path[0] ?? name)) }));
}

/** One row per node with the metrics asked, or one per scored pair. */
export function graphTable(result: GraphResult): object[] {
  if (result.linkPrediction) return result.linkPrediction.map(([source, target, score]) => ({ source, target, score }));
  const community = new Map<string, number>();
  result.louvain?.communities.forEach((members, c) => members.forEach((id) => community.set(id, c)));
  const ids = Object.keys(result.betweenness ?? result.pagerank ?? {});
  if (ids.length === 0) for (const id of community.keys()) ids.push(id);
  return ids.map((id) => ({
    id,
    ...(result.betweenness ? { betweenness: result.betweenness[id] } : {}),
    ...(result.pagerank ? { pagerank: result.pagerank[id] } : {}),
    ...(result.louvain ? { community: community.get(id) } : {}),
  }));
}

export async function graphCli(flags: GraphFlags): Promise<{ json: unknown; table: object[] }> {
  const result = await analyseGraph(await requestOf(flags), { limits: NO_LIMITS });
  return { json: result, table: graphTable(result) };
}
