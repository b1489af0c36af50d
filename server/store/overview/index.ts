// The overview of an unfocused view at national scale: the rule (when and what to group), the
// aggregated input a store hands over, and the answer built from it. Public face of the folder.
export { OVERVIEW_FIRMS, OVERVIEW_TIER_FIRMS, MAX_FOCUS_FIRMS, MAX_GROUP_FLOWS_PAST, TIERS_VIEW_FLOWS, TIERS_VIEW_ROWS, groupPastOf, GROUP_PARTS, GROUP_PATTERN, chooseGrouping, requestedGrouping, needsStats, groupId, drawnAs, groupParts, emptyStats, type Grouping, type GroupPart, type FirmStats } from './rule.ts';
export type { OverviewInput, OverviewCluster, OverviewGroup, OverviewFirm, OverviewSupply, OverviewImport } from './input.ts';
export { buildOverview, OVERVIEW_LABELS } from './build.ts';
export { focusedView, groupFocusedView, GROUPING_FIRM_PROPS, withFirmProps } from './focused.ts';
