// The what-if form: interventions "give this cluster (or firm) a process, a tolerance, a material,
// a certification or capacity", collected into a list, sent to POST
// /api/analysis/substitution/what-if; the answer as a "what changed" list (status before → after,
// the import value that becomes ready, on the ranking's basis and as the buyers report it) and the
// new ranking. A ranking row's "close these gaps"
// fills the list with that row's gaps as interventions for its cluster.
import type { CatalogOut } from '../../../../server/api/routes/catalog.ts';
import type { GapOut, Intervention, Opportunity, WhatIfOut } from '../../../../server/analysis/substitution/shapes.ts';
import { ApiError, postJson } from '../../app/api.ts';
import { h } from '../../app/dom.ts';
import { byName, searchPicker, type PickerOption } from '../../app/picker/index.ts';
import { formatNumber, formatPercent, formatUsd, t } from '../../app/i18n.ts';
import type { TableExport } from '../../app/view.ts';
import { gapText, leverText, statusBadge, type Names } from './labels.ts';
import { col } from '../../export/index.ts';
import { rankingTable, statusWords, type RankingActions } from './ranking.ts';

type Kind = GapOut['kind'];
const KINDS: readonly Kind[] = ['process', 'tolerance', 'material', 'certification', 'capacity'];
const WHAT_IF_LIMIT = 100;

export interface WhatIfDeps {
  catalog: CatalogOut;
  firms: Array<{ id: string; name: string; cluster: string }>;
  names: Names;
  strategy(): string;
  /** The import basis of the ranking it is compared with (the address's `basis`). */
  basis(): 'buyers' | 'national';
  actions: Pick<RankingActions, 'select'>;
  status(message: string): void;
  /** The target in the address (`target`), and where a new choice goes. */
  target: string;
  onTarget(id: string): void;
  /** The address named a target that is neither a cluster nor a firm of the list. */
  unknownTarget(id: string): void;
}

export interface WhatIfForm {
  element: HTMLElement;
  /** Replaces the interventions with the gaps of an opportunity (its cluster as the target). */
  closeGaps(o: Opportunity): void;
  /** The address's target changed (back, forward). */
  setTarget(id: string): void;
  tables(): TableExport[];
}

/** A gap as an intervention on a target: the gap's own keys say what closes it. */
export function gapToIntervention(target: string, g: GapOut): Intervention {
  const add: Intervention['add'] = {};
  if (g.process !== undefined) add.process = g.process;
  if (g.toleranceMm !== undefined) add.toleranceMm = g.toleranceMm;
  if (g.material !== undefined) add.material = g.material;
  if (g.certification !== undefined) add.certification = g.certification;
  if (g.capacityTonnes !== undefined) add.capacityTonnes = g.capacityTonnes;
  return { target, add };
}

