// The words of the substitution answer's ids in its language (statuses, gap kinds, policy levers,
// strategies), so that a table or a briefing can show "restrukturisasi mesin dan peralatan" where
// the answer says `machinery-restructuring`.
import { z } from 'zod';
import { labelMapShape, names, type Lang } from '../../i18n/index.ts';
import { STATUS } from './evaluate.ts';
import { GAP_KINDS, LEVERS } from './requirements.ts';
import { STRATEGY_IDS } from './strategies.ts';

export const substitutionLabelsShape = z
  .object({
    statuses: labelMapShape(STATUS),
    gapKinds: labelMapShape(GAP_KINDS),
    levers: labelMapShape(LEVERS),
    strategies: labelMapShape(STRATEGY_IDS),
  })
  .describe('names of the ids used in this answer, in its language');
export type SubstitutionLabels = z.infer<typeof substitutionLabelsShape>;

export const substitutionLabels = (lang: Lang): SubstitutionLabels => ({
  statuses: names(lang, 'status', STATUS),
  gapKinds: names(lang, 'gapKind', GAP_KINDS),
  levers: names(lang, 'lever', LEVERS),
  strategies: names(lang, 'strategy', STRATEGY_IDS),
});
