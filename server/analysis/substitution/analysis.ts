// The substitution analysis and its what-if (DESIGN.md, "Analyses > Substitution"): fetch the facts
// from the store (Cypher on Neo4j, the snapshot on the embedded store), evaluate every pair, rank,
// and spell out the rows asked for. Everything after the facts is shared by both stores.
import { AppError, UnknownIdError } from '../../errors.ts';
import { DEFAULT_LANG, text, type Lang } from '../../i18n/index.ts';
import { dataNames, localiseNames, type DataNames } from '../../names/index.ts';
import { Slicer, yieldToEventLoop } from '../../util/yield.ts';
import { datasetCertification, wholeGraph, withDatasetProvince, type GraphStore } from '../../store/index.ts';
import { byCodeUnit, foldSum } from '../imports/order.ts';
import { embeddedFactSource } from './embedded-facts.ts';
import { basisValue, compareRank, evaluateInSlices, releaseEvaluation, STATUS, type Evaluation } from './evaluate.ts';
import { clusterProvinces } from './provinces.ts';
import type { ClusterProfile, CoProduction, FactSource, ImportedComponent, MemberProfile, SubstitutionFacts } from './facts.ts';
import { applyInterventions } from './interventions.ts';
import { neo4jFactSource } from './neo4j-facts.ts';
import { gapsOf, opportunity } from './opportunity.ts';
import { topK } from './rank.ts';
import { capabilitiesOf } from './requirements.ts';
import { substitutionLabels } from './labels.ts';
import { MAX_CHANGED, type Intervention, type Opportunity, type SubstitutionOut, type SubstitutionQuery, type WhatIfOut, type WhatIfRequest } from './shapes.ts';
import type { Strategy } from './strategies.ts';
import { basisValueOf, evaluationBasis, scoreBasis, type ScoreBasis } from './basis.ts';

/** The facts of whichever store holds the graph. */
export async function factSource(store: GraphStore): Promise<FactSource> {
  return store.kind === 'neo4j' ? neo4jFactSource(store) : wholeGraph(store, 'substitution-facts', embeddedFactSource);
}

/** The weights the scores used (those of the strategy, or its weights with complexity). */
const weightsOf = (basis: ScoreBasis) => {
  const { coverage, density, capacity, importValue, distance, complexity } = basis.weights;
  return { coverage, density, capacity, importValue, distance, complexity };
};

/** The answer's fields that say what the import-value and complexity terms rest on. */
const basisOut = (basis: ScoreBasis) => ({ importBasis: basis.importBasis, basisYear: basis.basisYear, complexityYear: basis.complexityYear, warnings: basis.warnings });

// One map per facts object, so that evaluate() recognises facts it has seen (its geometry cache).
const coProductionMaps = new WeakMap<readonly CoProduction[], Map<string, CoProduction>>();

/** The evaluation of these facts, in slices: other requests are answered between its steps (evaluate.ts). */
function evaluateFacts(facts: SubstitutionFacts, components: readonly ImportedComponent[], clusters: readonly ClusterProfile[], strategy: Strategy, basis: ScoreBasis): Promise<Evaluation> {
  let coProduction = coProductionMaps.get(facts.coProduction);
  if (!coProduction) coProductionMaps.set(facts.coProduction, (coProduction = new Map(facts.coProduction.map((c) => [c.component, c]))));
  return evaluateInSlices({ components, clusters, coProduction, strategy, ...evaluationBasis(basis, facts, components) });
}

function countStatus(e: Evaluation): { ready: number; near: number; stretch: number } {
  const counts = [0, 0, 0];
  for (const s of e.status) counts[s]! += 1;
  return { ready: counts[0]!, near: counts[1]!, stretch: counts[2]! };
}

/**
 * Import value by best status: each component once, under the best status any cluster of the
 * evaluation reaches for it, with the value the ranking weighed. Over every pair, so that a panel
 * listing the best 1,000 of a national cluster's 1,983 opportunities states the whole.
 */
