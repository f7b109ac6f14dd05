import { describe, expect, it } from 'vitest';
import { changedLines } from '../../test/helpers/changed-lines';
import { readCorpus } from '../../test/helpers/corpus';
import { InputError } from '../core/errors';
import { addCardText } from './commands';

const card = { title: 'A talk', url: 'https://youtu.be/kx7mjL1ZDyA' };

describe('addCardText', () => {
  it('finds 056\'s "New videos and webinars" by the template\'s current name', () => {
    const text = readCorpus('056.md');
    const edited = addCardText(text, { ...card, section: 'Videos and webinars' });
    expect(changedLines(text, edited)).toEqual({
      removed: [],
      added: ['* [A talk](https://youtu.be/kx7mjL1ZDyA)'],
    });
    expect(edited.indexOf('* [A talk]')).toBeGreaterThan(edited.indexOf('## New videos and'));
    expect(edited.indexOf('* [A talk]')).toBeLessThan(edited.indexOf('## Open source projects'));
  });

  it('still refuses a section the issue has under no name', () => {
    expect(() => addCardText(readCorpus('018.md'), { ...card, section: 'Videos' })).toThrow(
      InputError,
    );
  });
});
