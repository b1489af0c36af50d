// The caution shown when the clusters' ECI is not defined: why in plain words (the blocks the
// table splits into, or the eigen-gap), what is shown instead (values within each block large
// enough), why this dataset is too small for a meaningful ECI and how to get one. The server's own
// warnings (GET /api/analysis/complexity, in the UI language) follow under "technical detail".
import { h } from '../../app/dom.ts';
import { t } from '../../app/i18n.ts';
import { noticeBox } from '../../app/notice/index.ts';
import type { ClusterComplexityOut } from './results.ts';
import { codeText } from '../../app/code-text.ts';

/** Names listed per block before "…". */
const SHOWN_NAMES = 8;

const namesText = (names: readonly string[]): string => (names.length > SHOWN_NAMES ? `${names.slice(0, SHOWN_NAMES).join(', ')}, …` : names.join(', '));

export function structureNotice(out: ClusterComplexityOut, clusterName: (id: string) => string): HTMLElement {
  const codes = new Set(out.warnings.map((w) => w.code));
  const lines: Array<string | Node> = [];
  if (out.blocks.length > 1) {
    lines.push(t('cx.why.disconnected', { n: out.blocks.length }));
    lines.push(
      h(
        'ul',
        { id: 'cx-blocks' },
        ...out.blocks.map((b, k) =>
          h(
            'li',
            { 'data-block': String(k), 'data-status': b.status },
            t('cx.blockLine', { n: k + 1, clusters: b.clusters.length, components: b.components.length, names: namesText(b.clusters.map(clusterName)) }),
            ' — ',
            t(`cx.blockStatus.${b.status}`, { minClusters: out.minBlock.clusters, minComponents: out.minBlock.components }),
          ),
        ),
      ),
    );
  } else if (codes.has('eigengap') || codes.has('eigenvalue-tie')) {
    lines.push(t(codes.has('eigengap') ? 'cx.why.eigengap' : 'cx.why.tie'));
  } else {
    lines.push(t('cx.why.undefined'));
  }
  lines.push(t('cx.why.noRanking'));
  lines.push(t('cx.howMeaningful', { clusters: out.table.clusters, components: out.table.components }));
  if (out.warnings.length > 0) {
    lines.push(h('details', {}, h('summary', {}, t('cx.technical')), ...out.warnings.map((w) => h('p', { 'data-code': w.code }, ...codeText(w.message)))));
  }
  return noticeBox({ kind: 'caution', id: 'cx-structure', title: t('cx.undefinedTitle'), lines });
}
