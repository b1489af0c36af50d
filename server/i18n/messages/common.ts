// Pieces every sentence uses: lists ("a, b and c"; Indonesian puts a comma before the last "dan",
// as PUEBI writes series), money with its scale words, percentages, and "none" / "not recorded".
// The digits themselves are formatted in format.ts (1,234.5 in English, 1.234,5 in Indonesian).
import type { Translation } from './translation.ts';

export const en = {
  'list.two': '{a} and {b}',
  'list.many': '{rest} and {last}',
  'usd.billion': 'USD {x} billion',
  'usd.million': 'USD {x} million',
  'usd.m': 'USD {x} m',
  'usd.plain': 'USD {x}',
  percent: '{x}%',
  none: 'none',
  notRecorded: 'not recorded',
} as const;

export const id: Translation<typeof en> = {
  'list.two': '{a} dan {b}',
  'list.many': '{rest}, dan {last}',
  'usd.billion': 'USD {x} miliar',
  'usd.million': 'USD {x} juta',
  'usd.m': 'USD {x} juta',
  'usd.plain': 'USD {x}',
  percent: '{x}%',
  none: 'tidak ada',
  notRecorded: 'tidak tercatat',
};
