// Languages (English and Bahasa Indonesia) on the server: the message catalogue every sentence the
// server writes comes from, number formats per language, names of the product's vocabulary, warnings
// as {code, message}, and which language a request asks for. Public face of the folder.
export { LANGS, LangSchema, LangTagSchema, DEFAULT_LANG, langParam, errorLangParam, errorLangQueryShape, probeQueryShape, fromAcceptLanguage, resolveLang, langOf, requestLang, type Lang, type LangRequest } from './lang.ts';
export { text, render, renderParam, isText, type Text, type TextParam, type TextArgs, type Grouped, type Bytes, type PerLang, type Joined } from './text.ts';
export { say, sayIn, CATALOGUE, EN, PARTS, type MessageKey, type MessageArgs, type Say } from './catalogue.ts';
export { fill, placeholders, fixedParts, type Params, type PlaceholderNames } from './template.ts';
export { count, whole, decimal, fixed, usd, usdShort, percent, list } from './format.ts';
export { inSentence } from './in-sentence.ts';
export { countryName, alpha2 } from './countries.ts';
export { names, categoryName, categoryNames, labelMapShape } from './labels.ts';
export { warning, warningShape, warningScope, WARNING_CODES, type Warning, type WarningCode } from './warning.ts';