function valueByStatus(e: Evaluation): SubstitutionOut['valueByStatus'] {
  const nK = e.input.clusters.length;
  const out = [0, 1, 2].map(() => ({ components: 0, valueUsd: 0 }));
  if (nK > 0) {
    e.input.components.forEach((_, ci) => {
      let best = 2;
      for (let k = 0; k < nK && best > 0; k++) best = Math.min(best, e.status[ci * nK + k]!);
      out[best]!.components += 1;
      out[best]!.valueUsd += basisValue(e, ci);
    });
  }
  return { ready: out[0]!, near: out[1]!, stretch: out[2]! };
}

/** The chosen pairs spelled out, with the members of their clusters fetched once. */
async function spellOut(source: FactSource, e: Evaluation, picked: readonly number[], names: DataNames, firmOverrides: ReadonlyMap<string, MemberProfile> = new Map()): Promise<Opportunity[]> {
  const nK = e.input.clusters.length;
  const clusterIds = [...new Set(picked.map((i) => e.input.clusters[i % nK]!.id))].sort(byCodeUnit);
  const members = new Map<string, MemberProfile[]>();
  if (clusterIds.length > 0) {
    for (const m of await source.members({ clusters: clusterIds })) {
      const profile = firmOverrides.get(m.id) ?? m;
      if (profile.cluster === null) continue;
      const list = members.get(profile.cluster);
      if (list) list.push(profile);
      else members.set(profile.cluster, [profile]);
    }
  }
  const caps = new Map(clusterIds.map((id) => [id, capabilitiesOf(e.input.clusters.find((k) => k.id === id)!)]));
  // In slices: a national cluster's thousand best opportunities are 2–2.7 s of sentences (each
  // reads the members' gaps), which held every route in one piece (a helper's what-ifs, round 50).
  const slicer = new Slicer();
  const out: Opportunity[] = [];
  for (const [r, i] of picked.entries()) {
    const k = e.input.clusters[i % nK]!;
    out.push(opportunity(e, i, r + 1, caps.get(k.id)!, members.get(k.id) ?? [], names));
    await slicer.maybeYield();
  }
  return out;
}

export async function substitution(store: GraphStore, asked: SubstitutionQuery, source?: FactSource): Promise<SubstitutionOut> {
  // The province as the dataset writes it, or a 400 (server/store/provinces.ts).
  const query = await withDatasetProvince(store, asked);
  const src = source ?? (await factSource(store));
  const facts = await src.facts({ cluster: query.cluster, component: query.component });
  if (query.cluster !== undefined && facts.clusters.length === 0) throw new UnknownIdError('cluster', query.cluster, 'cluster');
  let components = facts.components;
  if (query.component !== undefined) {
    components = components.filter((c) => c.id === query.component);
    if (components.length === 0 && !(await src.vocabulary()).components.some((c) => c.id === query.component)) {
      throw new UnknownIdError('component', query.component, 'component');
    }
  }
  const lang = query.lang ?? DEFAULT_LANG;
  const basis = await scoreBasis(store, facts, query.strategy, query.importBasis ?? 'buyers', lang);
  const names = await dataNames(store, lang);
  // A province keeps its clusters: each pair's score does not depend on the other clusters, so the ranking is the whole one's, narrowed.
  const provinces = query.province === undefined ? null : await clusterProvinces(store);
  const clusters = provinces ? facts.clusters.filter((c) => provinces.get(c.id) === query.province) : facts.clusters;
  // Each step below is up to a few tenths of a second at national scale (the first after a load
  // builds each cluster's densities): requests waiting are answered between them.
  await yieldToEventLoop();
  const e = await evaluateFacts(facts, components, clusters, query.strategy, basis);
  try {
    await yieldToEventLoop();
    const total = e.status.length;
    const picked = topK(total, query.limit, (a, b) => compareRank(e, a, b));
    return localiseNames({
      strategy: query.strategy,
      weights: weightsOf(basis),
      total,
      counts: countStatus(e),
      valueByStatus: valueByStatus(e),
      opportunities: await spellOut(src, e, picked, names),
      ...basisOut(basis),
      lang,
      labels: substitutionLabels(lang),
    }, names);
  } finally {
    releaseEvaluation(e);
  }
}

