// The console's example parameters on a dataset without the seed's ids (web/src/views/console/examples.ts):
// a generated national dataset has components gco-0000… and no c-cylinder-sleeve, so the first
// example, run as loaded, answered nothing there.
import { describe, expect, it } from 'vitest';
import type { CatalogOut } from '../../server/api/routes/catalog.ts';
import { EXAMPLES, exampleParams } from '../../web/src/views/console/examples.ts';

const example = (id: string) => EXAMPLES.find((e) => e.id === id)!;
const catalog = (components: string[], materials: string[]) =>
  ({ components: components.map((id) => ({ id, name: id })), materials: materials.map((id) => ({ id, name: id })) }) as unknown as CatalogOut;

describe('exampleParams', () => {
  it('keeps the seed’s ids where the dataset has them', () => {
    expect(exampleParams(example('importShare'), catalog(['c-brake-drum', 'c-cylinder-sleeve'], []))).toEqual({ component: 'c-cylinder-sleeve' });
    expect(exampleParams(example('nearFc250'), catalog([], ['m-fc200', 'm-fc250']))).toEqual({ material: 'm-fc250', km: 200 });
  });

  it('puts the first of the dataset’s own ids in place of one it lacks, and leaves other values alone', () => {
    expect(exampleParams(example('importShare'), catalog(['gco-0000', 'gco-0001'], []))).toEqual({ component: 'gco-0000' });
    expect(exampleParams(example('nearFc250'), catalog([], ['m-x']))).toEqual({ material: 'm-x', km: 200 });
  });

  it('leaves them as written without a catalogue or with an empty list', () => {
    expect(exampleParams(example('importShare'), null)).toEqual({ component: 'c-cylinder-sleeve' });
    expect(exampleParams(example('importShare'), catalog([], []))).toEqual({ component: 'c-cylinder-sleeve' });
  });
});
