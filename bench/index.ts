// Runs the benchmarks named on the command line (all when none): `npm run bench -- neo4j-load`.
import { benchNeo4jLoad } from './neo4j-load.ts';
import { benchNetwork } from './network.ts';
import { benchSubstitution } from './substitution.ts';
import { benchComplexity } from './complexity.ts';
import { benchFocus } from './focus.ts';
import { benchWebFrames } from './web-frames.ts';
import { benchLoad } from './load.ts';
import { benchWorkbook } from './workbook.ts';
import { benchMissingLinks } from './missing-links.ts';
import { benchOverview } from './overview.ts';
import { benchLayout } from './layout.ts';
import { benchResearchGraph } from './research-graph.ts';
import { benchUploadLiveness } from './upload-liveness.ts';
import { benchExportLiveness } from './export-liveness.ts';

const BENCHES: Record<string, () => Promise<void>> = {
  'neo4j-load': benchNeo4jLoad,
  network: benchNetwork,
  substitution: benchSubstitution,
  complexity: benchComplexity,
  'web-frames': benchWebFrames,
  load: benchLoad,
  focus: benchFocus,
  workbook: benchWorkbook,
  'missing-links': benchMissingLinks,
  overview: benchOverview,
  layout: benchLayout,
  'research-graph': benchResearchGraph,
  'upload-liveness': benchUploadLiveness,
  'export-liveness': benchExportLiveness,
};

const names = process.argv.slice(2);
for (const name of names.length > 0 ? names : Object.keys(BENCHES)) {
  const bench = BENCHES[name];
  if (!bench) {
    console.error(`unknown benchmark "${name}" (have: ${Object.keys(BENCHES).join(', ')})`);
    process.exitCode = 2;
    break;
  }
  await bench();
}
