import type { Block, Dialect, Issue, Section } from '../model/types';
import { writeBlockBody } from '../markdown/export-block';

/**
 * `incoming` (a file imported afresh, with new ids) with every section and block that reads the
 * same as one of `current`'s taken over from `current`, ids and all. Written into the document
 * over `current`, it then changes only what the file changed: someone editing another card at
 * the same moment keeps their edit.
 */
export function adoptUnchangedParts(current: Issue, incoming: Issue): Issue {
  const pool = new BlockPool(current.intro, current.dialect);
  const intro = incoming.intro.map((block) => pool.take(block, incoming.dialect));
  const unused = [...current.sections];
  const sections = incoming.sections.map((section) => {
    const at = unused.findIndex((old) => sameHeading(old, section));
    if (at < 0) return section;
    const [old] = unused.splice(at, 1) as [Section];
    const blocks = new BlockPool(old.blocks, current.dialect);
    const adopted = {
      ...section,
      id: old.id,
      blocks: section.blocks.map((b) => blocks.take(b, incoming.dialect)),
    };
    const same =
      sameSectionFields(old, adopted) &&
      adopted.blocks.length === old.blocks.length &&
      adopted.blocks.every((block, i) => block === old.blocks[i]);
    return same ? old : adopted;
  });
  return { ...incoming, intro, sections };
}

function sameHeading(a: Section, b: Section): boolean {
  return a.heading === b.heading && a.level === b.level;
}

function sameSectionFields(a: Section, b: Section): boolean {
  return (
    sameHeading(a, b) && a.headingSource === b.headingSource && a.headingAfter === b.headingAfter
  );
}

/** The blocks of one part of the current issue, each taken at most once, by how it reads. */
class BlockPool {
  private readonly byText = new Map<string, Block[]>();

  constructor(blocks: Block[], dialect: Dialect) {
    for (const block of blocks) {
      const key = textOf(block, dialect);
      this.byText.set(key, [...(this.byText.get(key) ?? []), block]);
    }
  }

  /** The current block that reads exactly as `block` does, or `block` itself when none is left. */
  take(block: Block, dialect: Dialect): Block {
    return this.byText.get(textOf(block, dialect))?.shift() ?? block;
  }
}

function textOf(block: Block, dialect: Dialect): string {
  return `${block.kind}\u0000${writeBlockBody(block, dialect)}\u0000${block.after}`;
}
