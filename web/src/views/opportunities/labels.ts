// How an opportunity's status and gaps read: the status as an icon of its own shape plus a word
// (never colour alone), each gap as what is missing and the policy lever that would close it.
// Process and material ids are shown by name (from GET /api/catalog).
import type { CatalogOut } from '../../../../server/api/routes/catalog.ts';
import type { GapOut, Opportunity } from '../../../../server/analysis/substitution/shapes.ts';
import { h } from '../../app/dom.ts';
import { formatNumber, t } from '../../app/i18n.ts';
import { inSentence } from '../../../../server/i18n/in-sentence.ts';

export type Status = Opportunity['status'];
export const STATUSES: readonly Status[] = ['ready', 'near', 'stretch'];

/** Okabe–Ito colours; the icons differ in shape too (filled, half, empty circle). */
export const STATUS_COLOURS: Record<Status, string> = { ready: '#009E73', near: '#E69F00', stretch: '#999999' };
export const STATUS_ICONS: Record<Status, string> = { ready: '●', near: '◐', stretch: '○' };

export function statusBadge(status: Status): HTMLElement {
  return h('span', { class: `opp-status opp-${status}`, 'data-status': status }, h('span', { class: 'opp-icon', 'aria-hidden': 'true' }, STATUS_ICONS[status]), '\u00a0', t(`opp.status.${status}`));
}

export interface Names {
  process(id: string): string;
  material(id: string): string;
}

export function namesFrom(catalog: CatalogOut | null): Names {
  const processes = new Map((catalog?.processes ?? []).map((p) => [p.id, p.name]));
  const materials = new Map((catalog?.materials ?? []).map((m) => [m.id, m.name]));
  return { process: (id) => processes.get(id) ?? id, material: (id) => materials.get(id) ?? id };
}

/** What is missing, e.g. "tolerance 0.02 mm in CNC machining". */
export function gapText(g: GapOut, names: Names): string {
  switch (g.kind) {
    case 'process':
      // Mid-sentence, a name is written as the server writes it there ("surface treatment", "CNC machining").
      return t('opp.gap.process', { process: inSentence(names.process(g.process ?? '')) });
    case 'tolerance':
      return t('opp.gap.tolerance', { process: names.process(g.process ?? ''), mm: g.toleranceMm === undefined ? '?' : formatNumber(g.toleranceMm, 4) });
    case 'material':
      return t('opp.gap.material', { material: inSentence(names.material(g.material ?? '')) });
    case 'certification':
      return t('opp.gap.certification', { certification: g.certification ?? '' });
    case 'capacity':
      return t('opp.gap.capacity', { tonnes: formatNumber(g.capacityTonnes ?? 0) });
  }
}

export const leverText = (lever: string): string => t(`opp.lever.${lever}`);

/** A gap as text with its lever: "no IATF 16949 certificate → quality coaching and certification". */
export const gapWithLever = (g: GapOut, names: Names): string => `${gapText(g, names)} → ${leverText(g.lever)}`;
