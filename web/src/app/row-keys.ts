// Keyboard navigation of a table's rows (the WAI-ARIA "grid"-like pattern with a roving tabindex):
// one row is in the Tab order; ArrowUp/ArrowDown, Home/End move between rows; Enter or Space
// activates the focused row (the same as clicking it). Buttons inside a row keep their own keys.
// Shared by the opportunities, link-and-match and risk panels. Rows with the class `kbd-skip`
// (e.g. a row of details under another) are not stops.

const stops = (tbody: HTMLTableSectionElement) => [...tbody.rows].filter((r) => !r.classList.contains('kbd-skip'));

/** Moves the focus (and the one Tab stop) to the i-th row that is a stop, e.g. the first row a "show more" added. */
export function focusRowAt(tbody: HTMLTableSectionElement, i: number): void {
  const all = stops(tbody);
  if (all.length === 0) return;
  const k = Math.max(0, Math.min(all.length - 1, i));
  for (const [j, r] of all.entries()) r.tabIndex = j === k ? 0 : -1;
  all[k]!.focus();
}

export function keyboardRows(tbody: HTMLTableSectionElement, onActivate?: (row: HTMLTableRowElement, index: number) => void): void {
  const rows = () => stops(tbody);
  const focusRow = (i: number) => focusRowAt(tbody, i);
  for (const [j, r] of rows().entries()) {
    r.tabIndex = j === 0 ? 0 : -1;
    r.classList.add('kbd-row');
  }
  tbody.addEventListener('keydown', (e: KeyboardEvent) => {
    const row = e.target instanceof HTMLTableRowElement ? e.target : null;
    if (!row) return;
    const i = rows().indexOf(row);
    const moves: Record<string, number> = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: rows().length - 1, PageDown: i + 10, PageUp: i - 10 };
    if (e.key in moves) {
      e.preventDefault();
      focusRow(moves[e.key]!);
    } else if ((e.key === 'Enter' || e.key === ' ') && onActivate) {
      e.preventDefault();
      onActivate(row, i);
    }
  });
  if (onActivate) {
    tbody.addEventListener('click', (e: MouseEvent) => {
      const target = e.target as Element;
      if (target.closest('button, a, input, select, textarea')) return;
      const row = target.closest('tr');
      if (!row || row.parentElement !== tbody) return;
      const i = rows().indexOf(row);
      if (i < 0) return;
      for (const [j, r] of rows().entries()) r.tabIndex = j === i ? 0 : -1;
      onActivate(row, i);
    });
  }
}
