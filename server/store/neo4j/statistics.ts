// Neo4j's planner statistics brought up to a dataset just swapped in. Neo4j samples an index's
// values in the background; right after a load, an index sampled while it was empty (a first load,
// or the staged nodes not yet under their labels) tells the planner that `f.tier = 'IKM'` matches
// no firm. A query planned in that moment starts from the index and checks every firm against every
// cluster: at national scale the overview's cluster query then ran for more than ten minutes where
// it takes a second (bench/README.md, eighth round). Plans are cached, so that one bad plan served
// every request until Neo4j replanned on its own.
import type { Driver } from 'neo4j-driver';

/** How long Neo4j may take to resample (the national dataset: under a second). */
const RESAMPLE_TIMEOUT_S = 120;

/**
 * Resamples the indexes and clears the query caches, waiting until both are done
 * (db.prepareForReplanning). A user without the admin privilege that needs (Enterprise roles) only
 * schedules the resampling (db.resampleOutdatedIndexes). Never fails: the data is already swapped
 * in, and statistics out of date slow queries down but do not change their answers.
 */
export async function refreshPlannerStatistics(driver: Driver, database: string): Promise<'replanned' | 'scheduled' | 'failed'> {
  try {
    await driver.executeQuery('CALL db.prepareForReplanning($timeout)', { timeout: RESAMPLE_TIMEOUT_S }, { database });
    return 'replanned';
  } catch {
    try {
      await driver.executeQuery('CALL db.resampleOutdatedIndexes()', {}, { database });
      return 'scheduled';
    } catch {
      return 'failed';
    }
  }
}
