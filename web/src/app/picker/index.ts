// A search picker for long lists (100,000 firms at national scale, where a <select> takes seconds
// to open and cannot be scrolled): a text input with a filtered list beneath it, following the
// WAI-ARIA combobox pattern (input role=combobox with aria-expanded, aria-controls and
// aria-activedescendant; a listbox of options). Typing filters by name and id, without case or
// accents (filter.ts); at most `max` matches are drawn, with how many more there are. Arrow keys
// move, Enter chooses, Escape closes and puts the chosen name back; the mouse chooses too. With a
// short list (the seed) focusing the empty input simply shows every option.
import { h } from '../dom.ts';
import { formatNumber, t } from '../i18n.ts';
import { matchOptions, searchKeys, type SearchKeys } from './filter.ts';
export { byName } from './filter.ts';
export { clusterPicker, componentPicker } from './catalog.ts';
import './messages.ts';
import './style.css';

export interface PickerOption {
  value: string;
  /** What the input shows once chosen, and the option's main text. */
  label: string;
  /** A muted second part of the option (a firm's cluster or tier); searched too. */
  note?: string;
  /** A heading drawn above the first option of each group (options come grouped, in order). */
  group?: string;
}

export interface PickerConfig {
  /** The input's id (the list is `${id}-list`). */
  id: string;
  label: string;
  placeholder: string;
  options: readonly PickerOption[];
  value: string;
  onChange(value: string): void;
  /** The "no choice" entry (value ''), e.g. "All buyers": first in the list, and what clearing the input means. */
  empty?: string;
  /** Matches drawn at most (up to twice as many when that shows them all). */
  max?: number;
}

export interface Picker {
  element: HTMLElement;
  input: HTMLInputElement;
  value(): string;
  /** Shows `value` as chosen without calling onChange (the address changed). */
  set(value: string): void;
  /** Whether `value` is one of the options ('' counts when there is an empty entry). */
  has(value: string): boolean;
}

const MAX = 50;

