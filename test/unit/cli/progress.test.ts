import { describe, expect, it } from 'vitest';
import { progressText } from '../../../src/cli/commands/build.js';

describe('the progress line of a build', () => {
  it('shows the stage at work, and the charts while they are drawn beside the deck', () => {
    const shown: string[] = [];
    const progress = progressText((t) => shown.push(t));
    progress('validate');
    progress('charts', 0, 19);
    progress('charts', 3, 19);
    progress('deck');
    progress('charts', 7, 19);
    progress('charts', 19, 19);
    progress('reports');
    expect(shown).toEqual([
      'validating…',
      'drawing charts 0/19…',
      'drawing charts 3/19…',
      'laying out the deck… (charts 3/19)',
      'laying out the deck… (charts 7/19)',
      'laying out the deck…',
      'writing reports…',
    ]);
  });
});
