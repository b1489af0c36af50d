// The risk panel with a focus: a cluster (`?cluster=`), a tier (`?tier=`), a province (`?province=`),
// a component (`?component=`) or any of them together, as the other views' filters set them. The rows
// of GET /api/analysis/risk that concern the focus, and the key figures as sentences about them.
// A component narrows the supplies: the analysis follows each component on its own (no bill of
// materials), so a firm's failure impact on one component is the part of its `lost` rows for that
// component, and the firms are ranked again by the same rule on those parts (componentRows). The
// firm filters (the focus's firms, from GET /api/firms with the same filters) then keep the failure
// impacts of the focus's firms, each with its rank in that ranking, and the single sources whose
// supplier or buyer is in the focus. Sets of ids keep this linear in the national answer's 21,499
// failure impacts.
import type { FailureImpact, SingleSource } from '../../../../server/analysis/risk/shapes.ts';
import { byImpact } from '../../../../server/analysis/risk/failure-impact.ts';
import { formatUsd, t } from '../../app/i18n.ts';

/** The filters of the state the panel follows ('' where one is not set). */
export interface FocusKeys {
  cluster: string;
  tier: string;
  province: string;
  component: string;
}

/** The focus's two names, in the UI language. */
export interface FocusWords {
  /** A short label that starts a sentence or a title: the cluster's name, the tier, the province and the component, joined by " · ". */
  name: string;
  /** The label of the firm filters alone (the cluster, tier and province), for sentences about the focus's firms. */
  firmsName: string;
  /** The focus's firms as a noun phrase inside a sentence ("the members of Sentra IKM logam Ceper", "the tier-1 suppliers in Jawa Barat"). */
  firms: string;
}

/** The focus: its filters, its words, its firms' ids and its component. */
export interface Focus extends FocusWords {
  keys: FocusKeys;
  /** The focus's firms; null when no firm filter is set (a component alone: every firm). */
  members: ReadonlySet<string> | null;
  /** The component followed, named in the UI language; null: every component. */
  component: { id: string; name: string } | null;
}

/** The rows the panel shows: every row of the answer, or those of the focus. */
export interface RiskRows {
  failureImpact: readonly FailureImpact[];
  singleSource: readonly SingleSource[];
}

/** Whether a filter of firms (cluster, tier, province) is set. */
export const firmFocused = (keys: FocusKeys): boolean => keys.cluster !== '' || keys.tier !== '' || keys.province !== '';
/** Whether any filter the panel follows is set. */
export const isFocused = (keys: FocusKeys): boolean => firmFocused(keys) || keys.component !== '';

/** The tier as a label writes it: the IKM by the Ministry's own acronym, the others as the tier's name. */
export const tierShort = (tier: string): string => (tier === 'IKM' ? 'IKM' : t(`tier.${tier}`));

/**
 * The focus's words; `clusterName` and `componentName` are the catalogue's names of `keys.cluster`
 * and `keys.component`. The noun phrase is built from the tier's firms ("the tier-1 suppliers"), a
 * cluster's members and a province, so that each of the seven combinations reads as a phrase of its
 * language rather than a list of filters; the component narrows supplies, not firms, so it is in the
 * label only (the sentences name it themselves).
 */
export function focusWords(keys: FocusKeys, clusterName: string, componentName = ''): FocusWords {
  const firmsName = [keys.cluster ? clusterName : '', keys.tier ? tierShort(keys.tier) : '', keys.province].filter((s) => s !== '').join(' · ');
  const name = [firmsName, keys.component ? componentName : ''].filter((s) => s !== '').join(' · ');
  const tierFirms = keys.tier ? t(`risk.scope.tier.${keys.tier}`) : '';
  let firms = keys.cluster
    ? tierFirms
      ? t('risk.scope.tierMembers', { tierFirms, cluster: clusterName })
      : t('risk.scope.members', { cluster: clusterName })
    : tierFirms || t('risk.scope.firms');
  if (keys.province) firms = t('risk.scope.inProvince', { firms, province: keys.province });
  return { name, firmsName, firms };
}

/**
 * The answer narrowed to one component: each firm's failure impact on it (its `lost` rows for the
 * component, the buyers and OEMs among them, the sum of their values in the answer's order, as the
 * server sums them), the firms that cut no buyer off it dropped, ranked again by the answer's rule
 * (OEMs cut off, then value lost, then firm id: server/analysis/risk/failure-impact.ts); and the
 * single sources of the component. Equal to the analysis run on that component's supplies alone,
 * since it follows each component on its own (test/browser/risk-component.test.ts checks both).
 */
export function componentRows(rows: RiskRows, component: string): RiskRows {
  const impacts: FailureImpact[] = [];
  for (const f of rows.failureImpact) {
    const lost = f.lost.filter((l) => l.component.id === component);
    if (lost.length === 0) continue;
    const buyers = new Set(lost.map((l) => l.buyer.id));
    const impactedBuyers = f.impactedBuyers.filter((b) => buyers.has(b.id));
    impacts.push({
      rank: 0,
      firm: f.firm,
      impactedOems: f.impactedOems.filter((o) => buyers.has(o.id)),
      impactedBuyers,
      lostValueUsd: lost.reduce((sum, l) => sum + l.valueUsd, 0),
      lost,
    });
  }
  impacts.sort(byImpact);
  return {
    failureImpact: impacts.map((f, i) => ({ ...f, rank: i + 1 })),
    singleSource: rows.singleSource.filter((s) => s.component.id === component),
  };
}

