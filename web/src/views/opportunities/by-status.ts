// Import value by status: each imported component is counted once, under the best status any
// cluster reaches for it (ready before near before stretch), so the three bars add up to the import
// value of the components in the ranking and nothing is counted twice. The value is the one the
// ranking weighed (`basisValueUsd`): the buyers' reported imports, or the national imports on the
// national basis (on the buyers' basis the two fields hold the same number).
import type { Opportunity } from '../../../../server/analysis/substitution/shapes.ts';
import { STATUSES, type Status } from './labels.ts';

export interface StatusTotal {
  status: Status;
  valueUsd: number;
  components: number;
}

export function importValueByStatus(rows: readonly Opportunity[]): StatusTotal[] {
  const best = new Map<string, { rank: number; value: number }>();
  for (const o of rows) {
    const rank = STATUSES.indexOf(o.status);
    const seen = best.get(o.component.id);
    if (!seen || rank < seen.rank) best.set(o.component.id, { rank, value: o.basisValueUsd });
  }
  return STATUSES.map((status, rank) => {
    const list = [...best.values()].filter((b) => b.rank === rank);
    return { status, valueUsd: list.reduce((s, b) => s + b.value, 0), components: list.length };
  });
}
