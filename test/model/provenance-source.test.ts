// The dataset's provenance source phrase (server/model/provenance-source.ts): what the upload route and
// the server's start write is read back into its parts, so the web front end and the workbook can
// tell it in Indonesian; anything else (a CLI load, a caller's own words) is shown as it is.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { folderSource, mergeSource, sourceParts, uploadSource } from '../../server/model/provenance-source.ts';
import { workbookBytes } from '../../server/model/index.ts';
import { smallDataset } from '../helpers/datasets.ts';

describe('provenance source phrases', () => {
  it('read back what they were built from', () => {
    expect(sourceParts(uploadSource('firms.csv, needs.csv'))).toEqual({ kind: 'upload', files: 'firms.csv, needs.csv' });
    expect(sourceParts(mergeSource('enrolments.csv', 'seed/indonesia'))).toEqual({ kind: 'merge', files: 'enrolments.csv', into: 'seed/indonesia' });
    // A dataset name may itself hold ", merged into": the files end at the first one (file names hold none).
    expect(sourceParts(mergeSource('a.csv', 'x, merged into "y"'))).toEqual({ kind: 'merge', files: 'a.csv', into: 'x, merged into "y"' });
    expect(sourceParts(folderSource('seed/indonesia'))).toEqual({ kind: 'folder', folder: 'seed/indonesia' });
    expect(sourceParts('rantai load /data/national')).toEqual({ kind: 'other', text: 'rantai load /data/national' });
    // The phrases as stored by earlier versions, unchanged.
    expect(uploadSource('nat.zip')).toBe('upload of nat.zip');
    expect(mergeSource('a.csv', 'd')).toBe('upload of a.csv, merged into "d"');
  });

  it('the workbook states an upload source in English and Indonesian', async () => {
    const bytes = await workbookBytes(smallDataset(1), { name: 'd', source: mergeSource('enrolments.csv', 'seed/indonesia'), loadedAt: '2026-12-04T00:00:00Z', hash: 'sha256:00' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const rows: string[][] = [];
    wb.getWorksheet('README')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String)));
    expect(rows).toContainEqual(['Source / sumber', 'upload of enrolments.csv, merged into "seed/indonesia" / unggahan enrolments.csv, digabungkan ke "seed/indonesia"']);
  });
});