/** The interventions with each added certification as the dataset writes it (a 400 naming the field when it names none). */
async function withDatasetCertifications(store: GraphStore, interventions: readonly Intervention[]): Promise<Intervention[]> {
  return Promise.all(
    interventions.map(async (x, n) =>
      x.add.certification === undefined ? x : { ...x, add: { ...x.add, certification: await datasetCertification(store, x.add.certification, `interventions.${n}.add.certification`) } },
    ),
  );
}

/** Checks what interventions name: targets, processes and materials. Throws a 400 naming the field. */
async function checkInterventions(src: FactSource, clusters: readonly ClusterProfile[], interventions: readonly Intervention[]): Promise<MemberProfile[]> {
  const clusterIds = new Set(clusters.map((c) => c.id));
  const firmIds = [...new Set(interventions.map((x) => x.target).filter((t) => !clusterIds.has(t)))];
  const firms = firmIds.length > 0 ? await src.members({ firms: firmIds }) : [];
  const firmById = new Map(firms.map((f) => [f.id, f]));
  const needsVocabulary = interventions.some((x) => x.add.process !== undefined || x.add.material !== undefined);
  const vocabulary = needsVocabulary ? await src.vocabulary() : undefined;
  const processes = new Set(vocabulary?.processes.map((p) => p.id));
  const materials = new Set(vocabulary?.materials.map((m) => m.id));
  interventions.forEach((x, n) => {
    const at = `interventions.${n}`;
    if (!clusterIds.has(x.target)) {
      const firm = firmById.get(x.target);
      if (!firm) throw new UnknownIdError(`${at}.target`, x.target, 'cluster or firm');
      if (firm.cluster === null) {
        throw new AppError('invalid_parameter', text('error.noCluster', { field: `${at}.target`, id: x.target }), { field: `${at}.target`, id: x.target });
      }
    }
    if (x.add.process !== undefined && !processes.has(x.add.process)) throw new UnknownIdError(`${at}.add.process`, x.add.process, 'process');
    if (x.add.material !== undefined && !materials.has(x.add.material)) throw new UnknownIdError(`${at}.add.material`, x.add.material, 'material');
  });
  return firms;
}

const stateOf = (e: Evaluation, i: number) => {
  const nK = e.input.clusters.length;
  const ci = Math.floor(i / nK);
  const k = e.input.clusters[i % nK]!;
  const gaps = gapsOf(capabilitiesOf(k), e.requirements[ci]!, k.capacityTonnes, e.importTonnes[ci]!);
  return { status: STATUS[e.status[i]!]!, coverage: e.pair(i).coverage, score: e.score[i]!, gaps };
};

/** Components with at least one ready cluster, in id order. */
function readyComponents(e: Evaluation): boolean[] {
  const nK = e.input.clusters.length;
  return e.input.components.map((_, ci) => {
    for (let ki = 0; ki < nK; ki++) if (e.status[ci * nK + ki] === 0) return true;
    return false;
  });
}

/** A what-if request and the language of its sentences (the route takes it from the query or Accept-Language). */
export type WhatIfInput = WhatIfRequest & { lang?: Lang };

