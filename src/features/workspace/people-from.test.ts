import { describe, expect, it } from 'vitest';
import { peopleFrom } from './people-from';

describe('peopleFrom', () => {
  it('lists the others with their card, this client left out', () => {
    const states = [
      { clientId: 1, user: { name: 'Me', card: 'c1' } },
      { clientId: 2, user: { name: ' Anna ', card: 'c7' } },
      { clientId: 3, user: { name: 'Ben', card: null } },
    ];
    expect(peopleFrom(states, 1)).toEqual([
      { clientId: 2, name: 'Anna', cardId: 'c7' },
      { clientId: 3, name: 'Ben', cardId: undefined },
    ]);
  });

  it('takes only plain text from a state another browser sent', () => {
    const states = [
      { clientId: 4, user: { name: { toString: 'x' }, card: 42 } },
      { clientId: 5, user: 'Mallory' },
      { clientId: 6 },
      { clientId: 7, user: { name: 'x'.repeat(500) } },
    ];
    const people = peopleFrom(states, undefined);
    expect(people.map((p) => p.clientId)).toEqual([4, 7]);
    expect(people[0]).toEqual({ clientId: 4, name: 'Someone', cardId: undefined });
    expect(people[1]?.name).toHaveLength(60);
  });
});
