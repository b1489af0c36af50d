// The risk panel with a focus: a cluster (`?cluster=`), a tier (`?tier=`), a province (`?province=`)
// or any of them together, as the other views' filters set them. The rows of GET /api/analysis/risk
// that concern the focus's firms (GET /api/firms with the same filters), and the key figures as
// sentences about them. Nothing is recomputed: the failure impact of a firm does not depend on the
// focus, so each firm keeps its rank among all firms, and the single sources kept are those whose
// supplier or buyer is in the focus. A Set of ids keeps this linear in the national answer's
// 21,499 failure impacts.
import type { FailureImpact, RiskOut, SingleSource } from '../../../../server/analysis/risk/shapes.ts';
import { formatUsd, t } from '../../app/i18n.ts';

/** The filters of the state the panel follows ('' where one is not set). */
export interface FocusKeys {
  cluster: string;
  tier: string;
  province: string;
}

/** The focus's two names, in the UI language. */
export interface FocusWords {
  /** A short label that starts a sentence or a title: the cluster's name, the tier and the province, joined by " · ". */
  name: string;
  /** The focus's firms as a noun phrase inside a sentence ("the members of Sentra IKM logam Ceper", "the tier-1 suppliers in Jawa Barat"). */
  firms: string;
}

/** The focus: its filters, its words and its firms' ids. */
export interface Focus extends FocusWords {
  keys: FocusKeys;
  members: ReadonlySet<string>;
}

/** The rows the panel shows: every row of the answer, or those of the focus. */
export interface RiskRows {
  failureImpact: readonly FailureImpact[];
  singleSource: readonly SingleSource[];
}

/** Whether any filter the panel follows is set. */
export const isFocused = (keys: FocusKeys): boolean => keys.cluster !== '' || keys.tier !== '' || keys.province !== '';

/** The tier as a label writes it: the IKM by the Ministry's own acronym, the others as the tier's name. */
export const tierShort = (tier: string): string => (tier === 'IKM' ? 'IKM' : t(`tier.${tier}`));

/**
 * The focus's words; `clusterName` is the catalogue's name of `keys.cluster`. The noun phrase is
 * built from the tier's firms ("the tier-1 suppliers"), a cluster's members and a province, so that
 * each of the seven combinations reads as a phrase of its language rather than a list of filters.
 */
export function focusWords(keys: FocusKeys, clusterName: string): FocusWords {
  const name = [keys.cluster ? clusterName : '', keys.tier ? tierShort(keys.tier) : '', keys.province].filter((s) => s !== '').join(' · ');
  const tierFirms = keys.tier ? t(`risk.scope.tier.${keys.tier}`) : '';
  let firms = keys.cluster
    ? tierFirms
      ? t('risk.scope.tierMembers', { tierFirms, cluster: clusterName })
      : t('risk.scope.members', { cluster: clusterName })
    : tierFirms || t('risk.scope.firms');
  if (keys.province) firms = t('risk.scope.inProvince', { firms, province: keys.province });
  return { name, firms };
}

/** The failure impacts of the focus's firms (in the answer's order) and the single sources one of them supplies or buys. */
export function focusRows(out: RiskOut, members: ReadonlySet<string>): RiskRows {
  return {
    failureImpact: out.failureImpact.filter((f) => members.has(f.firm.id)),
    singleSource: out.singleSource.filter((s) => members.has(s.supplier.id) || members.has(s.buyer.id)),
  };
}

const valueOf = (rows: readonly SingleSource[]): string => formatUsd(rows.reduce((sum, s) => sum + (s.valueUsd ?? 0), 0));

/**
 * The key figures of the focus as sentences: its firms whose failure cuts a buyer off (and how
 * many of them an OEM), the worst of them with its place among all `ranked` firms, and the single
 * sources one of them supplies or buys. None is said as a sentence, not as "0 of its … firms".
 */
export function focusFigures(focus: Focus, rows: RiskRows, ranked: number): string[] {
  const { name: focusName, firms } = focus;
  const members = focus.members.size;
  if (members === 0) return [t('risk.focus.noMembers', { focus: focusName })];
  const from = rows.singleSource.filter((s) => focus.members.has(s.supplier.id));
  const to = rows.singleSource.filter((s) => focus.members.has(s.buyer.id));
  const single = [
    from.length === 0 ? t('risk.focus.singleFromNone', { firms }) : t('risk.focus.singleFrom', { firms, n: from.length, value: valueOf(from) }),
    to.length === 0 ? t('risk.focus.singleToNone', { firms }) : t('risk.focus.singleTo', { firms, n: to.length, value: valueOf(to) }),
  ].join(' ');
  const impact = rows.failureImpact;
  // The focus's failure impact first: what the focus is asked about (and the status line says it).
  if (impact.length === 0) return [t('risk.focus.noImpact', { focus: focusName, members }), single];
  const oem = impact.filter((f) => f.impactedOems.length > 0).length;
  const oemPart = impact.length === 1 ? t(oem === 1 ? 'risk.focus.oneOem' : 'risk.focus.oneNoOem') : oem === 0 ? t('risk.focus.oemNone') : t('risk.focus.oemSome', { oem });
  const worst = impact[0]!;
  return [
    t('risk.focus.figImpact', { focus: focusName, n: impact.length, members, oemPart }),
    // "0 OEMs and 2 buyers lose supply" read oddly: without an OEM the buyers alone are named.
    t(worst.impactedOems.length === 0 ? 'risk.focus.figWorstNoOem' : 'risk.focus.figWorst', { firms, firm: worst.firm.name, rank: worst.rank, all: ranked, oems: worst.impactedOems.length, buyers: worst.impactedBuyers.length, value: formatUsd(worst.lostValueUsd) }),
    single,
  ];
}
