// The rows of the complexity panel's tables that the app's focus is about: each row carries its id
// (data-cluster or data-component, which tests and the keyboard read), the focus's rows are marked
// (class focus, aria-current: the text is bold too, so colour is not the only cue), and the first
// marked row is brought into the middle of its own scroll box (the page stays where it is).

/** Gives row i the id `ids[i]` under `key` and marks those `inFocus` says. */
export function markRows(table: HTMLTableElement, ids: readonly string[], key: 'cluster' | 'component', inFocus: (id: string) => boolean): void {
  table.tBodies[0]?.querySelectorAll('tr').forEach((tr, i) => {
    const id = ids[i]!;
    tr.dataset[key] = id;
    if (inFocus(id)) {
      tr.classList.add('focus');
      tr.setAttribute('aria-current', 'true');
    }
  });
}

/** Indices of the rows whose id is `id` ('' for none): a table export's focusRows (documents keep them, export/rows.ts). */
export const focusIndices = (rows: ReadonlyArray<{ id: string }>, id: string): number[] => (id === '' ? [] : rows.flatMap((r, i) => (r.id === id ? [i] : [])));

/** Once laid out, scrolls `box` so that its first marked row is in the middle, clear of the sticky header. */
export function scrollToFocus(box: HTMLElement): void {
  const row = box.querySelector<HTMLElement>('tr.focus');
  if (!row) return;
  requestAnimationFrame(() => {
    const outer = box.getBoundingClientRect();
    const at = row.getBoundingClientRect();
    box.scrollTop += at.top - outer.top - (box.clientHeight - at.height) / 2;
  });
}
