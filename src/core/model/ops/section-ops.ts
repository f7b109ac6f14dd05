import type { Issue, Section } from '../types';
import { newId } from '../new-id';
import { findSectionIndex } from './locate';

export function renameSection(issue: Issue, sectionId: string, heading: string): Issue {
  const sections = issue.sections.map((s) => {
    if (s.id !== sectionId || s.heading === heading) return s;
    const { headingSource: _dropped, ...rest } = s;
    return { ...rest, heading };
  });
  return { ...issue, sections };
}

/** Adds an empty section at `index` (the end by default) at the issue's heading level. */
export function addSection(issue: Issue, heading: string, index = issue.sections.length): Issue {
  const { eol } = issue.dialect;
  const section: Section = {
    id: newId('s'),
    heading,
    level: issue.dialect.headingLevel,
    headingAfter: eol + eol,
    blocks: [],
  };
  const sections = issue.sections.slice();
  const at = Math.max(0, Math.min(index, sections.length));
  const previous = at > 0 ? sections[at - 1] : undefined;
  if (previous && !endsWithBlankLine(previous))
    sections[at - 1] = withTrailingGap(previous, eol + eol);
  if (at === sections.length && previous) section.headingAfter = trailingGap(previous) || eol + eol;
  sections.splice(at, 0, section);
  return { ...issue, sections };
}

export function removeSection(issue: Issue, sectionId: string): Issue {
  return { ...issue, sections: issue.sections.filter((s) => s.id !== sectionId) };
}

export function moveSection(issue: Issue, sectionId: string, index: number): Issue {
  const from = findSectionIndex(issue, sectionId);
  if (from < 0 || from === index) return issue;
  const sections = issue.sections.slice();
  const [moved] = sections.splice(from, 1);
  if (!moved) return issue;
  sections.splice(Math.max(0, Math.min(index, sections.length)), 0, moved);
  return { ...issue, sections: sections.map(ensureTrailingBlank(issue.dialect.eol)) };
}

function trailingGap(section: Section): string {
  const last = section.blocks[section.blocks.length - 1];
  return last ? last.after : section.headingAfter;
}

function endsWithBlankLine(section: Section): boolean {
  return /(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)$/.test(trailingGap(section));
}

function withTrailingGap(section: Section, gap: string): Section {
  const last = section.blocks[section.blocks.length - 1];
  if (!last) return { ...section, headingAfter: gap };
  return { ...section, blocks: [...section.blocks.slice(0, -1), { ...last, after: gap }] };
}

/** After a reorder every section but the last must end with a blank line before the next one. */
function ensureTrailingBlank(eol: string) {
  return (section: Section, i: number, all: Section[]): Section =>
    i < all.length - 1 && !endsWithBlankLine(section)
      ? withTrailingGap(section, eol + eol)
      : section;
}