export function searchPicker(config: PickerConfig): Picker {
  const { id } = config;
  const max = config.max ?? MAX;
  const byValue = new Map(config.options.map((o) => [o.value, o]));
  const emptyOption: PickerOption | null = config.empty === undefined ? null : { value: '', label: config.empty };
  // Folded once, on first use: building a view with 100,000 options costs nothing until it is searched.
  let keys: SearchKeys | null = null;
  const groupIndex = new Map<string | undefined, number>();
  const keysOf = () =>
    (keys ??= searchKeys(
      config.options.map((o) => {
        if (!groupIndex.has(o.group)) groupIndex.set(o.group, groupIndex.size);
        return { value: o.value, label: o.note ? `${o.label} ${o.note}` : o.label, group: groupIndex.get(o.group)! };
      }),
    ));

  let current = config.value;
  let shown: PickerOption[] = [];
  let active = -1;

  const labelOf = (value: string): string => (value === '' ? '' : (byValue.get(value)?.label ?? value));
  const listId = `${id}-list`;
  const input = h('input', {
    id,
    type: 'text',
    role: 'combobox',
    class: 'picker-input',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    'aria-describedby': `${id}-hint`,
    placeholder: config.placeholder,
    value: labelOf(current),
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'picker-list', 'aria-labelledby': `${id}-label`, hidden: true });
  const live = h('span', { class: 'sr-only', 'aria-live': 'polite', id: `${id}-count` });
  const clear = h('button', { type: 'button', class: 'picker-clear', hidden: true }, '×');

  const isOpen = () => !list.hidden;
  function close(): void {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }
  function showClear(): void {
    clear.hidden = emptyOption === null || current === '';
    // The whole name on hover, where the box cuts a long one ("PT Toyota Motor Manufacturing Indones…").
    input.title = current === '' ? '' : labelOf(current);
    const label = t('picker.clear', { label: labelOf(current) });
    clear.setAttribute('aria-label', label);
    clear.title = label;
  }

  function render(query: string): void {
    const found = matchOptions(config.options, keysOf(), query, max, max * 2);
    shown = emptyOption && query.trim() === '' ? [emptyOption, ...found.shown] : found.shown;
    const items: HTMLElement[] = [];
    let group: string | undefined;
    shown.forEach((o, i) => {
      if (o.group !== undefined && o.group !== group) items.push(h('li', { role: 'presentation', class: 'picker-group' }, o.group));
      group = o.group;
      items.push(
        h(
          'li',
          { role: 'option', id: `${id}-opt-${i}`, class: o.value === '' ? 'picker-option picker-empty' : 'picker-option', 'data-value': o.value, 'aria-selected': 'false' },
          h('span', { class: 'picker-label' }, o.label),
          o.note ? h('span', { class: 'picker-note' }, o.note) : null,
        ),
      );
    });
    if (found.total === 0) items.push(h('li', { role: 'presentation', class: 'picker-none' }, t('picker.none', { query: query.trim() })));
    if (found.total > found.shown.length) items.push(h('li', { role: 'presentation', class: 'picker-more' }, t('picker.more', { n: formatNumber(found.total - found.shown.length) })));
    list.replaceChildren(...items);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    place();
    live.textContent = t('picker.count', { n: found.total });
    setActive(query.trim() === '' ? shown.findIndex((o) => o.value === current) : shown.length > 0 ? 0 : -1);
  }

  /** Opens the list upwards when the window has more room above the input than below, and never past the window's edge. */
  function place(): void {
    list.classList.remove('picker-up');
    list.style.maxHeight = '';
    const box = input.getBoundingClientRect();
    const below = window.innerHeight - box.bottom - 8;
    const above = box.top - 8;
    const wanted = list.scrollHeight;
    const up = wanted > below && above > below;
    list.classList.toggle('picker-up', up);
    list.style.maxHeight = `${Math.max(120, Math.min(up ? above : below, 352))}px`;
  }

  function setActive(i: number): void {
    const before = active >= 0 ? list.querySelector(`#${CSS.escape(`${id}-opt-${active}`)}`) : null;
    before?.setAttribute('aria-selected', 'false');
    before?.classList.remove('active');
    active = i;
    if (i < 0) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    const el = list.querySelector(`#${CSS.escape(`${id}-opt-${i}`)}`);
    if (!el) return;
    el.setAttribute('aria-selected', 'true');
    el.classList.add('active');
    input.setAttribute('aria-activedescendant', el.id);
    el.scrollIntoView({ block: 'nearest' });
  }

  function choose(value: string): void {
    const changed = value !== current;
    current = value;
    input.value = labelOf(value);
    showClear();
    close();
    if (changed) config.onChange(value);
  }

  input.addEventListener('focus', () => {
    input.select();
    render(input.value === labelOf(current) ? '' : input.value);
  });
  input.addEventListener('click', () => {
    if (!isOpen()) render(input.value === labelOf(current) ? '' : input.value);
  });
  input.addEventListener('input', () => render(input.value));
  input.addEventListener('keydown', (e) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!isOpen()) render('');
        else setActive(Math.min(active + 1, shown.length - 1));
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (isOpen()) setActive(Math.max(active - 1, 0));
        break;
      case 'Enter': {
        if (!isOpen()) return;
        e.preventDefault();
        const pick = shown[active] ?? (input.value.trim() === '' && emptyOption ? emptyOption : shown[0]);
        if (pick) choose(pick.value);
        break;
      }
      case 'Escape':
        if (!isOpen()) return;
        e.preventDefault();
        input.value = labelOf(current);
        close();
        break;
    }
  });
  input.addEventListener('blur', () => {
    // Emptying the input and leaving it means "no choice" where there is one; otherwise the chosen name comes back.
    if (emptyOption && input.value.trim() === '') choose('');
    else {
      input.value = labelOf(current);
      close();
    }
  });
  // Keep the focus in the input while the mouse picks from the list.
  list.addEventListener('mousedown', (e) => e.preventDefault());
  list.addEventListener('click', (e) => {
    const li = (e.target as Element).closest<HTMLElement>('li[role=option]');
    if (li) choose(li.dataset.value ?? '');
  });
  clear.addEventListener('click', () => {
    choose('');
    input.focus();
  });
  showClear();

  const element = h(
    'div',
    { class: 'field picker' },
    h('label', { for: id, id: `${id}-label` }, config.label),
    h('div', { class: 'picker-box' }, input, clear, list),
    h('span', { class: 'sr-only', id: `${id}-hint` }, t('picker.hint')),
    live,
  );
  return {
    element,
    input,
    value: () => current,
    set(value) {
      current = value;
      if (document.activeElement !== input) input.value = labelOf(value);
      showClear();
    },
    has: (value) => (value === '' ? emptyOption !== null : byValue.has(value)),
  };
}
