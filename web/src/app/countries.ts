// Country names on screen in the UI language (Tiongkok, Jepang, Korea Selatan in Indonesian), from
// the module the server's sentences use too (server/i18n/countries.ts: ISO alpha-3 → alpha-2 and
// Intl.DisplayNames); the dataset's name in English, and for codes Intl cannot name.
import { countryName } from '../../../server/i18n/countries.ts';
import { lang } from './i18n.ts';

/** The name of a country node or origin for the reader: countryLabel('CHN', 'China') → 'Tiongkok' in Indonesian. */
export const countryLabel = (id: string, datasetName?: string | null): string => countryName(lang(), id, datasetName);

/** A node's name as shown: countries in the UI language, everything else as the dataset names it. */
export const nodeName = (n: { id: string; label: string; name: string }): string => (n.label === 'Country' ? countryLabel(n.id, n.name) : n.name);
