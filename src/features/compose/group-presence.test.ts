import { describe, expect, it } from 'vitest';
import { groupPresence, type GroupPresence } from './group-presence';

const placeholder: GroupPresence = { near: false, shown: false };
const cards: GroupPresence = { near: true, shown: true };

describe('groupPresence', () => {
  it('renders a group as cards when it comes near, and as a placeholder when it goes far', () => {
    const near = groupPresence(placeholder, { type: 'near' });
    expect(near).toEqual({ near: true, shown: true });
    const far = groupPresence(near, { type: 'far', height: 2400, holding: false });
    expect(far).toEqual({ near: false, shown: false, height: 2400 });
  });

  it('keeps the height it had as cards, not the height of its placeholder', () => {
    const far = groupPresence(cards, { type: 'far', height: 2400, holding: false });
    const again = groupPresence(far, { type: 'far', height: 900, holding: false });
    expect(again.height).toBe(2400);
    expect(again).toBe(far);
  });

  it('keeps a group that holds focus or a drag as cards until it is released', () => {
    const held = groupPresence(cards, { type: 'far', height: 2400, holding: true });
    expect(held).toEqual({ near: false, shown: true, height: 2400 });
    expect(groupPresence(held, { type: 'released' })).toEqual({
      near: false,
      shown: false,
      height: 2400,
    });
  });

  it('renders a far group whose block is wanted, until the viewport next says it is far', () => {
    const wanted = groupPresence(placeholder, { type: 'wanted' });
    expect(wanted).toEqual({ near: false, shown: true });
    expect(groupPresence(wanted, { type: 'far', height: 1800, holding: false }).shown).toBe(false);
  });

  it('does not hide a near group when focus leaves it', () => {
    expect(groupPresence(cards, { type: 'released' })).toBe(cards);
  });

  it('returns the same state when nothing changes, so nothing renders again', () => {
    expect(groupPresence(cards, { type: 'near' })).toBe(cards);
    expect(groupPresence(cards, { type: 'wanted' })).toBe(cards);
    expect(groupPresence(placeholder, { type: 'released' })).toBe(placeholder);
  });
});
