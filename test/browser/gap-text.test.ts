// A gap names a process or material mid-sentence, written as the server writes names there
// (server/i18n/in-sentence.ts): "no member can do surface treatment and plating", not "… do
// Surface treatment and plating"; a name that starts with an acronym stays ("CNC machining").
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLang } from '../../web/src/app/i18n.ts';
import '../../web/src/views/opportunities/messages.ts';
import { gapText } from '../../web/src/views/opportunities/labels.ts';

beforeAll(() => {
  (globalThis as { document?: unknown }).document ??= { documentElement: { lang: 'en' } };
});
afterEach(() => setLang('en'));

const names = { process: (id: string) => (id === 'p-surface' ? 'Surface treatment and plating' : 'CNC machining'), material: () => 'Grey iron FC250' };
const gap = (kind: 'process' | 'material', id: string) => ({ kind, lever: 'machinery-restructuring', ...(kind === 'process' ? { process: id } : { material: id }) }) as Parameters<typeof gapText>[0];

describe('gap sentences', () => {
  it('write data names in lower case mid-sentence, acronyms kept, in both languages', () => {
    expect(gapText(gap('process', 'p-surface'), names)).toBe('no member can do surface treatment and plating');
    expect(gapText(gap('process', 'p-cnc'), names)).toBe('no member can do CNC machining');
    setLang('id');
    expect(gapText(gap('process', 'p-surface'), names)).toBe('tidak ada anggota yang dapat mengerjakan surface treatment and plating');
    expect(gapText(gap('material', 'm-fc250'), names)).toBe('tidak ada anggota yang mengolah grey iron FC250');
  });
});
