// Export file names (web/src/export/download.ts): the title as a slug of at most 60 characters,
// cut between words. The Risk view's Indonesian title had been cut to "…-bila-perusahaan-be-…",
// which reads as a typo in a ministry's download folder.
import { describe, expect, it } from 'vitest';
import { fileName, slugOf } from '../../web/src/export/download.ts';

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

  it('part words joined by a dash or another mark', () => {
    // The Link and match deck's title: an en dash between supplier and buyer, in both languages.
    expect(fileName('Link and match: rekomendasi hubungan pemasok–pembeli', '2026-12-06', 'pptx')).toBe('rantai-link-and-match-rekomendasi-hubungan-pemasok-pembeli-2026-12-06.pptx');
    expect(fileName('Recommended supplier–buyer links', '2026-12-06', 'pdf')).toBe('rantai-recommended-supplier-buyer-links-2026-12-06.pdf');
    expect(fileName('Peta · Jawa Tengah / IKM — "ekspor"', '2026-12-06', 'xlsx')).toBe('rantai-peta-jawa-tengah-ikm-ekspor-2026-12-06.xlsx');
  });

  it('keep a letter that carries an accent, without the accent', () => {
    expect(slugOf('Côte d’Ivoire', 60)).toBe('cote-d-ivoire');
  });
});
