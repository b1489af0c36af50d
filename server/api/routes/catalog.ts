// GET /api/catalog: the id → name lists the web UI needs for its filters and what-if form
// (clusters, components, provinces, processes, materials, certifications, countries, tiers), and
// the names of tiers and component categories in the asked language; components, processes and
// materials by their Indonesian names in Indonesian where the dataset gives them (server/names).
import { Router } from 'express';
import { z } from 'zod';
import { categoryNames, countryName, DEFAULT_LANG, LangSchema, labelMapShape, langParam, names, resolveLang, type Lang } from '../../i18n/index.ts';
import { TIERS } from '../../model/index.ts';
import { indonesianOfNodes, namesIn } from '../../names/index.ts';
import { knownCertifications, knownProvinces, type GraphStore } from '../../store/index.ts';
import { sendJson } from '../../work/index.ts';
import type { ApiContext } from '../context.ts';
import { parseRequest } from '../validate.ts';

const entry = z.object({ id: z.string(), name: z.string() });

export const catalogShape = z.object({
  tiers: z.array(z.enum(TIERS)),
  clusters: z.array(entry.extend({ province: z.string().optional() })),
  components: z.array(entry.extend({ category: z.string().optional(), hs: z.string().optional() })),
  processes: z.array(entry),
  materials: z.array(entry),
  countries: z.array(entry),
  provinces: z.array(z.string()),
  certifications: z.array(z.string()),
  lang: LangSchema.describe('the language of the labels'),
  labels: z
    .object({
      tiers: labelMapShape(TIERS),
      categories: z.record(z.string(), z.string()).describe('each component category of the dataset → its name (known categories translated, others as given)'),
    })
    .describe('names of the tiers and component categories, in the answer’s language'),
});
export type CatalogOut = z.infer<typeof catalogShape>;

export const catalogQueryShape = z.strictObject({ lang: langParam });

const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name, 'en');

export async function catalog(store: GraphStore, lang: Lang = DEFAULT_LANG): Promise<CatalogOut> {
  // Only the labels it lists: on Neo4j at national scale the whole graph is over a million entities.
  const snap = await store.subgraph(['Cluster', 'Component', 'Process', 'Material', 'Country'], []);
  const labels = { tiers: names(lang, 'tier', TIERS), categories: {} };
  const out: CatalogOut = { tiers: [...TIERS], clusters: [], components: [], processes: [], materials: [], countries: [], provinces: [], certifications: [], lang, labels };
  const dataNames = namesIn(lang, indonesianOfNodes(snap.nodes));
  for (const n of snap.nodes) {
    const name = dataNames.name(n.id, String(n.props.name ?? n.id));
    const str = (key: string): string | undefined => (typeof n.props[key] === 'string' ? (n.props[key] as string) : undefined);
    if (n.label === 'Cluster') out.clusters.push({ id: n.id, name, ...(str('province') ? { province: str('province') } : {}) });
    else if (n.label === 'Component') {
      out.components.push({ id: n.id, name, ...(str('category') ? { category: str('category') } : {}), ...(str('hs') ? { hs: str('hs') } : {}) });
    } else if (n.label === 'Process') out.processes.push({ id: n.id, name });
    else if (n.label === 'Material') out.materials.push({ id: n.id, name });
    // A country in the asked language, as the analyses name it ("Tiongkok", not the dataset's "China").
    else if (n.label === 'Country') out.countries.push({ id: n.id, name: countryName(lang, n.id, name) });
  }
  for (const list of [out.clusters, out.components, out.processes, out.materials, out.countries]) list.sort(byName);
  // The lists the filters and the what-if check accept (server/store/provinces.ts, certifications.ts):
  // a province of a firm or a cluster; a certification a component requires or a firm holds.
  [out.provinces, out.certifications] = await Promise.all([knownProvinces(store), knownCertifications(store)]);
  out.labels.categories = categoryNames(lang, [...new Set(out.components.flatMap((c) => (c.category === undefined ? [] : [c.category])))].sort());
  return out;
}

export function catalogRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/catalog', async (req, res) => {
    parseRequest(catalogQueryShape, req.query, 'query');
    const lang = resolveLang(req);
    await sendJson(req, res, ctx.store, { route: 'catalog', params: { lang } }, () => catalog(ctx.store, lang));
  });
  return router;
}
