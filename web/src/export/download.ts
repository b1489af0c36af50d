// Saves a Blob as a file through a temporary link (works offline, no server round trip).
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A title as a file-name-safe slug of at most `max` characters, cut between words ("…-dampak-bila-
 * perusahaan-be" read as a typo). Dashes and other marks between words part them as a space does:
 * "pemasok–pembeli" had become "pemasokpembeli".
 */
export function slugOf(title: string, max = 60): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const gap = slug.slice(0, max + 1).lastIndexOf('-');
  return slug.length <= max ? slug : gap > 0 ? slug.slice(0, gap) : slug.slice(0, max);
}

/** At most this many characters of a file name say the focus (its words cut between words). */
const FOCUS_MAX = 40;

/**
 * A file-name-safe version of a title, with the focus the view applies (its filters in words) and
 * the date: "rantai-network-2026-11-23", "rantai-risiko-…-sentra-104-2026-12-06". Without the focus,
 * two clusters' Risk packs were one name twice, the second saved as "… (1).pdf".
 */
export function fileName(title: string, date: string, ext: string, focus: readonly string[] = []): string {
  // Each filter whole or not at all ("jawa" of "Jawa Tengah" would name another province), without
  // its explanation in brackets ("IKM (industri kecil dan menengah)" is "ikm"); a first one longer
  // than the room is cut between words.
  const words = focus.map((f) => slugOf(f.replace(/\s*\([^)]*\)/g, ''), FOCUS_MAX)).filter((w) => w !== '');
  let where = words[0] ?? '';
  for (const w of words.slice(1)) {
    if (where.length + 1 + w.length > FOCUS_MAX) break;
    where = `${where}-${w}`;
  }
  let head = slugOf(title) || 'view';
  // A title that ends with the word the focus begins with says it once: "Kompleksitas ekonomi
  // sentra" of "Sentra IKM logam Ceper" had been "…-ekonomi-sentra-sentra-ikm-logam-ceper".
  const last = head.slice(head.lastIndexOf('-') + 1);
  if (where && last !== head && (where === last || where.startsWith(`${last}-`))) head = head.slice(0, -last.length - 1);
  return `rantai-${head}${where ? `-${where}` : ''}-${date}.${ext}`;
}
