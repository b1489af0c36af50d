// The server marks file names and commands in its sentences with backticks, as a terminal reader
// expects ("load one (`rantai trade convert --from comtrade …`)"). A panel shows them as code and
// a briefing as plain words: neither should print the backticks themselves.

/** The text with each `…` part as a <code> element (text set as text, never as HTML). */
export function codeText(text: string): Array<string | HTMLElement> {
  return text.split(/(`[^`]+`)/).flatMap((part): Array<string | HTMLElement> => {
    if (part === '') return [];
    if (part.length > 2 && part.startsWith('`') && part.endsWith('`')) {
      const code = document.createElement('code');
      code.textContent = part.slice(1, -1);
      return [code];
    }
    return [part];
  });
}

/** The text for a document: backticks around file names and commands dropped. */
export const plainText = (text: string): string => text.replace(/`([^`]+)`/g, '$1');
