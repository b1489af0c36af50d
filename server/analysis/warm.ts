// What a store builds after each load and at start (server/store/warm.ts), so that the first
// request after a load is as fast as the ones after it (issue 16). Only values whose build costs
// more than the answer that reads them at national scale are listed: the substitution facts, the
// trade statistics its national basis and strategic strategy read, and the missing links' ranking
// index (the Network view draws the recommended links), the clusters' economic complexity (the
// Complexity view; its computation runs on a worker thread), and the embedded store's risk facts
// (the Risk view).
import type { Warmer } from '../store/index.ts';
import { warmClusterComplexity } from './cluster-complexity/index.ts';
import { warmMissingLinks } from './links/index.ts';
import { warmRisk } from './risk/index.ts';
import { warmSubstitution } from './substitution/index.ts';
import { warmTrade } from './trade/index.ts';

export const ANALYSIS_WARMERS: readonly Warmer[] = [warmSubstitution, warmTrade, warmMissingLinks, warmClusterComplexity, warmRisk];
