// A small XML reader for graph files (GraphML, GEXF): elements, attributes, text, CDATA, comments,
// processing instructions and a DOCTYPE (skipped), the five predefined entities and character
// references. Every element keeps the line and column where it starts, so a problem in a graph file
// is reported where it is. Namespace prefixes are kept in `name`; `local` is the name without one.
// Not a validating parser: no DTDs, no external entities (so nothing is ever fetched).
import { text as textOf, type Text } from '../../i18n/index.ts';
import { GraphFileError, positionOf } from './file-error.ts';

export interface XmlElement {
  name: string;
  local: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
  column: number;
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const SPACE = /\s*/y;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function parseXml(text: string, file: string): XmlElement {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (at: number, reason: Text): never => {
    const { line, column } = positionOf(text, at);
    throw new GraphFileError(file, line, column, reason);
  };
  const decode = (raw: string, at: number): string =>
    raw.replace(/&([^;&\s]*);?/g, (whole, name: string, offset: number) => {
      if (!whole.endsWith(';')) fail(at + offset, textOf('xml.ampersand', { got: whole }));
      if (name.startsWith('#')) {
        const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) fail(at + offset, textOf('xml.notCharacter', { name }));
        return String.fromCodePoint(code);
      }
      const value = ENTITIES[name];
      if (value === undefined) fail(at + offset, textOf('xml.unknownEntity', { name }));
      return value!;
    });
  const skipTo = (end: string, what: 'xml.unclosedInstruction' | 'xml.unclosedComment' | 'xml.unclosedCdata'): void => {
    const j = text.indexOf(end, i);
    if (j < 0) fail(i, textOf(what, { end }));
    i = j + end.length;
  };
  const name = (): string => {
    NAME.lastIndex = i;
    const m = NAME.exec(text);
    if (!m) fail(i, textOf('xml.expectedName'));
    i += m![0].length;
    return m![0];
  };
  const space = (): void => {
    SPACE.lastIndex = i;
    i += SPACE.exec(text)![0].length;
  };
  const element = (tag: string, at: number, attrs: Record<string, string>): XmlElement => {
    const { line, column } = positionOf(text, at);
    return { name: tag, local: tag.includes(':') ? tag.slice(tag.indexOf(':') + 1) : tag, attrs, children: [], text: '', line, column };
  };

  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (i < text.length) {
    if (text.startsWith('<?', i)) skipTo('?>', 'xml.unclosedInstruction');
    else if (text.startsWith('<!--', i)) skipTo('-->', 'xml.unclosedComment');
    else if (text.startsWith('<![CDATA[', i)) {
      const start = i + 9;
      skipTo(']]>', 'xml.unclosedCdata');
      if (stack.length === 0) fail(start, textOf('xml.textOutside'));
      stack[stack.length - 1]!.text += text.slice(start, i - 3);
    } else if (text.startsWith('<!DOCTYPE', i)) {
      // Skipped whole, internal subset included; entities it declares are not read.
      let depth = 0;
      for (; i < text.length; i++) {
        if (text[i] === '[') depth++;
        else if (text[i] === ']') depth--;
        else if (text[i] === '>' && depth <= 0) break;
      }
      i++;
    } else if (text.startsWith('</', i)) {
      const at = i;
      i += 2;
      const tag = name();
      space();
      if (text[i] !== '>') fail(i, textOf('xml.expectedClose', { tag }));
      i++;
      const open = stack.pop();
      if (!open) fail(at, textOf('xml.closesNothing', { tag }));
      if (open!.name !== tag) fail(at, textOf('xml.closesOther', { tag, open: open!.name, line: String(open!.line) }));
      if (stack.length === 0) root = open;
    } else if (text[i] === '<') {
      const at = i;
      i++;
      const tag = name();
      const attrs: Record<string, string> = {};
      for (;;) {
        space();
        if (text.startsWith('/>', i) || text[i] === '>') break;
        if (i >= text.length) fail(at, textOf('xml.tagNotClosed', { tag }));
        const attrAt = i;
        const attr = name();
        space();
        if (text[i] !== '=') fail(i, textOf('xml.expectedEquals', { attr }));
        i++;
        space();
        const quote = text[i];
        if (quote !== '"' && quote !== "'") fail(i, textOf('xml.valueQuotes', { attr }));
        const end = text.indexOf(quote!, i + 1);
        if (end < 0) fail(i, textOf('xml.valueNotClosed', { attr }));
        if (Object.hasOwn(attrs, attr)) fail(attrAt, textOf('xml.attrTwice', { attr }));
        attrs[attr] = decode(text.slice(i + 1, end), i + 1);
        i = end + 1;
      }
      const el = element(tag, at, attrs);
      if (stack.length > 0) stack[stack.length - 1]!.children.push(el);
      else if (root) fail(at, textOf('xml.secondRoot'));
      if (text.startsWith('/>', i)) {
        i += 2;
        if (stack.length === 0) root = el;
      } else {
        i++;
        stack.push(el);
      }
    } else {
      const end = text.indexOf('<', i);
      const raw = text.slice(i, end < 0 ? text.length : end);
      if (stack.length === 0) {
        if (raw.trim() !== '') fail(i, textOf('xml.textOutside'));
      } else stack[stack.length - 1]!.text += decode(raw, i);
      i = end < 0 ? text.length : end;
    }
  }
  if (stack.length > 0) fail(text.length, textOf('xml.elementNotClosed', { tag: stack[stack.length - 1]!.name, line: String(stack[stack.length - 1]!.line) }));
  if (!root) fail(0, textOf('xml.noElement'));
  return root!;
}
