// A damaged workbook is refused whole, saying which part and in the reader's language; it is never
// half read (a worksheet cut at 60 % was accepted and lost 22 of the seed's 55 enrolments) nor a
// 500 (a sheet that is not well-formed XML threw the XML reader's error). The workbooks are the
// seed's own export, damaged here with fflate (an independent zip implementation).
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetFromWorkbook, DatasetError, readDataset, workbookBytes, type Dataset, type Problem } from '../../server/model/index.ts';
import { render } from '../../server/i18n/text.ts';
import { problemText } from '../../server/model/problems.ts';

let seed: Dataset;
let parts: Record<string, Uint8Array>;
beforeAll(async () => {
  seed = await readDataset('seed/indonesia');
  parts = unzipSync(await workbookBytes(seed));
});

/** The part of the sheet named `sheet`, from the workbook's own lists. */
function partOf(sheet: string): string {
  const workbook = strFromU8(parts['xl/workbook.xml']!);
  const rid = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook)![1]!;
  const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']!);
  const target = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1]!;
  return `xl/${target.replace(/^\/?(xl\/)?/, '')}`;
}

const problemsOf = async (changed: Record<string, Uint8Array>): Promise<Problem[]> => {
  try {
    await datasetFromWorkbook('book.xlsx', zipSync({ ...parts, ...changed }));
  } catch (error) {
    if (error instanceof DatasetError) return error.problems;
    throw error;
  }
  return [];
};

describe('a damaged workbook', () => {
  it('reads back whole when undamaged (the premise)', async () => {
    expect(await problemsOf({})).toEqual([]);
    expect((await datasetFromWorkbook('book.xlsx', zipSync(parts))).enrolments).toHaveLength(seed.enrolments.length);
  });

  it('refuses a worksheet cut short, naming the sheet, in both languages', async () => {
    const part = partOf('enrolments');
    const whole = parts[part]!;
    const problems = await problemsOf({ [part]: whole.subarray(0, Math.floor(whole.length * 0.6)) });
    expect(problems.map((p) => p.message)).toEqual(['the workbook is damaged: enrolments stops before its end, so rows would be lost; open the file in Excel or LibreOffice and save it again']);
    expect(render('id', problemText(problems[0]!)!)).toBe('buku kerja rusak: enrolments terpotong sebelum akhir, sehingga ada baris yang akan hilang; buka berkas di Excel atau LibreOffice lalu simpan lagi');
  });

  it('refuses a worksheet that is not well-formed XML with a located problem, not an error', async () => {
    const part = partOf('firms');
    const broken = strToU8(strFromU8(parts[part]!).replace('<sheetData>', '<sheetData><<'));
    const problems = await problemsOf({ [part]: broken });
    expect(problems.map((p) => p.message)).toEqual(['the workbook is damaged: firms is not well-formed XML and cannot be read; open the file in Excel or LibreOffice and save it again']);
  });

  it('refuses a workbook whose list of sheets is cut short', async () => {
    const whole = parts['xl/workbook.xml']!;
    const problems = await problemsOf({ 'xl/workbook.xml': whole.subarray(0, whole.length - 20) });
    expect(problems.map((p) => p.message)).toEqual(['the workbook is damaged: xl/workbook.xml stops before its end, so rows would be lost; open the file in Excel or LibreOffice and save it again']);
  });
});
