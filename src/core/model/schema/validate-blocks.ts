// Validators for the body of an issue: bullets, blocks (card, prose, raw) and sections.

import { checkRichText } from './validate-rich-text';
import {
  expectBoolean,
  expectEach,
  expectInteger,
  expectObject,
  expectOneOf,
  expectOptionalString,
  expectString,
  field,
} from './validate-primitives';

export function checkBullet(value: unknown, path: string): void {
  const bullet = expectObject(value, path);
  expectString(bullet.id, field(path, 'id'));
  expectInteger(bullet.depth, field(path, 'depth'), 1, 3);
  checkRichText(bullet.content, field(path, 'content'));
  expectOptionalString(bullet.source, field(path, 'source'));
  expectString(bullet.after, field(path, 'after'));
}

function checkCard(card: Record<string, unknown>, path: string): void {
  expectString(card.title, field(path, 'title'));
  expectString(card.url, field(path, 'url'));
  expectOptionalString(card.tag, field(path, 'tag'));
  expectEach(card.bullets, field(path, 'bullets'), checkBullet);
  expectOneOf(card.style, ['item', 'paragraph'], field(path, 'style'));
  expectOptionalString(card.headerSource, field(path, 'headerSource'));
  expectString(card.headerAfter, field(path, 'headerAfter'));
  checkCardShape(card, path);
}

/** The fields of the card shapes beyond a list item (all optional: a widening of version 1). */
function checkCardShape(card: Record<string, unknown>, path: string): void {
  if (card.bold !== undefined) expectBoolean(card.bold, field(path, 'bold'));
  if (card.heading !== undefined) expectInteger(card.heading, field(path, 'heading'), 1, 6);
  if (card.trailing !== undefined) checkRichText(card.trailing, field(path, 'trailing'));
  if (card.description !== undefined) {
    expectEach(card.description, field(path, 'description'), checkCardParagraph);
  }
}

function checkCardParagraph(value: unknown, path: string): void {
  const paragraph = expectObject(value, path);
  expectString(paragraph.id, field(path, 'id'));
  checkRichText(paragraph.content, field(path, 'content'));
  expectOptionalString(paragraph.source, field(path, 'source'));
  expectString(paragraph.after, field(path, 'after'));
}

export function checkBlock(value: unknown, path: string): void {
  const block = expectObject(value, path);
  const kind = expectOneOf(block.kind, ['card', 'prose', 'raw'], field(path, 'kind'));
  expectString(block.id, field(path, 'id'));
  expectString(block.after, field(path, 'after'));
  if (kind === 'card') {
    checkCard(block, path);
  } else if (kind === 'prose') {
    checkRichText(block.content, field(path, 'content'));
    expectOptionalString(block.source, field(path, 'source'));
  } else {
    expectString(block.markdown, field(path, 'markdown'));
  }
}

export function checkSection(value: unknown, path: string): void {
  const section = expectObject(value, path);
  expectString(section.id, field(path, 'id'));
  expectString(section.heading, field(path, 'heading'));
  expectInteger(section.level, field(path, 'level'), 1, 6);
  expectOptionalString(section.headingSource, field(path, 'headingSource'));
  expectString(section.headingAfter, field(path, 'headingAfter'));
  expectEach(section.blocks, field(path, 'blocks'), checkBlock);
}
