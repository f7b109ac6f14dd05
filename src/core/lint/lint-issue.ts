import type { Issue, LinkCard } from '../model/types';
import { exportIssueWithLines } from '../markdown/export-issue';
import { fillPattern } from '../template/next-issue';
import type { NewsletterTemplate } from '../template/template';
import { getFrontMatterString } from '../front-matter/get-front-matter-string';
import { cardLinkFacts } from './card-link-facts';
import type { LintCode } from './lint-code';

/** A problem found in an issue; `target` is the id of the part to focus (a card or a section). */
export interface LintProblem {
  code: LintCode;
  message: string;
  line: number;
  target?: string;
  field?: 'title' | 'description' | 'url' | 'summary';
}

/**
 * The checks of `broadsheet check` and of the editor's lint panel, in file order: those the
 * template says apply, the title and description checks only where it has those patterns.
 */
export function lintIssue(issue: Issue, template: NewsletterTemplate): LintProblem[] {
  const { lines } = exportIssueWithLines(issue);
  const problems: LintProblem[] = [...lintFrontMatter(issue, template)];
  const seen = new Map<string, LinkCard>();
  for (const section of issue.sections) {
    const sectionLine = lines.get(section.id) ?? 1;
    if (section.blocks.length === 0) {
      const message = `section "${section.heading}" is empty`;
      problems.push({ code: 'empty-section', message, line: sectionLine, target: section.id });
    }
    for (const block of section.blocks) {
      if (block.kind !== 'card') continue;
      const line = lines.get(block.id) ?? sectionLine;
      problems.push(...lintCard(block, line, seen));
    }
  }
  const applies = new Set(template.lintChecks);
  return problems.filter((p) => applies.has(p.code)).sort((a, b) => a.line - b.line);
}

function lintCard(card: LinkCard, line: number, seen: Map<string, LinkCard>): LintProblem[] {
  const problems: LintProblem[] = [];
  const at = { line, target: card.id };
  if (card.bullets.length === 0 && !card.description?.length) {
    problems.push({
      code: 'card-without-summary',
      message: `card "${card.title}" has no summary`,
      field: 'summary',
      ...at,
    });
  }
  const { key, problems: linkProblems } = cardLinkFacts(card);
  const first = key === undefined ? undefined : seen.get(key);
  if (first) {
    problems.push({
      code: 'duplicate-url',
      message: `${card.url} is already linked by "${first.title}"`,
      field: 'url',
      ...at,
    });
  } else if (key !== undefined) {
    seen.set(key, card);
  }
  for (const problem of linkProblems) problems.push({ ...problem, field: 'url', ...at });
  return problems;
}

function lintFrontMatter(issue: Issue, template: NewsletterTemplate): LintProblem[] {
  const slug = getFrontMatterString(issue.frontMatter, 'slug') ?? '';
  const date = getFrontMatterString(issue.frontMatter, 'date') ?? '';
  const problems: LintProblem[] = [];
  const checks = [
    ['title', template.patterns.title, 'title-pattern'],
    ['description', template.patterns.description, 'description-pattern'],
  ] as const;
  for (const [key, pattern, code] of checks) {
    if (pattern === undefined) continue;
    const expected = fillPattern(pattern, slug, date);
    const actual = getFrontMatterString(issue.frontMatter, key);
    if (actual !== expected) {
      const message = `${key} should be "${expected}"${actual === undefined ? ' (missing)' : `, not "${actual}"`}`;
      problems.push({ code, message, line: entryLine(issue, key), field: key });
    }
  }
  return problems;
}

function entryLine(issue: Issue, key: string): number {
  // After the opening fence, and any blank lines before it.
  let line = 1 + (issue.frontMatter.open.match(/\r\n?|\n/g)?.length ?? 1);
  for (const entry of issue.frontMatter.entries) {
    if (entry.key === key) return line + leadingLines(entry.source);
    line += entry.source?.match(/\r\n?|\n/g)?.length ?? 1;
  }
  return 1;
}

function leadingLines(source: string | undefined): number {
  const lead = /^(?:[ \t]*(?:#[^\r\n]*)?(?:\r\n?|\n))*/.exec(source ?? '')?.[0] ?? '';
  return lead.match(/\r\n?|\n/g)?.length ?? 0;
}
