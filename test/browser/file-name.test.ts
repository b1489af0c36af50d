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

  it('say the focus after the title, in at most 40 characters cut between words', () => {
    // Two clusters' Risk packs were one name twice, the second saved as "… (1).pdf".
    expect(fileName('Jaringan pasok', '2026-12-06', 'pdf', ['Sentra IKM logam Ceper'])).toBe('rantai-jaringan-pasok-sentra-ikm-logam-ceper-2026-12-06.pdf');
    // A tier without its explanation in brackets; the filters in the order the scope line gives them.
    expect(fileName('Struktur tier rantai pasok', '2026-12-06', 'pptx', ['IKM (industri kecil dan menengah)', 'Jawa Tengah', '“cor”'])).toBe(
      'rantai-struktur-tier-rantai-pasok-ikm-jawa-tengah-cor-2026-12-06.pptx',
    );
    // Each filter whole or not at all: 22 + 1 + 26 characters would pass 40, and "komponen" alone names no component.
    expect(fileName('Peluang', '2026-12-06', 'xlsx', ['Sentra IKM logam Ceper', 'Tromol rem kendaraan niaga'])).toBe('rantai-peluang-sentra-ikm-logam-ceper-2026-12-06.xlsx');
    // A first filter longer than 40 characters is cut between words.
    expect(fileName('Link and match', '2026-12-06', 'pdf', ['PT Industri Komponen Kendaraan Bermotor Nusantara Raya'])).toBe('rantai-link-and-match-pt-industri-komponen-kendaraan-bermotor-2026-12-06.pdf');
    // No focus, or one of no letters, names nothing more.
    expect(fileName('Jaringan pasok', '2026-12-06', 'pdf', [])).toBe('rantai-jaringan-pasok-2026-12-06.pdf');
    expect(fileName('Jaringan pasok', '2026-12-06', 'pdf', ['“…”'])).toBe('rantai-jaringan-pasok-2026-12-06.pdf');
  });

  it('say a word once where the title ends with the word the focus begins with', () => {
    // "Kompleksitas ekonomi sentra" focused on "Sentra IKM logam Ceper" had read "…-sentra-sentra-…".
    expect(fileName('Kompleksitas ekonomi sentra', '2026-12-06', 'xlsx', ['Sentra IKM logam Ceper'])).toBe('rantai-kompleksitas-ekonomi-sentra-ikm-logam-ceper-2026-12-06.xlsx');
    expect(fileName('Risiko sentra', '2026-12-06', 'pdf', ['Sentra'])).toBe('rantai-risiko-sentra-2026-12-06.pdf');
    // Only a whole word: "sentral" is not "sentra", and a title of one word stays whole.
    expect(fileName('Kompleksitas ekonomi sentra', '2026-12-06', 'pdf', ['Sentral Jawa'])).toBe('rantai-kompleksitas-ekonomi-sentra-sentral-jawa-2026-12-06.pdf');
    expect(fileName('Sentra', '2026-12-06', 'pdf', ['Sentra IKM logam Ceper'])).toBe('rantai-sentra-sentra-ikm-logam-ceper-2026-12-06.pdf');
  });

  it('keep a letter that carries an accent, without the accent', () => {
    expect(slugOf('Côte d’Ivoire', 60)).toBe('cote-d-ivoire');
  });
});
