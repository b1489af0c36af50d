// xmlText, the GraphML and GEXF writers' escaping, worked by hand from XML 1.0 (section 2.2: the
// characters a document may hold; section 2.4: & and < always escaped in text, " inside a
// double-quoted attribute; tab, LF and CR as character references so that attribute-value
// normalisation (3.3.3) keeps them). Text that needs nothing comes back as the same string.
import { describe, expect, it } from 'vitest';
import { xmlText } from '../../server/export/xml.ts';

describe('xmlText', () => {
  it('escapes markup, quotes and whitespace that attribute values would lose', () => {
    expect(xmlText('a&b<c>"d"\r\n\t')).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&#13;&#10;&#9;');
    expect(xmlText("it's")).toBe("it's");
  });

  it('replaces what XML 1.0 cannot hold with U+FFFD: C0 controls, U+FFFE/U+FFFF, a lone surrogate', () => {
    expect(xmlText('\u0001\u0008x\uFFFE\uFFFF')).toBe('\uFFFD\uFFFDx\uFFFD\uFFFD');
    expect(xmlText('\uD800 lone \uDC00')).toBe('\uFFFD lone \uFFFD');
  });

  it('keeps what XML 1.0 allows: a surrogate pair (one astral character), NEL, LINE SEPARATOR, Indonesian text', () => {
    expect(xmlText('ok \uD83D\uDE00 pair')).toBe('ok \uD83D\uDE00 pair');
    expect(xmlText('\u0085\u2028')).toBe('\u0085\u2028');
    expect(xmlText('Sentra IKM Logam Ceper, Klaten')).toBe('Sentra IKM Logam Ceper, Klaten');
    expect(xmlText('')).toBe('');
  });
});
