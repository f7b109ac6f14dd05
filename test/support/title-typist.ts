import { bindIssueDoc } from '../../src/core/collab/bind-issue-doc';
import { updateCardFields } from '../../src/core/model/ops/card-ops';
import { findCard } from '../../src/core/model/ops/locate';
import type { OpenWorkspaceDoc } from '../../src/cli/open-workspace-doc';

export interface TitleTypist {
  /** Everything typed so far. */
  typed(): string;
  /** What was typed up to the last moment the server had acknowledged every update sent. */
  acknowledged(): string;
  /** When each character was typed (performance.now()), by its index in what was typed. */
  readonly typedAt: number[];
  stop(): void;
}

/**
 * Types into one card's title through the model and the document, a character every `everyMs`,
 * as the editor would: each keystroke is one edit of the issue as the document holds it then
 * (others' edits included), written through the binding. Test-only.
 */
export function titleTypist(
  client: OpenWorkspaceDoc,
  cardId: string,
  letters: string,
  everyMs = 15,
): TitleTypist {
  const binding = bindIssueDoc(client.doc);
  const issue = binding.current();
  const base = (issue && findCard(issue, cardId)?.title) ?? '';
  let typed = '';
  let acknowledged = '';
  const typedAt: number[] = [];
  client.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
    if (number === 0) acknowledged = typed;
  });
  const timer = setInterval(() => {
    typedAt.push(performance.now());
    typed += letters[typed.length % letters.length];
    binding.edit((current) => updateCardFields(current, cardId, { title: base + typed }));
  }, everyMs);
  return {
    typed: () => typed,
    acknowledged: () => acknowledged,
    typedAt,
    stop: () => {
      clearInterval(timer);
      binding.destroy();
    },
  };
}
