import * as Y from 'yjs';
import { issueDocNames } from '../../src/core/collab/issue-doc-names';

/** The Y.Text that holds a card's title in an issue document. Test-only. */
export function sharedTitle(doc: Y.Doc, cardId: string): Y.Text {
  const sections = doc.getMap<unknown>(issueDocNames.issue).get('sections');
  if (!(sections instanceof Y.Array)) throw new Error('the document has no sections');
  for (const section of sections.toArray() as Y.Map<unknown>[]) {
    const blocks = section.get('blocks') as Y.Array<Y.Map<unknown>>;
    const card = blocks.toArray().find((block) => block.get('id') === cardId);
    const title = card?.get('title');
    if (title instanceof Y.Text) return title;
  }
  throw new Error(`no card ${cardId} in the document`);
}
