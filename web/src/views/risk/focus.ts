// The risk panel with a cluster in focus (`?cluster=`): the rows of GET /api/analysis/risk that
// concern the cluster's member firms (GET /api/firms?cluster=), and the key figures as sentences
// about the cluster. Nothing is recomputed: the failure impact of a firm does not depend on the
// focus, so each member keeps its rank among all firms, and the single sources kept are those whose
// supplier or buyer is a member. A Set of member ids keeps this linear in the national answer's
// 21,499 failure impacts.
import type { FailureImpact, RiskOut, SingleSource } from '../../../../server/analysis/risk/shapes.ts';
import { formatUsd, t } from '../../app/i18n.ts';

/** The cluster in focus: its id, its name (the catalogue's, in the UI language) and its member firms' ids. */
export interface Focus {
  id: string;
  name: string;
  members: ReadonlySet<string>;
}

/** The rows the panel shows: every row of the answer, or those of the focus. */
export interface RiskRows {
  failureImpact: readonly FailureImpact[];
  singleSource: readonly SingleSource[];
}

/** The failure impacts of the members (in the answer's order) and the single sources a member supplies or buys. */
export function focusRows(out: RiskOut, members: ReadonlySet<string>): RiskRows {
  return {
    failureImpact: out.failureImpact.filter((f) => members.has(f.firm.id)),
    singleSource: out.singleSource.filter((s) => members.has(s.supplier.id) || members.has(s.buyer.id)),
  };
}

const valueOf = (rows: readonly SingleSource[]): string => formatUsd(rows.reduce((sum, s) => sum + (s.valueUsd ?? 0), 0));

/**
 * The key figures of the focus as sentences: the members whose failure cuts a buyer off (and how
 * many of them an OEM), the worst of them with its place among all `ranked` firms, and the single
 * sources a member supplies or buys. None is said as a sentence, not as "0 of its … firms".
 */
export function focusFigures(focus: Focus, rows: RiskRows, ranked: number): string[] {
  const cluster = focus.name;
  const members = focus.members.size;
  if (members === 0) return [t('risk.focus.noMembers', { cluster })];
  const from = rows.singleSource.filter((s) => focus.members.has(s.supplier.id));
  const to = rows.singleSource.filter((s) => focus.members.has(s.buyer.id));
  const single = [
    from.length === 0 ? t('risk.focus.singleFromNone', { cluster }) : t('risk.focus.singleFrom', { cluster, n: from.length, value: valueOf(from) }),
    to.length === 0 ? t('risk.focus.singleToNone', { cluster }) : t('risk.focus.singleTo', { cluster, n: to.length, value: valueOf(to) }),
  ].join(' ');
  const impact = rows.failureImpact;
  // The members' failure impact first: what the focus is asked about (and the status line says it).
  if (impact.length === 0) return [t('risk.focus.noImpact', { cluster, members }), single];
  const oem = impact.filter((f) => f.impactedOems.length > 0).length;
  const oemPart = impact.length === 1 ? t(oem === 1 ? 'risk.focus.oneOem' : 'risk.focus.oneNoOem') : oem === 0 ? t('risk.focus.oemNone') : t('risk.focus.oemSome', { oem });
  const worst = impact[0]!;
  return [
    t('risk.focus.figImpact', { cluster, n: impact.length, members, oemPart }),
    // "0 OEMs and 2 buyers lose supply" read oddly: without an OEM the buyers alone are named.
    t(worst.impactedOems.length === 0 ? 'risk.focus.figWorstNoOem' : 'risk.focus.figWorst', { firm: worst.firm.name, rank: worst.rank, all: ranked, oems: worst.impactedOems.length, buyers: worst.impactedBuyers.length, value: formatUsd(worst.lostValueUsd) }),
    single,
  ];
}
