// Documents drop the backticks the server puts around file names and commands (web/src/app/code-text.ts);
// the expected sentences are the API's warnings with the backticks taken out by hand.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../web/src/app/code-text.ts';

describe('plain text for documents', () => {
  it('drops the backticks around file names and commands, and only those', () => {
    expect(plainText('No world trade table is loaded (`world_trade.csv`), so product complexity (PCI) is not available; load one (`rantai trade convert --from baci --world …`).')).toBe(
      'No world trade table is loaded (world_trade.csv), so product complexity (PCI) is not available; load one (rantai trade convert --from baci --world …).',
    );
    expect(plainText('gunakan angka pembeli (`basis=buyers`).')).toBe('gunakan angka pembeli (basis=buyers).');
    // A lone backtick is no marking and stays.
    expect(plainText('a ` b')).toBe('a ` b');
  });
});
