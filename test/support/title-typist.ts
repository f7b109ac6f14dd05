import { readIssueFromDoc } from '../../src/core/collab/read-issue-from-doc';
import { writeIssueToDoc } from '../../src/core/collab/write-issue-to-doc';
import { updateCardFields } from '../../src/core/model/ops/card-ops';
import { findCard } from '../../src/core/model/ops/locate';
import type { Issue } from '../../src/core/model/types';
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
 * as the editor would: each keystroke is one edit written into the client's document. Test-only.
 */
export function titleTypist(
  client: OpenWorkspaceDoc,
  cardId: string,
  letters: string,
  everyMs = 15,
): TitleTypist {
  let issue = readIssueFromDoc(client.doc) as Issue;
  const base = findCard(issue, cardId)?.title ?? '';
  let typed = '';
  let acknowledged = '';
  const typedAt: number[] = [];
  client.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
    if (number === 0) acknowledged = typed;
  });
  const timer = setInterval(() => {
    typedAt.push(performance.now());
    typed += letters[typed.length % letters.length];
    const next = updateCardFields(issue, cardId, { title: base + typed });
    writeIssueToDoc(client.doc, issue, next);
    issue = next;
  }, everyMs);
  return {
    typed: () => typed,
    acknowledged: () => acknowledged,
    typedAt,
    stop: () => clearInterval(timer),
  };
}