export function whatIfForm(deps: WhatIfDeps): WhatIfForm {
  const { catalog, names } = deps;
  let interventions: Intervention[] = [];
  let answer: WhatIfOut | null = null;
  const clusterName = new Map(catalog.clusters.map((c) => [c.id, c.name]));
  const firmName = new Map(deps.firms.map((f) => [f.id, f.name]));
  const targetName = (id: string) => clusterName.get(id) ?? firmName.get(id) ?? id;

  // Clusters first (their own group), then the firms with their cluster beside the name; each in natural order (Sentra 2 before Sentra 10).
  const targets: PickerOption[] = [
    ...catalog.clusters.map((c) => ({ value: c.id, label: c.name, group: t('opp.wi.clusters') })).sort((a, b) => byName(a.label, b.label)),
    ...deps.firms.map((f) => ({ value: f.id, label: f.name, note: clusterName.get(f.cluster) ?? f.cluster, group: t('opp.wi.firms') })).sort((a, b) => byName(a.label, b.label)),
  ];
  const picker = searchPicker({ id: 'wi-target', label: t('opp.wi.target'), placeholder: t('opp.wi.targetPlaceholder'), options: targets, value: '', onChange: (v) => deps.onTarget(v) });
  if (deps.target !== '' && !picker.has(deps.target)) deps.unknownTarget(deps.target);
  else picker.set(deps.target);
  const kind = h('select', { id: 'wi-kind' }, ...KINDS.map((k) => h('option', { value: k }, t(`opp.wi.kind.${k}`))));
  const process = h('select', { id: 'wi-process' }, ...catalog.processes.map((p) => h('option', { value: p.id }, p.name)));
  const tolerance = h('input', { id: 'wi-tolerance', type: 'number', min: 0, step: 'any', value: '0.05' });
  const material = h('select', { id: 'wi-material' }, ...catalog.materials.map((m) => h('option', { value: m.id }, m.name)));
  const certification = h('select', { id: 'wi-certification' }, ...catalog.certifications.map((c) => h('option', { value: c }, c)));
  const capacity = h('input', { id: 'wi-capacity', type: 'number', min: 1, step: 1, value: '100' });
  const field = (id: string, label: string, control: HTMLElement) => h('label', { class: 'field', for: id }, h('span', {}, label), control);
  const fields: Record<string, HTMLElement> = {
    process: field('wi-process', t('opp.wi.process'), process),
    tolerance: field('wi-tolerance', t('opp.wi.tolerance'), tolerance),
    material: field('wi-material', t('opp.wi.material'), material),
    certification: field('wi-certification', t('opp.wi.certification'), certification),
    capacity: field('wi-capacity', t('opp.wi.capacity'), capacity),
  };
  const showFields = () => {
    const k = kind.value as Kind;
    const shown = new Set(k === 'tolerance' ? ['process', 'tolerance'] : [k]);
    for (const [name, el] of Object.entries(fields)) el.hidden = !shown.has(name);
  };
  kind.addEventListener('change', showFields);
  showFields();

  const list = h('ol', { id: 'wi-list', class: 'wi-list', 'aria-live': 'polite' });
  const formError = h('p', { class: 'error', role: 'alert', hidden: true, id: 'wi-error' });
  const runButton = h('button', { type: 'button', id: 'wi-run', class: 'primary', onclick: () => void run() }, t('opp.wi.run'));
  const clearButton = h('button', { type: 'button', id: 'wi-clear', onclick: () => setInterventions([]) }, t('opp.wi.clear'));
  const results = h('div', { id: 'wi-results', 'aria-live': 'polite' });

  const describe = (iv: Intervention): string => {
    const a = iv.add;
    const parts: string[] = [];
    if (a.process !== undefined && a.toleranceMm !== undefined) parts.push(t('opp.wi.addTolerance', { process: names.process(a.process), mm: formatNumber(a.toleranceMm, 4) }));
    else if (a.process !== undefined) parts.push(t('opp.wi.addProcess', { process: names.process(a.process) }));
    if (a.material !== undefined) parts.push(t('opp.wi.addMaterial', { material: names.material(a.material) }));
    if (a.certification !== undefined) parts.push(t('opp.wi.addCertification', { certification: a.certification }));
    if (a.capacityTonnes !== undefined) parts.push(t('opp.wi.addCapacity', { tonnes: formatNumber(a.capacityTonnes) }));
    return `${targetName(iv.target)}: ${parts.join(', ')}`;
  };

  function setInterventions(next: Intervention[]): void {
    interventions = next;
    list.replaceChildren(
      ...interventions.map((iv, i) =>
        h(
          'li',
          {},
          describe(iv),
          ' ',
          h('button', { type: 'button', class: 'link', 'aria-label': t('opp.wi.removeOne', { what: describe(iv) }), onclick: () => setInterventions(interventions.filter((_, j) => j !== i)) }, t('opp.wi.remove')),
        ),
      ),
    );
    if (interventions.length === 0) list.append(h('li', { class: 'hint wi-empty' }, t('opp.wi.none')));
    runButton.disabled = interventions.length === 0;
  }
  setInterventions([]);

  function addFromForm(): void {
    formError.hidden = true;
    const k = kind.value as Kind;
    const add: Intervention['add'] = {};
    if (k === 'process' || k === 'tolerance') add.process = process.value;
    if (k === 'tolerance') {
      const mm = Number(tolerance.value);
      if (!(mm > 0)) return fail(t('opp.wi.badTolerance'), tolerance);
      add.toleranceMm = mm;
    }
    if (k === 'material') add.material = material.value;
    if (k === 'certification') add.certification = certification.value;
    if (k === 'capacity') {
      const tonnes = Number(capacity.value);
      if (!(tonnes > 0)) return fail(t('opp.wi.badCapacity'), capacity);
      add.capacityTonnes = tonnes;
    }
    if (picker.value() === '') return fail(t('opp.wi.noTarget'), picker.input);
    setInterventions([...interventions, { target: picker.value(), add }]);
  }
  function fail(message: string, control: HTMLElement): void {
    formError.textContent = message;
    formError.hidden = false;
    control.focus();
  }

  async function run(): Promise<void> {
    if (interventions.length === 0) return;
    runButton.disabled = true;
    results.replaceChildren(h('p', { class: 'hint' }, t('opp.wi.running')));
    try {
      answer = await postJson<WhatIfOut>('analysis/substitution/what-if', { interventions, strategy: deps.strategy(), importBasis: deps.basis(), limit: WHAT_IF_LIMIT });
      showAnswer(answer);
    } catch (error) {
      answer = null;
      const message = error instanceof ApiError ? t('opp.err.api', { status: error.status, message: error.message }) : String(error);
      results.replaceChildren(h('p', { class: 'error', role: 'alert', id: 'wi-api-error' }, message));
    } finally {
      runButton.disabled = interventions.length === 0;
    }
  }

  function showAnswer(a: WhatIfOut): void {
    // On the national basis every value comes twice: the national imports the score weighed
    // (basisValueUsd) first, the buyers' reported imports beside them.
    const national = a.importBasis === 'national';
    const year = a.basisYear === null ? '—' : String(a.basisYear);
    const money = (v: WhatIfOut['readyImportValueUsd']) => ({ before: formatUsd(v.before), after: formatUsd(v.after), gained: formatUsd(v.gained) });
    const figures = [
      ...(national
        ? [t('opp.wi.readyValueNational', { year, ...money(a.readyBasisValueUsd) }), t('opp.wi.readyValueBuyers', money(a.readyImportValueUsd))]
        : [t('opp.wi.readyValue', money(a.readyImportValueUsd))]),
      t('opp.wi.counts', { rb: a.counts.before.ready, ra: a.counts.after.ready, nb: a.counts.before.near, na: a.counts.after.near, sb: a.counts.before.stretch, sa: a.counts.after.stretch }),
    ];
    const valueHeads = national ? [t('opp.col.importNational', { year }), t('opp.col.importBuyers')] : [t('opp.col.import')];
    const changed =
      a.changed.length === 0
        ? h('p', { id: 'wi-changes' }, t('opp.wi.noChange'))
        : h(
            'table',
            { class: 'data', id: 'wi-changes' },
            h('caption', {}, t('opp.wi.changedCaption', { n: a.changed.length })),
            h('thead', {}, h('tr', {}, ...[...['opp.col.component', 'opp.col.cluster', 'opp.wi.before', 'opp.wi.after', 'opp.col.coverage', 'opp.wi.gapsLeft'].map((k) => t(k)), ...valueHeads].map((text) => h('th', { scope: 'col' }, text)))),
            h(
              'tbody',
              {},
              ...a.changed.map((c) =>
                h(
                  'tr',
                  { 'data-component': c.component.id, 'data-cluster': c.cluster.id, 'data-after': c.after.status },
                  h('th', { scope: 'row' }, c.component.name),
                  h('td', {}, c.cluster.name),
                  h('td', {}, statusBadge(c.before.status)),
                  h('td', {}, statusBadge(c.after.status)),
                  h('td', { class: 'num', 'data-value': String(c.after.coverage) }, `${formatPercent(c.before.coverage)} → ${formatPercent(c.after.coverage)}`),
                  h('td', {}, c.after.gaps.length === 0 ? '—' : c.after.gaps.map((g) => `${gapText(g, names)} → ${leverText(g.lever)}`).join('; ')),
                  ...(national ? [h('td', { class: 'num wi-national', 'data-value': String(c.basisValueUsd) }, formatUsd(c.basisValueUsd))] : []),
                  h('td', { class: 'num' }, formatUsd(c.importValueUsd)),
                ),
              ),
            ),
          );
    const ready =
      a.becameReady.length === 0
        ? null
        : h(
            'ul',
            { id: 'wi-became-ready' },
            ...a.becameReady.map((b) => {
              const clusters = b.clusters.map((c) => clusterName.get(c) ?? c).join(', ');
              return h(
                'li',
                { 'data-value': String(national ? b.basisValueUsd : b.importValueUsd) },
                national
                  ? t('opp.wi.becameReadyNational', { component: b.component.name, value: formatUsd(b.basisValueUsd), year, buyers: formatUsd(b.importValueUsd), clusters })
                  : t('opp.wi.becameReady', { component: b.component.name, value: formatUsd(b.importValueUsd), clusters }),
              );
            }),
          );
    results.replaceChildren(
      h('h4', {}, t('opp.wi.whatChanged')),
      h('div', { id: 'wi-figures' }, ...figures.map((f) => h('p', {}, f))),
      ...(ready ? [h('p', {}, t('opp.wi.becameReadyTitle')), ready] : []),
      changed,
      h('h4', {}, t('opp.wi.newRanking')),
      h('div', { class: 'opp-scroll' }, rankingTable(a.ranking, names, { select: deps.actions.select, closeGaps: (o) => closeGaps(o) }, { id: 'wi-ranking', caption: t('opp.wi.rankingCaption', { n: a.ranking.length }), basis: a })),
    );
    deps.status(figures[0]!);
  }

  function closeGaps(o: Opportunity): void {
    setInterventions(o.gaps.map((g) => gapToIntervention(o.cluster.id, g)));
    picker.set(o.cluster.id);
    deps.onTarget(o.cluster.id);
    element.scrollIntoView({ block: 'start' });
    runButton.focus();
    deps.status(t('opp.wi.filled', { n: o.gaps.length, component: o.component.name, cluster: o.cluster.name }));
  }

  const element = h(
    'section',
    { class: 'opp-whatif', id: 'what-if', 'aria-labelledby': 'wi-title' },
    h('h3', { id: 'wi-title' }, t('opp.wi.title')),
    h('p', { class: 'hint' }, t('opp.wi.intro')),
    h(
      'div',
      { class: 'wi-form', role: 'group', 'aria-label': t('opp.wi.addTitle') },
      picker.element,
      field('wi-kind', t('opp.wi.kind'), kind),
      ...Object.values(fields),
      h('button', { type: 'button', id: 'wi-add', onclick: () => addFromForm() }, t('opp.wi.add')),
    ),
    formError,
    h('h4', {}, t('opp.wi.listTitle')),
    list,
    h('div', { class: 'wi-actions' }, runButton, clearButton),
    results,
  );

  return {
    element,
    closeGaps,
    setTarget: (id) => picker.set(id),
    tables() {
      if (!answer) return [];
      return [
        {
          title: t('opp.wi.changedTitle'),
          columns: [
            col('component', 'component', 'text', { id: true }),
            col('componentName', t('col.component')),
            col('cluster', 'cluster', 'text', { id: true }),
            col('clusterName', t('col.cluster')),
            col('before', t('col.before'), 'text', { words: statusWords() }),
            col('after', t('col.after'), 'text', { words: statusWords() }),
            col('coverageBefore', t('col.coverageBefore'), 'percent'),
            col('coverageAfter', t('col.coverageAfter'), 'percent'),
            ...(answer.importBasis === 'national' ? [col('basisValueUsd', t('col.importValueNational', { year: answer.basisYear === null ? '—' : String(answer.basisYear) }), 'usd')] : []),
            col('importValueUsd', answer.importBasis === 'national' ? t('col.importValueBuyers') : t('col.importValue'), 'usd'),
          ],
          rows: answer.changed.map((c) => ({
            component: c.component.id,
            componentName: c.component.name,
            cluster: c.cluster.id,
            clusterName: c.cluster.name,
            before: c.before.status,
            after: c.after.status,
            coverageBefore: c.before.coverage,
            coverageAfter: c.after.coverage,
            basisValueUsd: c.basisValueUsd,
            importValueUsd: c.importValueUsd,
          })),
        },
        { title: t('opp.wi.interventionsTitle'), columns: [col('target', 'target', 'text', { id: true }), col('targetName', t('col.target')), col('change', t('col.change'))], rows: interventions.map((iv) => ({ target: iv.target, targetName: targetName(iv.target), change: describe(iv) })) },
      ];
    },
  };
}
