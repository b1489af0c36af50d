// A light code editor for Cypher: a plain <textarea> (so typing, selection, undo, screen readers
// and mobile keyboards all work as usual) over a <pre> that shows the same text highlighted by the
// tokenizer. The two share font, padding and wrapping, and the <pre> follows the textarea's scroll.
// Ctrl+Enter (Cmd+Enter on a Mac) runs the query; Tab is left alone so keyboard users can move on.
import { h } from '../../app/dom.ts';
import { tokenize } from './tokenizer.ts';

export interface CypherEditor {
  element: HTMLElement;
  textarea: HTMLTextAreaElement;
  value(): string;
  setValue(text: string): void;
  focus(): void;
}

export function cypherEditor(options: { id: string; label: string; hint: string; value: string; onRun: () => void }): CypherEditor {
  const code = h('code');
  const pre = h('pre', { class: 'cy-highlight', 'aria-hidden': 'true' }, code);
  const textarea = h('textarea', {
    id: options.id,
    class: 'cy-input',
    spellcheck: 'false',
    autocapitalize: 'off',
    autocomplete: 'off',
    wrap: 'soft',
    rows: 10,
    'aria-describedby': `${options.id}-hint`,
  });
  textarea.value = options.value;

  const paint = () => {
    const parts: Node[] = tokenize(textarea.value).map((tok) => (tok.kind === 'space' || tok.kind === 'punctuation' || tok.kind === 'identifier' ? document.createTextNode(tok.text) : h('span', { class: `cy-${tok.kind}` }, tok.text)));
    // A trailing newline needs something after it, or the <pre> is one line shorter than the textarea.
    parts.push(document.createTextNode('\n'));
    code.replaceChildren(...parts);
    syncScroll();
  };
  const syncScroll = () => {
    pre.scrollTop = textarea.scrollTop;
    pre.scrollLeft = textarea.scrollLeft;
  };
  textarea.addEventListener('input', paint);
  textarea.addEventListener('scroll', syncScroll);
  textarea.addEventListener('keydown', (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      options.onRun();
    }
  });
  paint();

  const element = h(
    'div',
    { class: 'cy-editor-field' },
    h('label', { for: options.id, class: 'cy-field-label' }, options.label),
    h('div', { class: 'cy-editor' }, pre, textarea),
    h('p', { id: `${options.id}-hint`, class: 'hint' }, options.hint),
  );
  return {
    element,
    textarea,
    value: () => textarea.value,
    setValue(text: string) {
      textarea.value = text;
      paint();
    },
    focus: () => textarea.focus(),
  };
}
