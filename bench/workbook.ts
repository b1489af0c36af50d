// The dataset workbook at national scale (416 clusters, 100,000 firms, 2,000 components): writing it
// (exceljs streaming writer) and reading it back with validation (streaming reader), against the
// JSON bundle of the same dataset as the peer, measured in the same run. Peak RSS is sampled every
// 50 ms while each step runs; the dataset itself (about 790,000 rows) is held throughout.
import { createWriteStream } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { datasetFromJsonText, datasetFromWorkbook, writeWorkbook } from '../server/model/index.ts';
import { generateDataset } from '../seed/generator/index.ts';

async function measured<T>(label: string, work: () => Promise<T>): Promise<{ value: T; seconds: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  try {
    const value = await work();
    const seconds = (performance.now() - started) / 1000;
    peak = Math.max(peak, process.memoryUsage().rss);
    console.log(`${label}: ${seconds.toFixed(1)} s, peak RSS ${(peak / 2 ** 20).toFixed(0)} MB`);
    return { value, seconds, peakMb: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

export async function benchWorkbook(): Promise<void> {
  const dataset = generateDataset({ clusters: 416, firms: 100_000, components: 2_000, seed: 1 });
  const book = path.join(tmpdir(), `rantai-bench-${process.pid}.xlsx`);
  const bundle = path.join(tmpdir(), `rantai-bench-${process.pid}.json`);
  try {
    const jsonWrite = await measured('write JSON bundle (peer)', () => writeFile(bundle, JSON.stringify(dataset)));
    const xlsxWrite = await measured('write workbook', async () => {
      const out = createWriteStream(book);
      const closed = new Promise<void>((resolve) => out.once('close', () => resolve()));
      await writeWorkbook(out, dataset);
      await closed;
    });
    const jsonRead = await measured('read + validate JSON bundle (peer)', async () => datasetFromJsonText('bench.json', await readFile(bundle, 'utf8')));
    const xlsxRead = await measured('read + validate workbook', async () => datasetFromWorkbook('bench.xlsx', await readFile(book)));
    if (xlsxRead.value.firms.length !== jsonRead.value.firms.length) throw new Error('the workbook and the bundle disagree');
    console.log(`workbook / JSON: write ${(xlsxWrite.seconds / jsonWrite.seconds).toFixed(1)}×, read ${(xlsxRead.seconds / jsonRead.seconds).toFixed(1)}× the time`);
  } finally {
    await rm(book, { force: true });
    await rm(bundle, { force: true });
  }
}