export async function whatIf(store: GraphStore, asked: WhatIfInput, source?: FactSource): Promise<WhatIfOut> {
  const src = source ?? (await factSource(store));
  const facts = await src.facts({});
  const firms = await checkInterventions(src, facts.clusters, asked.interventions);
  const request = { ...asked, interventions: await withDatasetCertifications(store, asked.interventions) };
  await yieldToEventLoop();
  const applied = applyInterventions(facts.clusters, firms, request.interventions);
  const lang = request.lang ?? DEFAULT_LANG;
  const basis = await scoreBasis(store, facts, request.strategy, request.importBasis ?? 'buyers', lang);
  const before = await evaluateFacts(facts, facts.components, facts.clusters, request.strategy, basis);
  let after: Evaluation;
  try {
    after = await evaluateFacts(facts, facts.components, applied.clusters, request.strategy, basis);
  } catch (error) {
    releaseEvaluation(before);
    throw error;
  }
  try {
    await yieldToEventLoop();
    const names = await dataNames(store, lang);
    return localiseNames(await compareEvaluations(src, facts, applied, before, after, request, basis, names), names);
  } finally {
    releaseEvaluation(before);
    releaseEvaluation(after);
  }
}

/** The what-if's answer from the evaluations before and after the interventions. */
async function compareEvaluations(
  src: FactSource,
  facts: SubstitutionFacts,
  applied: ReturnType<typeof applyInterventions>,
  before: Evaluation,
  after: Evaluation,
  request: WhatIfInput,
  basis: ScoreBasis,
  names: DataNames,
): Promise<WhatIfOut> {
  const lang = names.lang;
  const nK = facts.clusters.length;
  const changedIdx: number[] = [];
  for (let i = 0; i < after.status.length; i++) if (after.status[i] !== before.status[i]) changedIdx.push(i);
  changedIdx.sort((a, b) => after.status[a]! - after.status[b]! || compareRank(after, a, b));
  const ref = (x: { id: string; name: string }) => ({ id: x.id, name: x.name });
  // Every value twice: the buyers' reported imports, and the value the score weighed (the same
  // on the buyers' basis, the national imports of basisYear on the national one).
  const basisValues = facts.components.map((c) => basisValueOf(basis, c));
  const changed = changedIdx.slice(0, MAX_CHANGED).map((i) => {
    const ci = Math.floor(i / nK);
    const c = facts.components[ci]!;
    return { component: ref(c), cluster: ref(facts.clusters[i % nK]!), importValueUsd: c.importValueUsd, basisValueUsd: basisValues[ci]!, before: stateOf(before, i), after: stateOf(after, i) };
  });

  const wasReady = readyComponents(before);
  const isReady = readyComponents(after);
  const sumWhere = (flags: boolean[], value: (ci: number) => number) => foldSum(facts.components.flatMap((_, ci) => (flags[ci] ? [value(ci)] : [])));
  const becameReady = facts.components
    .map((c, ci) => ({ c, ci }))
    .filter(({ ci }) => isReady[ci] && !wasReady[ci])
    .map(({ c, ci }) => ({
      component: ref(c),
      importValueUsd: c.importValueUsd,
      basisValueUsd: basisValues[ci]!,
      clusters: facts.clusters.filter((_, ki) => after.status[ci * nK + ki] === 0).map((k) => k.id),
    }));
  const readyValues = (value: (ci: number) => number, of: (b: (typeof becameReady)[number]) => number) => ({
    before: sumWhere(wasReady, value),
    after: sumWhere(isReady, value),
    gained: foldSum(becameReady.map(of)),
  });

  const picked = topK(after.status.length, request.limit, (a, b) => compareRank(after, a, b));
  return {
    strategy: request.strategy,
    weights: weightsOf(basis),
    counts: { before: countStatus(before), after: countStatus(after) },
    readyImportValueUsd: readyValues((ci) => facts.components[ci]!.importValueUsd, (b) => b.importValueUsd),
    readyBasisValueUsd: readyValues((ci) => basisValues[ci]!, (b) => b.basisValueUsd),
    becameReady,
    changedTotal: changedIdx.length,
    changed,
    ranking: await spellOut(src, after, picked, names, applied.firms),
    ...basisOut(basis),
    lang,
    labels: substitutionLabels(lang),
  };
}
