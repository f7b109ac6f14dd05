/** Someone else in the issue, as their awareness state says (untrusted: checked here). */
export interface Person {
  clientId: number;
  name: string;
  /** The card (block id) they are on, if any. */
  cardId: string | undefined;
}

const NAME_LIMIT = 60;

/**
 * The people in an issue from the provider's awareness states, this client left out: each with a
 * name (text, cut to 60 characters; "Someone" when there is none) and the card they are on.
 * States come from other people's browsers, so nothing but plain text is taken from them.
 */
export function peopleFrom(
  states: readonly { clientId: number; [key: string]: unknown }[],
  self: number | undefined,
): Person[] {
  return states.flatMap((state) => {
    if (state.clientId === self) return [];
    const user = state.user;
    if (typeof user !== 'object' || user === null) return [];
    const { name, card } = user as { name?: unknown; card?: unknown };
    const text = typeof name === 'string' ? name.trim().slice(0, NAME_LIMIT) : '';
    return [
      {
        clientId: state.clientId,
        name: text || 'Someone',
        cardId: typeof card === 'string' && card.length <= 200 ? card : undefined,
      },
    ];
  });
}
