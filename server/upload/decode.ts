// Turns an uploaded file's bytes into text, or a located problem when they are not UTF-8: the
// dataset format is UTF-8 (DESIGN.md), and spreadsheets often save CSV as UTF-16 or a Windows code
// page, which would otherwise arrive as silently garbled names.
import { text } from '../i18n/index.ts';
import { problem, type Problem } from '../model/index.ts';

const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length;

export function decodeUtf8(file: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: problem({ file, line: 1, column: 1 }, text('upload.utf16')) };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const nul = lossy.indexOf('\u0000');
    if (nul >= 0 && nul < 4) {
      return { problem: problem({ file, line: 1, column: 1 }, text('upload.notText')) };
    }
    const line = lineOf(lossy, Math.max(0, lossy.indexOf('\uFFFD')));
    return { problem: problem({ file, line, column: 1 }, text('upload.notUtf8', { line: String(line) })) };
  }
}
