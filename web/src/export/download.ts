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

/** A file-name-safe version of a title, with the date: "rantai-network-2026-11-23". */
export function fileName(title: string, date: string, ext: string): string {
  return `rantai-${slugOf(title) || 'view'}-${date}.${ext}`;
}
