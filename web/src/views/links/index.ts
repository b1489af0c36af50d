// The link-and-match panel (issue 6): recommended supplier → buyer links for a component
// (GET /api/analysis/missing-links) with their score, the import value they would replace, the
// distance and the evidence sentence; selecting one puts `supplier|buyer|component` in the URL and
// offers to show it in the network or on the map. Also the clusters with no supply path to any OEM.
// A tier or province set on another view (or in the panel's own fields) keeps the links with an end
// of that tier or in that province, ranked among themselves, and the clusters of that province.
import type { MissingLinksOut, Recommendation } from '../../../../server/analysis/links/shapes.ts';
import { replacedImports } from './replaced.ts';
import type { CatalogOut } from '../../../../server/api/routes/catalog.ts';
import type { FirmsOut } from '../../../../server/api/routes/firms.ts';
import { ApiError, getCached } from '../../app/api.ts';
import { h } from '../../app/dom.ts';
import { ownTierProvinceFields, type OwnFields } from '../../app/filters.ts';
import { byName, clusterPicker as catalogClusterPicker, componentPicker as catalogComponentPicker, searchPicker, type Picker } from '../../app/picker/index.ts';
import { formatFixed, formatNumber, formatUsd, t } from '../../app/i18n.ts';
import type { AppState } from '../../app/state.ts';
import type { MountedView, TableExport, ViewDef } from '../../app/view.ts';
import { col } from '../../export/index.ts';
import { keyboardRows } from '../../app/row-keys.ts';
import { feasibilityText, gapGroups, type GapNames } from './gaps.ts';
import './messages.ts';
import './style.css';

const FETCH_LIMIT = 200;

/** The selection id of a recommendation, as the network and map views read it. */
export const linkSel = (r: Pick<Recommendation, 'supplier' | 'buyer' | 'component'>): string => `${r.supplier.id}|${r.buyer.id}|${r.component.id}`;

