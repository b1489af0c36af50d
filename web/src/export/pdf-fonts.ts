/// <reference types="vite/client" />
// The PDF's typeface: DejaVu Sans (regular and bold, from the dejavu-fonts-ttf package, under the
// Bitstream Vera licence, which allows embedding), embedded by jsPDF with only the glyphs a
// document uses. The standard PDF fonts write Windows-1252 alone, so "Kekurangan → kebijakan"
// printed as "->", "≥" as ">=", and the status signs (● ◐ ○) not at all. The licence goes with the
// build (vite.config.ts writes it to licenses/dejavu-fonts.txt). Loaded with the PDF
// writer only (pdf.ts is imported on the first PDF export), inlined so that it needs no request.
import bold from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?inline';
import regular from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?inline';

type Pdf = import('jspdf').jsPDF;

/** The family name the PDF writer sets (jsPDF's setFont and autotable's styles). */
export const PDF_FONT = 'DejaVuSans';

/** The base64 body of a data: URL. */
const base64 = (dataUrl: string): string => dataUrl.slice(dataUrl.indexOf(',') + 1);

/** Makes PDF_FONT (normal and bold) available in a new document. */
export function addPdfFonts(pdf: Pdf): void {
  pdf.addFileToVFS('DejaVuSans.ttf', base64(regular));
  pdf.addFont('DejaVuSans.ttf', PDF_FONT, 'normal');
  pdf.addFileToVFS('DejaVuSans-Bold.ttf', base64(bold));
  pdf.addFont('DejaVuSans-Bold.ttf', PDF_FONT, 'bold');
  pdf.setFont(PDF_FONT, 'normal');
}
