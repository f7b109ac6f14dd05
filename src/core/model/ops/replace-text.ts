import type { Block, Bullet, Issue, LinkCard, RichText } from '../types';
import { renameSection } from './section-ops';
import { setBulletContent, setCardDescription, updateCardFields } from './card-ops';
import { updateBlock } from './locate';
import { replaceInMarkdownText } from './replace-in-markdown';

/**
 * Replaces `find` with `replacement` in every text an editor can change (section headings, card
 * titles, the text after them, bullets, descriptions, prose, the text of raw blocks), through the same operations the editor uses.
 * URLs, tags and front matter are left alone.
 */
export function replaceText(issue: Issue, find: string, replacement: string): Issue {
  if (find === '') return issue;
  let next = issue;
  for (const section of issue.sections) {
    if (section.heading.includes(find)) {
      next = renameSection(next, section.id, section.heading.split(find).join(replacement));
    }
  }
  for (const block of [...issue.intro, ...issue.sections.flatMap((s) => s.blocks)]) {
    next = replaceInBlock(next, block, find, replacement);
  }
  return next;
}

function replaceInBlock(issue: Issue, block: Block, find: string, replacement: string): Issue {
  if (block.kind === 'card') {
    let next = issue;
    if (block.title.includes(find)) {
      next = updateCardFields(next, block.id, { title: block.title.split(find).join(replacement) });
    }
    for (const bullet of block.bullets)
      next = replaceInBullet(next, block.id, bullet, find, replacement);
    return replaceInCardText(next, block, find, replacement);
  }
  if (block.kind === 'prose') {
    const content = replaceInRichText(block.content, find, replacement);
    if (content === block.content) return issue;
    return updateBlock(issue, block.id, (b) => {
      if (b.kind !== 'prose') return b;
      const { source: _dropped, ...rest } = b;
      return { ...rest, content };
    });
  }
  const markdown = replaceInMarkdownText(block.markdown, find, replacement);
  if (markdown === block.markdown) return issue;
  return updateBlock(issue, block.id, (b) => (b.kind === 'raw' ? { ...b, markdown } : b));
}

/** The text after a card's title link, and the paragraphs of its description. */
function replaceInCardText(issue: Issue, card: LinkCard, find: string, replacement: string): Issue {
  let next = issue;
  const trailing = card.trailing && replaceInRichText(card.trailing, find, replacement);
  if (trailing !== card.trailing) next = updateCardFields(next, card.id, { trailing });
  const description = card.description ?? [];
  const contents = description.map((p) => replaceInRichText(p.content, find, replacement));
  if (contents.some((content, i) => content !== description[i]?.content)) {
    next = setCardDescription(next, card.id, contents);
  }
  return next;
}

function replaceInBullet(
  issue: Issue,
  cardId: string,
  bullet: Bullet,
  find: string,
  replacement: string,
): Issue {
  const content = replaceInRichText(bullet.content, find, replacement);
  return content === bullet.content ? issue : setBulletContent(issue, cardId, bullet.id, content);
}

/** Replaces within each text run (not across runs, nor in link targets); same array if nothing. */
export function replaceInRichText(content: RichText, find: string, replacement: string): RichText {
  if (!content.some((run) => run.kind === 'text' && run.text.includes(find))) return content;
  return content.map((run) =>
    run.kind === 'text' && run.text.includes(find)
      ? { ...run, text: run.text.split(find).join(replacement) }
      : run,
  );
}
