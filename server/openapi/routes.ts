// The API's routes for the OpenAPI document: one entry per route, built from the zod schemas the
// route validates with and answers in. A new route is one entry here.
import { cypherQueryStringShape, cypherRequestShape, cypherResultShape } from '../console/index.ts';
import { datasetUploadQueryShape, datasetUploadResultShape } from '../api/routes/datasets.ts';
import { exportQueryShape } from '../api/routes/export.ts';
import { entityParamsShape, entityQueryShape, graphRouteQueryShape } from '../api/routes/graph.ts';
import { healthShape, readyShape } from '../api/routes/health.ts';
import { entityShape, graphShape } from '../store/index.ts';
import { complexityOutShape, complexityQueryShape, complexityRequestShape } from '../api/routes/complexity.ts';
import { clusterComplexityOutShape, clusterComplexityQueryShape } from '../analysis/cluster-complexity/index.ts';
import { MAX_COMPLEXITY_CELLS } from '../analysis/complexity/index.ts';
import { linkScoresOutShape, linkScoresRequestShape, metricsOutShape, metricsQueryShape } from '../api/routes/network.ts';
import { catalogQueryShape, catalogShape } from '../api/routes/catalog.ts';
import { firmsQueryShape, firmsShape } from '../api/routes/firms.ts';
import { missingLinksOutShape, missingLinksQueryShape } from '../analysis/links/index.ts';
import { riskOutShape, riskQueryShape } from '../analysis/risk/index.ts';
import { importsOutShape, importsQueryShape } from '../analysis/imports/index.ts';
import { nationalImportsOutShape, productComplexityOutShape, productComplexityQueryShape } from '../analysis/trade/index.ts';
import { z } from 'zod';
import { substitutionOutShape, substitutionQueryShape, whatIfOutShape, whatIfQueryShape, whatIfRequestShape } from '../analysis/substitution/index.ts';
import { graphRequestShape, graphResultShape } from '../analysis/graph/index.ts';
import { errorLangQueryShape, probeQueryShape } from '../i18n/index.ts';
import { WORK_ERRORS } from '../work/index.ts';
import type { ErrorCode } from '../errors.ts';
import { apiDocsQueryShape } from './query.ts';
import type { RouteDoc } from './route-doc.ts';

const json = { media: ['application/json'], description: 'the OpenAPI 3.1 document' } as const;