/**
 * The rows of the focus and the number of firms ranked (all firms with a failure impact, or those
 * on the focus's component): the component's rows, then the failure impacts of the focus's firms
 * (in the ranking's order, with their ranks) and the single sources one of them supplies or buys.
 */
export function focusRows(out: RiskRows, focus: Pick<Focus, 'members' | 'component'>): { rows: RiskRows; ranked: number } {
  const base = focus.component ? componentRows(out, focus.component.id) : out;
  const members = focus.members;
  const ranked = base.failureImpact.length;
  if (!members) return { rows: base, ranked };
  return {
    rows: {
      failureImpact: base.failureImpact.filter((f) => members.has(f.firm.id)),
      singleSource: base.singleSource.filter((s) => members.has(s.supplier.id) || members.has(s.buyer.id)),
    },
    ranked,
  };
}

/** The components of the focus's rows: those its firms' failures cut off, and its single sources'. */
export function focusComponents(rows: RiskRows): Set<string> {
  const ids = new Set<string>();
  for (const f of rows.failureImpact) for (const l of f.lost) ids.add(l.component.id);
  for (const s of rows.singleSource) ids.add(s.component.id);
  return ids;
}

const valueOf = (rows: readonly SingleSource[]): string => formatUsd(rows.reduce((sum, s) => sum + (s.valueUsd ?? 0), 0));

/** The key figures of a component alone, as the unfocused figures say them, about its supplies. */
function componentFigures(component: string, rows: RiskRows): string[] {
  const impact = rows.failureImpact;
  const worst = impact[0];
  const oem = impact.filter((f) => f.impactedOems.length > 0).length;
  return [
    rows.singleSource.length === 0 ? t('risk.comp.noSingle', { component }) : t('risk.comp.figSingle', { component, n: rows.singleSource.length, value: valueOf(rows.singleSource) }),
    impact.length === 0 ? t('risk.comp.noImpact', { component }) : t('risk.comp.figImpact', { component, n: impact.length, oem }),
    ...(worst
      ? [t(worst.impactedOems.length === 0 ? 'risk.comp.figWorstNoOem' : 'risk.comp.figWorst', { component, firm: worst.firm.name, oems: worst.impactedOems.length, buyers: worst.impactedBuyers.length, value: formatUsd(worst.lostValueUsd) })]
      : []),
  ];
}

/**
 * The key figures of the focus as sentences: its firms whose failure cuts a buyer off (and how
 * many of them an OEM), the worst of them with its place among all `ranked` firms, and the single
 * sources one of them supplies or buys; with a component, each about that component's supplies
 * (and a component alone as componentFigures says it). None is said as a sentence, not as "0 of
 * its … firms".
 */
export function focusFigures(focus: Focus, rows: RiskRows, ranked: number): string[] {
  const { firms } = focus;
  const component = focus.component?.name ?? null;
  if (focus.members === null) return componentFigures(component ?? '', rows);
  // The sentences about the focus's firms name them without the component, which they name themselves.
  const focusName = focus.firmsName;
  const what = component ?? t('risk.what.any');
  const members = focus.members.size;
  if (members === 0) return [t('risk.focus.noMembers', { focus: focusName })];
  const from = rows.singleSource.filter((s) => focus.members!.has(s.supplier.id));
  const to = rows.singleSource.filter((s) => focus.members!.has(s.buyer.id));
  const single = [
    from.length === 0
      ? t('risk.focus.singleFromNone', { firms, what })
      : component
        ? t('risk.compFocus.singleFrom', { firms, component, n: from.length, value: valueOf(from) })
        : t('risk.focus.singleFrom', { firms, n: from.length, value: valueOf(from) }),
    to.length === 0
      ? t('risk.focus.singleToNone', { firms, what })
      : component
        ? t('risk.compFocus.singleTo', { firms, component, n: to.length, value: valueOf(to) })
        : t('risk.focus.singleTo', { firms, n: to.length, value: valueOf(to) }),
  ].join(' ');
  const impact = rows.failureImpact;
  // The focus's failure impact first: what the focus is asked about (and the status line says it).
  if (impact.length === 0) return [t('risk.focus.noImpact', { focus: focusName, members, what }), single];
  const oem = impact.filter((f) => f.impactedOems.length > 0).length;
  const oemPart = impact.length === 1 ? t(oem === 1 ? 'risk.focus.oneOem' : 'risk.focus.oneNoOem') : oem === 0 ? t('risk.focus.oemNone') : t('risk.focus.oemSome', { oem });
  const worst = impact[0]!;
  const noOem = worst.impactedOems.length === 0;
  // "0 OEMs and 2 buyers lose supply" read oddly: without an OEM the buyers alone are named.
  const worstKey = component ? (noOem ? 'risk.compFocus.figWorstNoOem' : 'risk.compFocus.figWorst') : noOem ? 'risk.focus.figWorstNoOem' : 'risk.focus.figWorst';
  return [
    t('risk.focus.figImpact', { focus: focusName, n: impact.length, members, oemPart, what }),
    t(worstKey, { firms, component: component ?? '', firm: worst.firm.name, rank: worst.rank, all: ranked, oems: worst.impactedOems.length, buyers: worst.impactedBuyers.length, value: formatUsd(worst.lostValueUsd) }),
    single,
  ];
}
