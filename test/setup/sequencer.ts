// The order test files start in. Vitest starts the longest first when it has their durations from
// an earlier run, and otherwise the largest files first, which is the order of a fresh clone (CI):
// there the browser suites, short files that drive Chromium for 30 s to 2 min each, started last,
// and the two briefing-pack halves ran on for 2.5 min after everything else had finished. So a file
// with no duration known starts ahead of the other files of its project when it is a browser suite.
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const BROWSER = /\.browser\.test\.ts$/;

export default class BrowserFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const unknownBrowser = (f: TestSpecification) =>
      BROWSER.test(f.moduleId) && !this.ctx.cache.getFileTestResults(`${f.project.name}:${path.relative(root, f.moduleId)}`);
    // Stable within each project: the projects keep their order, and so do the files of each kind.
    const projects = [...new Set(sorted.map((f) => f.project.name))];
    return projects.flatMap((name) => {
      const mine = sorted.filter((f) => f.project.name === name);
      return [...mine.filter(unknownBrowser), ...mine.filter((f) => !unknownBrowser(f))];
    });
  }
}
