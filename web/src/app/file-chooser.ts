// A file input drawn in the page's language. The browser writes its own file input ("Choose File",
// "No file chosen") in the browser's language, not the page's: an Indonesian page showed English
// there. The input is kept (keyboard, screen readers, tests set files on it) but hidden, drawn by a
// label styled as a button and a line naming what is chosen.
import { h } from './dom.ts';
import './file-chooser.css';

export interface FileChooserTexts {
  /** The button: "Choose files…". */
  choose: string;
  /** The line before anything is chosen. */
  none: string;
  /** The line naming the files chosen. */
  chosen: (names: string[]) => string;
}

/** The input inside its chooser (the element to place); `input` must have an id. */
export function fileChooser(input: HTMLInputElement, texts: FileChooserTexts): HTMLElement {
  input.classList.add('file-input');
  const line = h('span', { id: `${input.id}-chosen`, class: 'file-chosen' }, texts.none);
  input.addEventListener('change', () => {
    const names = [...(input.files ?? [])].map((f) => f.name);
    line.textContent = names.length === 0 ? texts.none : texts.chosen(names);
  });
  return h('div', { class: 'file-chooser' }, input, h('label', { for: input.id, class: 'file-button', 'aria-hidden': 'true' }, texts.choose), line);
}