export const linksView: ViewDef = {
  id: 'links',
  titleKey: 'view.links',
  filters: false,
  follows: ['cluster', 'component', 'tier', 'province'],
  mount(el, ctx): MountedView {
    let alive = true;
    let ticket = 0;
    let buyerNames = new Map<string, string>();
    let buyerPicker: Picker | null = null;
    let componentPicker: Picker | null = null;
    let clusterPicker: Picker | null = null;
    let fields: OwnFields | null = null;
    /** A cluster's province, from the catalogue: the clusters without an OEM path are a province's when one is set. */
    let provinceOf = new Map<string, string | undefined>();
    /** Cluster names, from the catalogue (the focus's name in the sentence about its path to an OEM). */
    let clusterName = new Map<string, string>();
    /** Process and material names, from the catalogue: a link's gaps name them ("processes (Casting, Machining)"). */
    let gapNames: GapNames = { processes: new Map(), materials: new Map() };
    // Read once at mount (the shell has the catalogue already); every load waits for it, so its first answer cannot outrun it.
    const clustersKnown = getCached<CatalogOut>('catalog')
      .then((catalog) => {
        provinceOf = new Map(catalog.clusters.map((c) => [c.id, c.province]));
        clusterName = new Map(catalog.clusters.map((c) => [c.id, c.name]));
        gapNames = { processes: new Map(catalog.processes.map((p) => [p.id, p.name])), materials: new Map(catalog.materials.map((m) => [m.id, m.name])) };
      })
      .catch(() => undefined);
    let data: MissingLinksOut | null = null;
    const controls = h('div', { class: 'links-controls' });
    const summary = h('div', { id: 'links-summary' });
    const selection = h('div', { id: 'links-selection', class: 'links-selection', 'aria-live': 'polite', hidden: true });
    const tableHolder = h('div', { id: 'links-list', class: 'links-scroll' }, h('p', {}, t('links.loading')));
    const keysHint = h('p', { class: 'hint', id: 'links-keys-hint' }, t('links.keysHint'));
    const noPath = h('section', { id: 'links-no-oem', 'aria-labelledby': 'links-no-oem-title' });
    el.append(
      h(
        'div',
        { class: 'panel links' },
        h('h2', {}, t('view.links')),
        h('p', { class: 'lede' }, t('links.intro')),
        controls,
        summary,
        selection,
        keysHint,
        tableHolder,
        noPath,
      ),
    );

    const rowsOf = (): Recommendation[] => data?.recommendations ?? [];

    function renderControls(catalog: CatalogOut | null, firms: FirmsOut['firms']): void {
      const s = ctx.state.get();
      // A search picker, not a <select>: at national scale there are tens of thousands of buyers.
      buyerPicker = searchPicker({
        id: 'links-buyer',
        label: t('links.col.buyer'),
        placeholder: t('links.buyerPlaceholder'),
        empty: t('links.allBuyers'),
        options: firms.map((f) => ({ value: f.id, label: f.name, ...(f.tier ? { note: t(`tier.${f.tier}`) } : {}) })).sort((a, b) => byName(a.label, b.label)),
        value: s.buyer,
        onChange: (v) => ctx.state.set({ buyer: v }),
      });
      const parts: Node[] = [buyerPicker.element];
      if (catalog) {
        // Components by search too: a national dataset has 2,000 of them.
        componentPicker = catalogComponentPicker(catalog.components, { id: 'links-component', label: t('links.col.component'), value: s.component, onChange: (v) => ctx.state.set({ component: v }) });
        clusterPicker = catalogClusterPicker(catalog.clusters, { id: 'links-cluster', label: t('links.supplierCluster'), value: s.cluster, onChange: (v) => ctx.state.set({ cluster: v }) });
        fields = ownTierProvinceFields('links', catalog, ctx.state);
        parts.push(clusterPicker.element, componentPicker.element, ...fields.elements);
      }
      controls.replaceChildren(...parts);
    }

    function renderSelection(sel: string): void {
      const r = rowsOf().find((x) => linkSel(x) === sel);
      for (const tr of tableHolder.querySelectorAll<HTMLTableRowElement>('tbody tr')) {
        const on = tr.dataset.sel === sel;
        tr.classList.toggle('selected', on);
        tr.setAttribute('aria-selected', on ? 'true' : 'false');
      }
      if (!r) {
        selection.hidden = true;
        selection.replaceChildren();
        return;
      }
      const show = (view: AppState['view'], id: string, label: string) => h('button', { type: 'button', id, class: 'primary', onclick: () => ctx.state.set({ view, sel }) }, label);
      selection.replaceChildren(
        h('h3', {}, t('links.selected', { supplier: r.supplier.name, buyer: r.buyer.name, component: r.component.name })),
        h('p', {}, r.sentence),
        h(
          'div',
          { class: 'links-actions' },
          show('network', 'links-show-network', t('links.showNetwork')),
          show('map', 'links-show-map', t('links.showMap')),
          h('button', { type: 'button', class: 'link', onclick: () => ctx.state.set({ sel: r.supplier.id }) }, t('links.supplierDetails')),
          h('button', { type: 'button', class: 'link', onclick: () => ctx.state.set({ sel: r.buyer.id }) }, t('links.buyerDetails')),
        ),
      );
      selection.hidden = false;
    }

    function renderTable(out: MissingLinksOut): void {
      const rows = out.recommendations;
      // How to select a row, only over rows to select.
      keysHint.hidden = rows.length === 0;
      const table = h('table', { class: 'data links-table', id: 'links-table', role: 'grid', 'aria-readonly': 'true' }, h('caption', {}, t('links.caption', { shown: rows.length, total: out.total })));
      const heads: Array<[string, boolean]> = [
        ['#', true],
        ['links.col.supplier', false],
        ['links.col.buyer', false],
        ['links.col.component', false],
        ['links.col.score', true],
        ['links.col.imports', true],
        ['links.col.distance', true],
        ['links.col.feasibility', false],
      ];
      table.append(h('thead', {}, h('tr', {}, ...heads.map(([k, num]) => h('th', { scope: 'col', class: num ? 'num' : undefined }, k === '#' ? '#' : t(k))))));
      const body = h('tbody');
      // The supplier's cluster after its name, unless it is the cluster filtered on: then every row
      // said it (the Risk view leaves its cluster column out the same way).
      const focus = ctx.state.get().cluster;
      for (const r of rows) {
        body.append(
          h(
            'tr',
            { 'data-sel': linkSel(r), 'aria-selected': 'false', 'aria-label': t('links.rowLabel', { supplier: r.supplier.name, buyer: r.buyer.name, component: r.component.name }) },
            h('td', { class: 'num' }, String(r.rank)),
            h('th', { scope: 'row' }, r.supplier.name, r.supplier.cluster && r.supplier.cluster.id !== focus ? h('span', { class: 'hint' }, ` (${r.supplier.cluster.name})`) : null),
            h('td', {}, r.buyer.name),
            h('td', {}, r.component.name),
            h('td', { class: 'num', 'data-value': String(r.score) }, formatFixed(r.score, 3)),
            h('td', { class: 'num', 'data-value': String(r.imports.valueUsd) }, r.imports.valueUsd > 0 ? formatUsd(r.imports.valueUsd) : '—'),
            h('td', { class: 'num' }, r.distanceKm === null ? '—' : `${formatNumber(r.distanceKm)} km`),
            h('td', {}, feasibilityText(r, gapNames)),
          ),
          // The evidence on a line of its own under its row, across the table, as in the exports:
          // as a last column it was squeezed to a few words a line, so that a row stood 10 to 15
          // lines tall and two recommendations filled a 1,400 × 900 screen (none at 1,280 × 720).
          h('tr', { class: 'kbd-skip links-evidence-row' }, h('td'), h('td', { colspan: String(heads.length - 1) }, h('span', { class: 'links-evidence-label' }, `${t('links.col.evidence')}: `), h('span', { class: 'links-evidence' }, r.sentence))),
        );
      }
      table.append(body);
      keyboardRows(body, (_row, i) => ctx.state.set({ sel: linkSel(rows[i]!) }));
      tableHolder.replaceChildren(rows.length > 0 ? table : h('p', { id: 'links-empty' }, t('links.none')));
    }

    /** The sentence for the clusters without an OEM path (`n` of them): of the cluster in focus, or of the province when one is set. */
    const noPathLine = (n: number): string => {
      const { province, cluster } = ctx.state.get();
      if (cluster !== '') return t(n === 0 ? 'links.oemPathCluster' : 'links.noOemCluster', { cluster: clusterName.get(cluster) ?? cluster });
      if (province === '') return n === 0 ? t('links.noOemNone') : t('links.figNoOem', { n });
      return n === 0 ? t('links.noOemNoneProvince', { province }) : t('links.figNoOemProvince', { n, province });
    };

    /** The clusters without an OEM path the panel lists: the cluster in focus (if it is one), the province's, or all. */
    const noPathOf = (out: MissingLinksOut): MissingLinksOut['clustersWithoutOemPath'] => {
      const { province, cluster } = ctx.state.get();
      if (cluster !== '') return out.clustersWithoutOemPath.filter((c) => c.cluster === cluster);
      return province === '' ? out.clustersWithoutOemPath : out.clustersWithoutOemPath.filter((c) => provinceOf.get(c.cluster) === province);
    };

    function renderNoPath(out: MissingLinksOut): void {
      const list = noPathOf(out);
      const { cluster } = ctx.state.get();
      // With a cluster in focus the part answers whether that cluster reaches an OEM; "these clusters
      // are outside the chain" is said only over a list of them.
      noPath.replaceChildren(
        h('h3', { id: 'links-no-oem-title' }, cluster !== '' ? t('links.oemPathTitle', { cluster: clusterName.get(cluster) ?? cluster }) : t('links.noOemTitle')),
        h('p', { class: 'hint' }, cluster === '' && list.length > 0 ? t('links.noOemIntro') : t('links.oemPathIntro')),
        list.length === 0
          ? h('p', {}, noPathLine(0))
          : h(
              'ul',
              { id: 'links-no-oem-list' },
              ...list.map((c) =>
                h(
                  'li',
                  { 'data-cluster': c.cluster },
                  h('button', { type: 'button', class: 'link', onclick: () => ctx.state.set({ sel: c.cluster }) }, c.name),
                  ' — ',
                  t(c.suppliers === 0 ? 'links.noOemLineNone' : 'links.noOemLine', { members: c.members, suppliers: c.suppliers }),
                  // "none of them supplying anyone yet" already says there are no buyers.
                  c.buyers.length > 0 ? ` ${t('links.noOemBuyers', { buyers: c.buyers.map((b) => b.name).join(', ') })}` : c.suppliers === 0 ? '' : ` ${t('links.noOemNoBuyers')}`,
                ),
              ),
            ),
      );
    }

    async function load(): Promise<void> {
      const mine = ++ticket;
      const s = ctx.state.get();
      tableHolder.replaceChildren(h('p', {}, t('links.loading')));
      try {
        const [out] = await Promise.all([
          getCached<MissingLinksOut>('analysis/missing-links', {
            buyer: s.buyer || undefined,
            cluster: s.cluster || undefined,
            component: s.component || undefined,
            tier: s.tier || undefined,
            province: s.province || undefined,
            limit: FETCH_LIMIT,
          }),
          // The sentences about clusters without an OEM path need the clusters' provinces and names.
          clustersKnown,
        ]);
        if (!alive || mine !== ticket) return;
        data = out;
        const top = out.recommendations[0];
        const replaced = replacedImports(out.recommendations);
        // None is a sentence, not "0 possible links; the 0 best would replace USD 0 …".
        const totalLine =
          out.total === 0
            ? t('links.figTotalNone')
            : replaced.needs === 0
              ? t('links.figTotalNoImports', { total: out.total, shown: out.recommendations.length })
              : t('links.figTotal', { total: out.total, shown: out.recommendations.length, value: formatUsd(replaced.valueUsd), needs: replaced.needs });
        summary.replaceChildren(
          h(
            'ul',
            { class: 'links-figures' },
            h('li', {}, totalLine),
            ...(top ? [h('li', {}, t('links.figTop', { supplier: top.supplier.name, buyer: top.buyer.name, component: top.component.name, score: formatNumber(top.score, 3) }))] : []),
            // None is said as a sentence, not "0 clusters have no supply path … (listed below)" over an empty list.
            h('li', {}, noPathLine(noPathOf(out).length)),
          ),
        );
        renderTable(out);
        renderNoPath(out);
        renderSelection(ctx.state.get().sel);
        ctx.status(totalLine);
      } catch (error) {
        if (!alive || mine !== ticket) return;
        data = null;
        const message = error instanceof ApiError ? (error.status === 404 && error.code === 'not_found' ? t('links.err.missing') : t('links.err.api', { status: error.status, message: error.message })) : String(error);
        tableHolder.replaceChildren(h('p', { class: 'error', role: 'alert', id: 'links-error' }, message));
      }
    }

    void (async () => {
      let catalog: CatalogOut | null = null;
      let firms: FirmsOut['firms'] = [];
      let firmsLoaded = false;
      try {
        [catalog, firms] = await Promise.all([getCached<CatalogOut>('catalog'), getCached<FirmsOut>('firms', { tier: 'OEM,TIER1,TIER2,BUYER' }).then((list) => list.firms)]);
        firmsLoaded = true;
      } catch {
        // The selects fall back to what loaded; the ranking still shows.
      }
      if (!alive) return;
      buyerNames = new Map(firms.map((f) => [f.id, f.name]));
      renderControls(catalog, firms);
      // A buyer in the address that is no buyer: named in the notice and dropped (the update reloads).
      const wanted = ctx.state.get().buyer;
      if (firmsLoaded && wanted !== '' && !buyerNames.has(wanted)) ctx.state.reject({ param: 'buyer', value: wanted });
      else if (wanted !== '') void load();
    })();
    // With a buyer in the address the ranking waits for the buyer list, which says whether it is one.
    if (ctx.state.get().buyer === '') void load();

    return {
      update(state, previous) {
        if (state.buyer !== previous.buyer) buyerPicker?.set(state.buyer);
        if (state.component !== previous.component) componentPicker?.set(state.component);
        fields?.sync(state);
        if (state.cluster !== previous.cluster || state.component !== previous.component || state.buyer !== previous.buyer || state.tier !== previous.tier || state.province !== previous.province) {
          if (state.cluster !== previous.cluster) clusterPicker?.set(state.cluster);
          void load();
        } else if (state.sel !== previous.sel) renderSelection(state.sel);
      },
      destroy() {
        alive = false;
      },
      exportable() {
        const tables: TableExport[] = [];
        if (data) {
          tables.push({
            title: t('links.exportTable'),
            columns: [
              col('rank', t('col.rank'), 'count'),
              col('supplier', 'supplier', 'text', { id: true }),
              col('supplierName', t('col.supplier')),
              col('supplierCluster', t('col.supplierCluster')),
              col('buyer', 'buyer', 'text', { id: true }),
              col('buyerName', t('col.buyer')),
              col('component', 'component', 'text', { id: true }),
              col('componentName', t('col.component')),
              col('score', t('col.score'), 'decimal', { digits: 3 }),
              col('feasibility', t('col.feasibility'), 'text', { words: { capable: t('links.capable'), makes: t('links.makes') } }),
              col('gaps', t('col.missing'), 'text', { csvOnly: true }),
              col('gapsText', t('col.missing')),
              col('importValueUsd', t('links.col.imports'), 'usd', { zeroDash: true }),
              col('distanceKm', t('col.distance'), 'km'),
              col('evidence', t('col.evidence'), 'text', { long: true }),
            ],
            rows: data.recommendations.map((r) => ({
              rank: r.rank,
              supplier: r.supplier.id,
              supplierName: r.supplier.name,
              supplierCluster: r.supplier.cluster?.name ?? '',
              buyer: r.buyer.id,
              buyerName: r.buyer.name,
              component: r.component.id,
              componentName: r.component.name,
              score: r.score,
              feasibility: r.feasibility,
              gaps: r.gaps.map((g) => g.kind),
              gapsText: gapGroups(r.gaps, gapNames),
              importValueUsd: r.imports.valueUsd,
              distanceKm: r.distanceKm,
              evidence: r.sentence,
            })),
          });
          // None without a path is said by the key figures ("… reaches at least one OEM"); no empty table follows it.
          if (noPathOf(data).length > 0) tables.push({
            title: t('links.noOemTitle'),
            columns: [col('cluster', 'cluster', 'text', { id: true }), col('name', t('col.cluster')), col('members', t('col.members'), 'count'), col('suppliers', t('col.suppliers'), 'count'), col('buyers', t('col.buyers'), 'text', { long: true })],
            rows: noPathOf(data).map((c) => ({ cluster: c.cluster, name: c.name, members: c.members, suppliers: c.suppliers, buyers: c.buyers.map((b) => b.name).join('; ') })),
          });
        }
        return {
          title: t('links.exportTitle'),
          legend: [],
          tables,
          summary: [...summary.querySelectorAll('li')].map((li) => li.textContent ?? ''),
          options: ['cluster', 'component', 'tier', 'province'],
          // The buyer is a firm: named here, in words, rather than as an id by the scope line.
          scope: ctx.state.get().buyer ? [{ label: t('links.col.buyer'), value: buyerNames.get(ctx.state.get().buyer) ?? ctx.state.get().buyer }] : [],
          method: [t('links.intro'), t('method.links'), t('links.oemPathIntro')],
        };
      },
    };
  },
};
