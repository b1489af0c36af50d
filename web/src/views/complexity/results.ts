// The answers the complexity panel reads: POST /api/complexity (an uploaded table, Growth Lab column
// names) and GET /api/analysis/complexity (the dataset's clusters and components), typed from the
// server's zod shapes.
import type { z } from 'zod';
import { formatNumber } from '../../app/i18n.ts';
import type { ClusterComplexityOut } from '../../../../server/analysis/cluster-complexity/shapes.ts';
import type { complexityOutShape } from '../../../../server/api/routes/complexity.ts';

export type ComplexityOut = z.infer<typeof complexityOutShape>;
export type Warning = ComplexityOut['warnings'][number];
export type { ClusterComplexityOut };
export type ClusterFigure = ClusterComplexityOut['clusters'][number];
export type ComponentFigure = ClusterComplexityOut['components'][number];
export type BlockOut = ClusterComplexityOut['blocks'][number];
export type Opportunity = ClusterComplexityOut['opportunities'][number];

/** A rank as text: "3", or "3=" when another shares it (a tie is never shown as an order); past a thousand as the reader's numbers are written ("1.302" in Indonesian). */
export const rankText = (r: { rank: number | null; tied: boolean }): string => (r.rank === null ? '—' : `${formatNumber(r.rank)}${r.tied ? '=' : ''}`);
