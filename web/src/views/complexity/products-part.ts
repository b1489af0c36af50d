// Part (c) of the complexity panel (issue 15): product complexity from a world trade table
// (GET /api/analysis/product-complexity). The server computes ECI and PCI over world_trade.csv with
// the same complexity code as the rest of the panel and carries PCI to the components through the
// HS → component concordance; this part shows the country's ECI rank (Indonesia by default), each
// component's PCI and percentile, and the year and source of the table they come from. Without a
// world table it says so (the server's warning, in the UI language) instead of showing anything.
import type { ProductComplexityOut } from '../../../../server/analysis/trade/shapes.ts';
import { getCached } from '../../app/api.ts';
import { h, table } from '../../app/dom.ts';
import { formatFixed, formatNumber, formatPercent, lang, t } from '../../app/i18n.ts';
import type { TableExport } from '../../app/view.ts';
import { col } from '../../export/index.ts';
import { focusIndices, markRows, scrollToFocus } from './focus-rows.ts';
import type { CatalogOut } from '../../../../server/api/routes/catalog.ts';
import { codeText, plainText } from '../../app/code-text.ts';

type ComponentPci = ProductComplexityOut['components'][number];

export interface ProductsPart {
  element: HTMLElement;
  tables(): TableExport[];
  summary(): string[];
  /** The app's component focus changed ('' for none): its row is marked and said first. */
  setFocus(component: string): void;
  destroy(): void;
}

const pciText = (v: number | null): string => (v === null ? '—' : formatFixed(v, 3));
const percentText = (v: number | null): string => (v === null ? '—' : formatPercent(v));

/** A component's HS codes with their concordance shares, as the table and documents show them: "870830 (0.25), 870899 (0.10)". */
const hsText = (hs: ReadonlyArray<{ hs: string; share: number }>): string => hs.map((m) => `${m.hs} (${formatNumber(m.share, 2)})`).join(', ');

function componentTable(out: ProductComplexityOut, onSelect: (id: string) => void, focus: string): HTMLTableElement {
  const el = table<ComponentPci>(
    [
      { key: 'id', title: t('cx.component'), cell: (r) => h('button', { type: 'button', class: 'link', onclick: () => onSelect(r.id) }, r.name) },
      { key: 'hs', title: t('cx.products.hs'), cell: (r) => hsText(r.hs) },
      { key: 'pci', title: t('cx.pci'), numeric: true, cell: (r) => h('span', { 'data-value': r.pci === null ? '' : String(r.pci) }, pciText(r.pci)) },
      { key: 'percentile', title: t('cx.products.percentile'), numeric: true, cell: (r) => percentText(r.percentile) },
    ],
    out.components,
    t('cx.products.caption', { year: out.year === null ? '—' : String(out.year) }),
  );
  el.id = 'cx-products-table';
  markRows(el, out.components.map((c) => c.id), 'component', (id) => id === focus);
  return el;
}

/** The sentence about the component in focus, or none; `name` is the catalogue's name, for a component the table lacks. */
function focusLine(out: ProductComplexityOut, focus: string, name: string): string | null {
  if (focus === '') return null;
  const c = out.components.find((x) => x.id === focus);
  if (!c || c.pci === null) return t('cx.products.focusNone', { component: c?.name ?? name });
  return t('cx.products.focus', { component: c.name, pci: formatFixed(c.pci, 2), percentile: percentText(c.percentile) });
}

export function productsPart(onSelect: (id: string) => void, initial: string): ProductsPart {
  let alive = true;
  let focus = initial;
  let answer: ProductComplexityOut | null = null;
  let lines: string[] = [];
  let exports: TableExport[] = [];
  const body = h('div', { id: 'cx-products-body' }, h('p', {}, t('cx.loading')));
  const element = h(
    'section',
    { class: 'cx-section', 'aria-labelledby': 'cx-products-title', id: 'cx-products' },
    h('h3', { id: 'cx-products-title' }, t('cx.products.title')),
    h('p', { class: 'hint cx-intro' }, t('cx.products.intro')),
    body,
  );

  void (async () => {
    try {
      const out = await getCached<ProductComplexityOut>('analysis/product-complexity', { lang: lang() });
      if (!alive) return;
      const warnings = out.warnings.map((w) => h('p', { class: 'cx-products-warning', 'data-code': w.code }, ...codeText(w.message)));
      if (!out.available) {
        lines = out.warnings.map((w) => plainText(w.message));
        body.replaceChildren(h('div', { id: 'cx-products-none', role: 'note' }, ...warnings));
        return;
      }
      // The server's sentences name the table's year and source, the country's ECI rank and the
      // most complex component, in the UI language (server/analysis/trade/world.ts).
      answer = out;
      const year = out.year === null ? '—' : String(out.year);
      exports = [
        {
          title: t('cx.products.caption', { year }),
          sheet: t('cx.products.sheet', { year }),
          columns: [col('component', 'component', 'text', { id: true }), col('name', t('col.component')), col('hs', t('col.hsShares'), 'text', { csvOnly: true }), col('hsText', t('col.hsShares')), col('pci', t('col.pci'), 'decimal', { digits: 3 }), col('percentile', t('col.percentile'), 'percent'), col('year', t('col.year'), 'year')],
          rows: out.components.map((c) => ({ component: c.id, name: c.name, hs: c.hs.map((m) => `${m.hs}:${m.share}`).join('; '), hsText: hsText(c.hs), pci: c.pci, percentile: c.percentile, year: out.year })),
        },
      ];
      await draw(out, warnings);
    } catch (error) {
      if (alive) body.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('cx.error', { message: error instanceof Error ? error.message : String(error) })));
    }
  })();

  let shownWarnings: HTMLElement[] = [];
  /** The figures (the focus's sentence first) and the table with the focus's row marked and scrolled to. */
  async function draw(out: ProductComplexityOut, warnings: HTMLElement[]): Promise<void> {
    shownWarnings = warnings;
    const name = focus === '' ? '' : ((await getCached<CatalogOut>('catalog').catch(() => null))?.components.find((c) => c.id === focus)?.name ?? focus);
    if (!alive || out !== answer) return;
    const line = focusLine(out, focus, name);
    // The server's sentences name the table's year and source, the country's ECI rank and the
    // most complex component, in the UI language (server/analysis/trade/world.ts).
    lines = [...(line ? [line] : []), ...out.summary, ...out.warnings.map((w) => plainText(w.message))];
    const box = h('div', { class: 'cx-scroll' }, componentTable(out, onSelect, focus));
    body.replaceChildren(h('div', { class: 'cx-figures', id: 'cx-products-summary' }, ...(line ? [h('p', { class: 'cx-focus-line' }, line)] : []), ...out.summary.map((l) => h('p', {}, l))), ...warnings, box);
    scrollToFocus(box);
  }

  return {
    element,
    // The component in focus keeps its place in the world ranking; documents show its row even past their first rows.
    tables: () => exports.map((tb) => ({ ...tb, focusRows: focusIndices(answer?.components ?? [], focus) })),
    summary: () => lines,
    setFocus(component) {
      if (component === focus) return;
      focus = component;
      if (answer) void draw(answer, shownWarnings);
    },
    destroy() {
      alive = false;
    },
  };
}
