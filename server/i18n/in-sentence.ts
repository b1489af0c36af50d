// A data name inside a sentence: "Grey iron FC250" → "grey iron FC250"; "CNC machining", "ECU" and
// "PT KAI" stay. Names stay as the dataset gives them otherwise, in either language.
export const inSentence = (name: string): string => (/^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name);
