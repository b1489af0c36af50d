// The briefing basket: views captured one by one (each with the state it had when added, in the
// language of that moment) and exported together as one deck or one PDF. It lives as long as the
// page (switching views or the language keeps it); listeners hear every change.
import type { BriefingDoc } from './capture.ts';

const docs: BriefingDoc[] = [];
const listeners = new Set<(count: number) => void>();
const tell = () => {
  for (const l of listeners) l(docs.length);
};

export const basket = {
  add(doc: BriefingDoc): number {
    docs.push(doc);
    tell();
    return docs.length;
  },
  clear(): void {
    docs.length = 0;
    tell();
  },
  list(): readonly BriefingDoc[] {
    return [...docs];
  },
  size(): number {
    return docs.length;
  },
  onChange(listener: (count: number) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
