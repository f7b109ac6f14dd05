import type { CardShape } from '../model/card-shape';
import type { Issue, LinkCard } from '../model/types';
import type { TemplateSection, UrlRule } from './template';

/** What the archive's sections are: the template's sections, and what its links suggest. */
export interface LearnedSections {
  /** The sections that recur: in at least a quarter of the issues (all, for one or two). */
  sections: TemplateSection[];
  /** The card shapes found in any section, the rare ones included. */
  shapes: CardShape[];
  urlRules: UrlRule[];
  /** The section with the most cards. */
  defaultSection: string;
}

interface Group {
  names: string[];
  shapes: Set<CardShape>;
  hosts: Map<string, number>;
  cards: number;
  /** Sum of the section's place (0 first, 1 last) over the issues it is in, and their count. */
  place: number;
  seen: number;
}

/** A section recurs when at least this share of the issues have it. */
const RECURRING_SHARE = 0.25;

/** A host goes to a section when at least this many of its cards, and this share, are there. */
const RULE_MIN_CARDS = 3;
const RULE_MIN_SHARE = 0.8;

/**
 * The sections of `issues` (newest first) in their usual order, each named as in the newest issue
 * that has it, with its earlier names: two headings are one section when one holds the other
 * ("Videos and webinars", "New videos and webinars"). A heading a few issues had once ("Flagger
 * 1.11 is here") is a story, not a section: only the sections that recur are kept, or the most
 * frequent one when none does. Each keeps the card shapes found in it, and a host whose links
 * nearly all land in one section becomes a rule suggesting it.
 */
export function learnSections(issues: Issue[]): LearnedSections {
  const groups: Group[] = [];
  for (const issue of issues) {
    issue.sections.forEach((section, index) => {
      const group = groupFor(groups, section.heading);
      group.place += issue.sections.length > 1 ? index / (issue.sections.length - 1) : 0;
      group.seen++;
      for (const block of section.blocks) if (block.kind === 'card') addCard(group, block);
    });
  }
  const named = groups.filter((g) => g.names[0] !== undefined);
  const ordered = recurring(named, issues.length).sort(
    (a, b) => a.place / a.seen - b.place / b.seen,
  );
  const sections = ordered.map((g) => ({
    name: g.names[0] as string,
    aliases: g.names.slice(1),
    cardShapes: [...g.shapes].sort(),
  }));
  const busiest = [...ordered].sort((a, b) => b.cards - a.cards)[0];
  return {
    sections,
    shapes: [...new Set(named.flatMap((g) => [...g.shapes]))].sort(),
    urlRules: urlRules(ordered),
    defaultSection: busiest?.names[0] ?? sections[0]?.name ?? 'Links',
  };
}

function recurring(groups: Group[], issues: number): Group[] {
  const kept = groups.filter((g) => issues <= 2 || g.seen >= RECURRING_SHARE * issues);
  if (kept.length > 0) return kept;
  const [most] = [...groups].sort((a, b) => b.seen - a.seen);
  return most ? [most] : [];
}

function groupFor(groups: Group[], heading: string): Group {
  const name = heading.trim();
  const key = name.toLowerCase();
  const found =
    groups.find((g) => g.names.some((n) => n.toLowerCase() === key)) ??
    groups.find((g) =>
      g.names.some((n) => n.toLowerCase().includes(key) || key.includes(n.toLowerCase())),
    );
  if (found) {
    if (!found.names.some((n) => n.toLowerCase() === key)) found.names.push(name);
    return found;
  }
  const group: Group = {
    names: [name],
    shapes: new Set(),
    hosts: new Map(),
    cards: 0,
    place: 0,
    seen: 0,
  };
  groups.push(group);
  return group;
}

function addCard(group: Group, card: LinkCard): void {
  group.cards++;
  group.shapes.add(
    card.heading !== undefined
      ? 'link-heading'
      : card.style === 'item'
        ? 'link-item'
        : 'link-paragraph',
  );
  const host = hostOf(card.url);
  if (host) group.hosts.set(host, (group.hosts.get(host) ?? 0) + 1);
}

function hostOf(url: string): string | undefined {
  const match = /^https?:\/\/([^/?#:]+)/i.exec(url.trim());
  return match?.[1]?.toLowerCase().replace(/^www\./, '');
}

function urlRules(groups: Group[]): UrlRule[] {
  const totals = new Map<string, number>();
  for (const g of groups)
    for (const [host, n] of g.hosts) totals.set(host, (totals.get(host) ?? 0) + n);
  const rules: (UrlRule & { count: number })[] = [];
  for (const g of groups) {
    for (const [host, n] of g.hosts) {
      const total = totals.get(host) ?? n;
      if (n >= RULE_MIN_CARDS && n / total >= RULE_MIN_SHARE) {
        rules.push({ host, section: g.names[0] as string, count: n });
      }
    }
  }
  return rules.sort((a, b) => b.count - a.count).map(({ host, section }) => ({ host, section }));
}
