import { importIssue } from '../../src/core/markdown/import-issue';
import { exportIssue } from '../../src/core/markdown/export-issue';
import type { Issue, LinkCard } from '../../src/core/model/types';
import { readCorpus } from '../helpers/corpus.ts';

/** Corpus issues 064-078, whose cards fill the long issue. */
const SOURCES = Array.from({ length: 15 }, (_, i) => `${String(64 + i).padStart(3, '0')}.md`);

const read = (name: string): Issue => importIssue(readCorpus(name), { id: name });

/**
 * The markdown of an issue of `size` cards in the sections of corpus issue 078 that hold cards:
 * the corpus's cards repeated in turn, each title numbered ("... (no. 17)") so that every card
 * can be told from the others. The same kind of issue as the bench's synthetic ones, built here
 * so that the browser test needs nothing from bench/.
 */
export function longIssue(size: number): { markdown: string; sections: string[] } {
  const base = read('078.md');
  const cards = SOURCES.flatMap((name) =>
    read(name).sections.flatMap((section) =>
      section.blocks.filter((block): block is LinkCard => block.kind === 'card'),
    ),
  );
  const kept = base.sections.filter((section) => section.blocks.some((b) => b.kind === 'card'));
  const eol = base.dialect.eol;
  let n = 0;
  const sections = kept.map((section, index) => {
    const count = Math.floor(size / kept.length) + (index < size % kept.length ? 1 : 0);
    const blocks = Array.from({ length: count }, (): LinkCard => {
      const card = cards[n % cards.length] as LinkCard;
      n += 1;
      const { headerSource: _header, ...rest } = card;
      return { ...rest, id: `long-${n}`, title: `${card.title} (no. ${n})`, after: eol + eol };
    });
    return { ...section, blocks };
  });
  return {
    markdown: exportIssue({ ...base, sections }),
    sections: sections.map((section) => section.heading),
  };
}
