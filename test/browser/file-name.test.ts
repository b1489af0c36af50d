// Export file names (web/src/export/download.ts): the title as a slug of at most 60 characters,
// cut between words. The Risk view's Indonesian title had been cut to "…-bila-perusahaan-be-…",
// which reads as a typo in a ministry's download folder.
import { describe, expect, it } from 'vitest';
import { fileName } from '../../web/src/export/download.ts';

describe('export file names', () => {
  it('keep a short title whole', () => {
    expect(fileName('Jaringan pasok', '2026-12-03', 'pdf')).toBe('rantai-jaringan-pasok-2026-12-03.pdf');
  });

  it('cut a long title between words', () => {
    const name = fileName('Risiko pasokan: pemasok tunggal dan dampak bila perusahaan berhenti berproduksi', '2026-12-03', 'pdf');
    expect(name).toBe('rantai-risiko-pasokan-pemasok-tunggal-dan-dampak-bila-perusahaan-2026-12-03.pdf');
  });

  it('cut a title of one long word at 60 characters', () => {
    expect(fileName('x'.repeat(80), '2026-12-03', 'csv')).toBe(`rantai-${'x'.repeat(60)}-2026-12-03.csv`);
  });
});
