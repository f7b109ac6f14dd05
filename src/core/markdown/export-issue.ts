import type { Block, Issue, Section } from '../model/types';
import { writeFrontMatter } from '../front-matter/write-front-matter';
import { writeBlockBody } from './export-block';
import { writeHeading } from './write-heading';
import { buildLineMap } from './line-map';

/**
 * Writes the issue as a Hugo content file: every part that still holds its source as read, the
 * rest in the issue's dialect. An unedited import comes back byte for byte.
 */
export function exportIssue(issue: Issue): string {
  return exportIssueWithLines(issue).text;
}

/** The exported text and the 1-based line where each section heading and block starts. */
export function exportIssueWithLines(issue: Issue): { text: string; lines: Map<string, number> } {
  const parts: string[] = [];
  const offsets = new Map<string, number>();
  let offset = 0;
  const push = (text: string, id?: string) => {
    if (id) offsets.set(id, offset);
    parts.push(text);
    offset += text.length;
  };
  const { dialect } = issue;
  push(dialect.bom ? '\uFEFF' : '');
  push(writeFrontMatter(issue.frontMatter, dialect.eol));
  push(issue.preamble);
  pushBlocks(issue.intro, issue, push);
  issue.sections.forEach((section, i) => {
    const endsFile =
      i === issue.sections.length - 1 && section.blocks.length === 0 && issue.epilogue === '';
    push(writeSectionHeading(section, issue, endsFile), section.id);
    pushBlocks(section.blocks, issue, push);
  });
  push(issue.epilogue);
  const text = parts.join('');
  return { text, lines: lineNumbers(text, offsets) };
}

/**
 * The 1-based line at each offset (offsets in increasing order), lines ending where the importer
 * ends them: at LF, CRLF or a bare CR.
 */
function lineNumbers(text: string, offsets: Map<string, number>): Map<string, number> {
  const { starts } = buildLineMap(text);
  const lines = new Map<string, number>();
  let index = 0;
  for (const [id, at] of offsets) {
    while (index + 1 < starts.length && (starts[index + 1] as number) <= at) index++;
    lines.set(id, index + 1);
  }
  return lines;
}

/**
 * The heading and the text up to its first block. An empty `headingAfter` gets a blank line when
 * something follows; a heading that ends the file (read from one without a final newline) keeps
 * it empty.
 */
function writeSectionHeading(section: Section, issue: Issue, endsFile: boolean): string {
  const heading = section.headingSource ?? writeHeading(section.heading, section.level);
  const { eol } = issue.dialect;
  return heading + (section.headingAfter || (endsFile ? '' : eol + eol));
}

function pushBlocks(
  blocks: Block[],
  issue: Issue,
  push: (text: string, id?: string) => void,
): void {
  const { eol } = issue.dialect;
  blocks.forEach((block, i) => {
    const last = i === blocks.length - 1;
    push(writeBlockBody(block, issue.dialect) + (block.after || (last ? '' : eol + eol)), block.id);
  });
}
