// The words of the missing-links answer's ids in its language: tiers, gap kinds, feasibility and
// the supply relationships of the evidence paths (the shape is missingLinksLabelsShape).
import { names, type Lang } from '../../i18n/index.ts';
import { TIERS } from '../../model/index.ts';
import { HOPS } from './facts.ts';
import { FEASIBILITIES, GAP_KINDS, type MissingLinksLabels } from './shapes.ts';

export const missingLinksLabels = (lang: Lang): MissingLinksLabels => ({
  tiers: names(lang, 'tier', TIERS),
  gapKinds: names(lang, 'gapKind', GAP_KINDS),
  feasibility: names(lang, 'feasibility', FEASIBILITIES),
  hops: names(lang, 'hop', HOPS),
});
