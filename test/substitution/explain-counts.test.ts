// The explanation's requirement count when a component has a single requirement: "all 1
// requirements" and "0 of 1 requirements" read wrong in English, so one requirement is named as
// such, in both languages. The expected sentences are written out from the templates in
// server/i18n/messages/substitution.ts.
import { describe, expect, it } from 'vitest';
import { explain, type ExplainInput } from '../../server/analysis/substitution/explain.ts';

const base: ExplainInput = {
  cluster: 'Ceper',
  component: 'brake drum',
  status: 'ready',
  met: 1,
  total: 1,
  gaps: [],
  importValueUsd: 29_000,
  origins: [{ country: 'JPN', name: 'Japan', share: 1 }],
  capacityTonnes: 0,
  importTonnes: null,
  names: (id) => id,
  heldTolerance: () => null,
};

describe('explain with one requirement', () => {
  it('says "the one requirement" when it is met', () => {
    expect(explain(base, 'en')).toBe('Ceper can replace USD 29,000 a year of imported brake drum from Japan now: its members meet the one requirement.');
    expect(explain(base, 'id')).toBe('Ceper sudah siap menggantikan impor brake drum senilai USD 29.000 per tahun dari Jepang: anggotanya memenuhi satu-satunya persyaratan.');
  });

  it('says it is not met when it is the gap', () => {
    const near: ExplainInput = { ...base, status: 'near', met: 0, gaps: [{ kind: 'certification', lever: 'quality-certification', certification: 'ISO 9001' }] };
    expect(explain(near, 'en')).toBe(
      'Ceper is one gap away from replacing USD 29,000 a year of imported brake drum from Japan: its members do not meet the one requirement and it needs ISO 9001 certification; lever: quality coaching and certification.',
    );
    expect(explain(near, 'id')).toContain('anggotanya belum memenuhi satu-satunya persyaratan, dan masih memerlukan sertifikasi ISO 9001');
  });

  it('counts two or more requirements as before', () => {
    expect(explain({ ...base, met: 2, total: 2 }, 'en')).toContain('its members meet all 2 requirements');
    expect(explain({ ...base, status: 'near', met: 1, total: 2, gaps: [{ kind: 'certification', lever: 'quality-certification', certification: 'ISO 9001' }] }, 'en')).toContain(
      'its members meet 1 of 2 requirements',
    );
  });
});