const LISTED: readonly RouteDoc[] = [
  {
    method: 'get',
    path: '/api/health',
    id: 'getHealth',
    tag: 'status',
    summary: 'Liveness: store kind, node and relationship counts, Neo4j reachability; always 200 within about a second',
    description: 'With Neo4j unreachable the answer comes within a second with status "degraded", neo4j.reachable false and countsAvailable false. For "can this instance take work now" ask GET /api/ready.',
    query: probeQueryShape,
    response: healthShape,
    errors: ['invalid_parameter'],
  },
  {
    method: 'get',
    path: '/api/ready',
    id: 'getReady',
    tag: 'status',
    summary: 'Readiness: 200 when the store answers, 503 (with Retry-After) when Neo4j is unreachable or the server is shutting down',
    query: probeQueryShape,
    response: readyShape,
    errors: ['invalid_parameter', 'shutting_down'],
  },
  {
    method: 'get',
    path: '/api/graph',
    id: 'getGraph',
    tag: 'graph',
    summary: 'Nodes and links for the network, tier and map views: a filter\'s focus and its one-hop context',
    description:
      'A filter (tier, cluster, province, component) focuses: the firms matching it are `focus`, their supply partners (and the other ends of recommended links) `context`, one hop away; a link is `focus` between two focus firms and `context` when it leaves the focus. Tiers and map also carry the imports of the focus firms and the imports of components in focus by the context firms. links=recommended adds the 50 best recommended missing links touching the focus (from GET /api/analysis/missing-links with the same cluster and component filters); pin adds one recommended link whatever the focus. `figures` are the key figures the views show, computed from this answer. Filters that keep more than 20,000 firms (tier, province and cluster, then the component, which keeps the firms that make, need, supply, buy or import it) are refused with 413 payload_too_large, details {part: focus, count, max}: a view of single firms that large cannot be drawn; without filters, group=auto gives the overview. Without filters and without group, a dataset of more than 20,000 firms is refused the same way (GET /api/export gives its whole graph).',
    query: graphRouteQueryShape,
    response: graphShape,
    errors: ['invalid_parameter', 'payload_too_large'],
  },
  { method: 'get', path: '/api/catalog', id: 'getCatalog', tag: 'graph', summary: 'Id and name lists for filters and forms: clusters, components, processes, materials, countries, provinces, certifications; tier and category names in the asked language', query: catalogQueryShape, response: catalogShape, errors: ['invalid_parameter'] },
  { method: 'get', path: '/api/firms', id: 'getFirms', tag: 'graph', summary: 'The firms (id, name, tier, cluster) for forms that pick a firm, optionally only some tiers, one cluster\'s members or one province\'s firms; sorted by name', query: firmsQueryShape, response: firmsShape, errors: ['invalid_parameter'] },
  { method: 'get', path: '/api/entities/{id}', id: 'getEntity', tag: 'graph', summary: 'One node with its relationships and provenance', params: entityParamsShape, query: entityQueryShape, response: entityShape, errors: ['invalid_parameter', 'unknown_id'] },
  {
    method: 'post',
    path: '/api/cypher',
    id: 'runCypher',
    tag: 'research',
    summary: 'Run a read-only Cypher query (Neo4j store only)',
    description:
      'Refused (400 query_refused, with the reason) unless the query is plainly a read and Neo4j\'s plan says it is read-only: no CREATE, MERGE, SET, DELETE, REMOVE, FOREACH, LOAD CSV, USE, schema or administration commands, EXPLAIN/PROFILE, several statements, or procedures outside db.labels, db.relationshipTypes, db.propertyKeys, db.schema.*, dbms.components. The EXPLAIN plan must hold read operators and allowlisted procedures only. Stopped after timeoutMs (408 query_timeout); at most `limit` rows (truncated says whether more existed). At most 2 queries per client (an IPv4 address or an IPv6 /64; the forwarded address behind a proxy named in RANTAI_TRUST_PROXY) in Neo4j at once (429 too_many_requests) and 4 in all (503 console_busy), with Retry-After; a client whose query Neo4j needed more than 5 s past its limit to end waits as long as it overran (429). `?format=csv` answers a spreadsheet-safe CSV table.',
    query: cypherQueryStringShape,
    body: cypherRequestShape,
    response: cypherResultShape,
    errors: ['invalid_parameter', 'query_refused', 'query_timeout', 'too_many_requests', 'console_busy', 'not_implemented'],
  },
  {
    method: 'post',
    path: '/api/datasets',
    id: 'replaceDataset',
    tag: 'data',
    summary: 'Replace the dataset with an upload (atomic), or merge some files into it',
    description:
      'The upload is read and validated in full first; a rejected or interrupted upload changes nothing. It must hold every core file (clusters, firms, processes, materials, countries, components, capabilities, makes, needs, supplies, imports; programs and enrolments are optional) unless mode=merge (query or form field): then only the files given are replaced, checked together with the rest of the current dataset. Every problem is found in one run; a rejected dataset answers 422 dataset_invalid with details = [{file, line, column, message, cell?, more?}, …] (cell = sheet!cell for a workbook; a grouped entry "and 61 more like this" carries more). The answer lists the counts before and after per label and type, and the provenance recorded by the store (name, source, load time, counts, content hash). Without a name the dataset is named after the uploaded file, folder or workbook (a merge keeps the current name). Limits: body size (RANTAI_UPLOAD_MAX_BYTES, default 50 MB), file size once decompressed, number of files, cell length (10,000 characters), columns per row.',
    query: datasetUploadQueryShape,
    upload: {
      'application/zip': 'a zip of the dataset CSV files (firms.csv, clusters.csv, …), at the top or in one folder',
      'multipart/form-data': 'the CSV files as file parts (or one .zip or .json part); an optional text field `name`',
      'application/json': 'a JSON bundle: {"firms": [{…}, …], "clusters": […], …} with the CSV column names as keys',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'an Excel workbook (.xlsx) with one sheet per dataset file (GET /api/datasets/template.xlsx); problems are located as sheet!cell',
    },
    response: datasetUploadResultShape,
    errors: ['invalid_parameter', 'unauthorized', 'writes_disabled', 'payload_too_large', 'unsupported_media_type', 'dataset_invalid', 'body_too_deep'],
    writeToken: true,
  },
  {
    method: 'get',
    path: '/api/datasets/template.xlsx',
    id: 'getDatasetTemplate',
    tag: 'data',
    summary: 'The empty dataset workbook to fill in: a README sheet (columns, units, allowed values, sources in English and Bahasa Indonesia) and one sheet per dataset file with header notes, drop-downs and frozen headers',
    query: errorLangQueryShape,
    response: { media: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], description: 'the workbook (Content-Disposition: attachment)' },
    errors: ['invalid_parameter'],
  },
  {
    method: 'get',
    path: '/api/export',
    id: 'exportGraph',
    tag: 'data',
    summary: 'The stored graph as GraphML, GEXF, a JSON dataset bundle, a zip of the dataset CSV folder or the dataset workbook (xlsx)',
    description:
      'The file is written once per data version and format, the same in every language, and sent again from the server\'s disk until the data changes. In GraphML and GEXF a firm also carries its cluster\'s id and name (attributes cluster and clusterName) beside its MEMBER_OF edge, so that Gephi can colour firms by cluster; nodes and edges come by kind, then by id, the same order from either store (two files of the same data compare line by line). GraphML, GEXF and JSON go gzipped to a client that accepts it (a national GEXF: 464 MB, 19 MB gzipped). A broken download resumes with a Range request (If-Range: the ETag received): 206 Partial Content; a Range outside the file is a 416 with its size (Content-Range: bytes */size).',
    query: exportQueryShape,
    response: {
      media: ['application/graphml+xml', 'application/gexf+xml', 'application/json', 'application/zip', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      description: 'the file (Content-Disposition: attachment)',
    },
    errors: ['invalid_parameter', 'range_not_satisfiable'],
  },
  { method: 'get', path: '/api/analysis/metrics', id: 'getMetrics', tag: 'analysis', summary: 'Per firm: degree, betweenness, PageRank, Louvain community; the partition\'s modularity', query: metricsQueryShape, response: metricsOutShape, errors: ['invalid_parameter'] },
  {
    method: 'post',
    path: '/api/analysis/graph',
    id: 'postAnalysisGraph',
    tag: 'research',
    summary: 'Metrics (betweenness, PageRank and its Google matrix, Louvain) and link prediction on any posted graph, with NetworkX\'s option names and meaning',
    description:
      'The graph is `edges` ([u, v] or [u, v, weight]; ids are strings, numbers are read as their text) with optional isolated `nodes`, or a `file` (CSV with the header source,target[,weight], GraphML or GEXF, sent as text; problems are located as file:line:column). Undirected unless `directed` (a GraphML/GEXF file declares it); `multigraph` keeps parallel edges. Node order is NetworkX\'s: `nodes` first, then each new edge end. `metrics` names the metrics to compute, each with the options of nx.betweenness_centrality, nx.pagerank and nx.community.louvain_communities (same names, same defaults; `weight: true` uses the third element of each edge, an edge without one weighs 1; seeds are Python random.Random seeds, so k-sampled betweenness and Louvain reproduce NetworkX\'s for the same seed; a seed left out is 1). Without `metrics` and `linkPrediction`, betweenness, PageRank and Louvain are computed. `metrics.googleMatrix` answers nx.google_matrix as `{nodes, matrix}` (rows and columns in `nodelist` order), only when asked, for at most 1,000 rows: past them 413 payload_too_large with details {part: googleMatrix, count, max}. `linkPrediction` scores `pairs` with a NetworkX link-prediction function, or finds the `top` k non-adjacent pairs best first (ties in node order), optionally only among [[sources], [targets]], without enumerating every pair. Refusals say in details.networkx which NetworkX error the same input raises (NodeNotFound, NetworkXNotImplemented, NetworkXAlgorithmError, NetworkXError, PowerIterationFailedConvergence, ZeroDivisionError, ValueError). Reading-only: the served dataset is not touched. At most 200,000 nodes and 500,000 edges: past them the answer is 413 payload_too_large with details {part: nodes | edges, count, max} and its message in the request\'s language (Accept-Language, or lang=en|id in the query); a body over the JSON body limit (2 MB by default) is a 413 payload_too_large before the graph is read. Work past what the time budget allows is refused at once the same way, with details {part: betweenness | edgeBetweenness | linkPrediction | pagerank, nodes, edges, sources, count, max}: exact betweenness over 1.6 billion steps (sources × (nodes + adjacency entries); sample sources with k), edge betweenness over 450 million, a `top` search by a common-neighbour index walking over 70 million two-step paths (limit the sources with `among`), or PageRank whose max_iter × (nodes + adjacency entries) passes 1.8 billion steps (it runs every iteration when it does not converge; details.iterations is the max_iter asked, details.most the most this graph may ask). A graph of more than 1,000 edges, or a file, is computed on a worker thread, so the server answers other requests meanwhile. `rantai analyse --graph FILE` has no size limits.',
    query: errorLangQueryShape,
    body: graphRequestShape,
    response: graphResultShape,
    errors: ['invalid_parameter', 'payload_too_large'],
  },
  { method: 'post', path: '/api/analysis/link-scores', id: 'postLinkScores', tag: 'analysis', summary: 'Link-prediction indices (as NetworkX) for pairs of firms', query: errorLangQueryShape, body: linkScoresRequestShape, response: linkScoresOutShape, errors: ['invalid_parameter'] },
  {
    method: 'get',
    path: '/api/analysis/missing-links',
    id: 'getMissingLinks',
    tag: 'analysis',
    summary: 'Missing supplier-buyer links: ranked candidates with feasibility, replaced imports, distance, network evidence and an evidence sentence; clusters with no path to an OEM',
    description:
      'A candidate (supplier s, buyer b, component p): b needs or imports p, s does not supply p to b yet, and s makes p or covers all of its requirements (processes within tolerance, material, certification). The score and its weights are defined in server/analysis/links/weights.ts; the facts come from cypher/analysis/missing-links.cypher on Neo4j. Unknown buyer, cluster or component ids answer 400 naming the field.',
    query: missingLinksQueryShape,
    response: missingLinksOutShape,
    errors: ['invalid_parameter'],
  },
  {
    method: 'get',
    path: '/api/analysis/risk',
    id: 'getRisk',
    tag: 'analysis',
    summary: 'Single-source components and the failure impact of each firm, following the tiers upward',
    description:
      'A single source is a buyer\'s component with one supplier and no other firm that makes it or covers its requirements. Failure impact follows each component upward: a buyer loses p when every chain of p-supplies from where p is made to it passes through the failed firm. Firms are ranked by impacted OEMs, then lost value (cypher/README.md, "Analysis queries: missing links and risk").',
    query: riskQueryShape,
    response: riskOutShape,
    errors: ['invalid_parameter'],
  },
  {
    method: 'get',
    path: '/api/analysis/imports',
    id: 'getImports',
    tag: 'analysis',
    summary: 'Import exposure per component and per buyer: imported value (each buyer\'s latest year), domestic supply value, import share, origin countries and their HHI; or, with basis=national, per component from national trade statistics',
    description:
      'basis=buyers (default): import share = imported / (imported + domestic SUPPLIES value); origin shares of the imported value; HHI = Σ share² over origins (0..1). On Neo4j the facts come from cypher/analysis/imports-by-component.cypher and imports-by-buyer.cypher. basis=national: per component in the HS → component concordance (hs_components.csv), nationalValueUsd = Σ over its HS codes of the trade value (trade.csv) × share in the year (the latest of the trade table, or year=), its origins with shares and HHI, its value in every year of the table and the compound annual growth, beside the buyers\' figure (cypher/analysis/trade-national.cypher); `warnings` say when no trade table or no concordance is loaded, or which concordance codes have no trade in the year. A year not in the table answers 400.',
    query: importsQueryShape,
    response: z.union([importsOutShape, nationalImportsOutShape]),
    errors: ['invalid_parameter'],
  },
  {
    method: 'get',
    path: '/api/analysis/substitution',
    id: 'getSubstitution',
    tag: 'analysis',
    summary: 'Import-substitution opportunities per imported component and cluster: coverage, gaps with policy levers, density, capacity ratio, distance, score, status, candidate firms, explanation',
    description:
      'Requirements of a component: each NEEDS_PROCESS process (within its tolerance), its material, its certification; capacity is a gap (not a requirement) when members\' capacity is below the tonnes imported. Status: ready (no gap), near (one), stretch. Strategy weights: server/analysis/substitution/strategies.ts. On Neo4j the facts come from cypher/analysis/substitution-*.cypher. Unknown cluster, component or strategy answers 400 naming the field.',
    query: substitutionQueryShape,
    response: substitutionOutShape,
    errors: ['invalid_parameter'],
  },
  {
    method: 'post',
    path: '/api/analysis/substitution/what-if',
    id: 'postSubstitutionWhatIf',
    tag: 'analysis',
    summary: 'Re-rank the substitution opportunities after interventions (a cluster or firm gains a process, tolerance, material, certification or capacity)',
    description:
      'A gap of an opportunity can be sent back as it is as `add` (kind and lever are accepted and ignored); with its cluster as target, the opportunity\'s coverage becomes 1. Answers the counts before and after, the opportunities whose status changed, the import value that becomes ready and the new ranking.',
    query: whatIfQueryShape,
    body: whatIfRequestShape,
    response: whatIfOutShape,
    errors: ['invalid_parameter'],
  },
  {
    method: 'post',
    path: '/api/complexity',
    id: 'postComplexity',
    tag: 'analysis',
    summary: 'Economic complexity (RCA, M, diversity, ubiquity, ECI, PCI, density, COI, COG) of a CSV, as the Growth Lab ecomplexity',
    description:
      `Values as the Growth Lab's Stata \`ecomplexity\` command computes them (the released Python package keeps φ(p,p) = 1 in density, COI and COG and normalises by the population standard deviation over locations). \`warnings\` are \`{code, message, year, …}\`: \`disconnected\` (the presence matrix splits into blocks, listed), \`eigengap\` or \`eigenvalue-tie\` (an eigen-gap is near zero) mean ECI, PCI, COI and COG rank nothing for that year, although the rows keep the values the package prints. A table of more than ${MAX_COMPLEXITY_CELLS.toLocaleString('en')} location × product cells (summed over its years) is refused before computing: 413 with \`details.field\` csv (run \`rantai complexity\` for a larger one). Messages in English or Bahasa Indonesia (\`lang\`, else Accept-Language).`,
    query: complexityQueryShape,
    body: complexityRequestShape,
    response: complexityOutShape,
    errors: ['invalid_parameter', 'invalid_request'],
  },
  {
    method: 'get',
    path: '/api/analysis/complexity',
    id: 'getClusterComplexity',
    tag: 'analysis',
    summary: 'Economic complexity of the dataset\'s clusters (locations) and components (products), honest about when ECI is not defined',
    description:
      'The table: value(c, p) = Σ over c\'s member firms of MAKES.unitsPerYear × the component\'s unitPriceUsd (cypher/analysis/cluster-complexity.cypher). When the presence matrix splits into disconnected blocks or an eigen-gap is near zero, `defined` is false, `eci`/`pci` are null, the warnings say why, and each block of at least `minBlock` clusters and components gets ECI/PCI computed within it (`blockEci`, `blockPci`, ranked within the block; ties share a rank and are marked `tied`). Opportunities: per cluster, the densest components it does not make with a comparative advantage (`limit` each); with `component`, every cluster that does not make that component, densest first.',
    query: clusterComplexityQueryShape,
    response: clusterComplexityOutShape,
    errors: ['invalid_parameter'],
  },
  {
    method: 'get',
    path: '/api/analysis/product-complexity',
    id: 'getProductComplexity',
    tag: 'analysis',
    summary: 'Product complexity from the world trade table: the country\'s ECI rank and the components\' PCI through the HS → component concordance, with the source year',
    description:
      'The world table (world_trade.csv: exports by country, HS code and year; cypher/analysis/world-trade.cypher) of the year (its latest, or year=) is computed by the same code as POST /api/complexity (Growth Lab Stata ecomplexity; location = exporter, product = HS code). A component\'s PCI is the mean of its HS products\' PCI weighted by share × the product\'s world exports (one product: exactly its PCI); its percentile is the share of HS products with a lower PCI. Without a world table `available` is false and a warning says so; when ECI/PCI are not defined (complexityWarnings say why) nothing is ranked. A year not in the table answers 400.',
    query: productComplexityQueryShape,
    response: productComplexityOutShape,
    errors: ['invalid_parameter'],
  },
  { method: 'get', path: '/api/openapi.json', id: 'getOpenApi', tag: 'status', summary: 'This document (OpenAPI 3.1)', query: apiDocsQueryShape, response: json, errors: ['invalid_parameter'] },
  { method: 'get', path: '/api/docs', id: 'getApiDocs', tag: 'status', summary: 'This document as a readable page', query: apiDocsQueryShape, response: { media: ['text/html'], description: 'the API reference page' }, errors: ['invalid_parameter'] },
];

/** Errors a route answers besides its own: the work gate's (server/work) and the Neo4j load lock's. */
const MORE_ERRORS: Record<string, readonly ErrorCode[]> = {
  getGraph: WORK_ERRORS,
  getCatalog: WORK_ERRORS,
  getEntity: WORK_ERRORS,
  exportGraph: WORK_ERRORS,
  getMetrics: WORK_ERRORS,
  postLinkScores: WORK_ERRORS,
  postAnalysisGraph: WORK_ERRORS,
  getMissingLinks: WORK_ERRORS,
  getRisk: WORK_ERRORS,
  getImports: WORK_ERRORS,
  getSubstitution: WORK_ERRORS,
  postSubstitutionWhatIf: WORK_ERRORS,
  getClusterComplexity: WORK_ERRORS,
  getProductComplexity: WORK_ERRORS,
  replaceDataset: ['load_in_progress'],
};

export const ROUTES: readonly RouteDoc[] = LISTED.map((route) => (MORE_ERRORS[route.id] ? { ...route, errors: [...(route.errors ?? []), ...MORE_ERRORS[route.id]!] } : route));
