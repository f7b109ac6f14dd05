import type { Block, Issue, LinkCard } from '../model/types';
import { eksNewsTemplate } from '../template/eks-news';
import { compareSlugs, issueSlug } from './issue-slug';
import { linksInMarkdown, linksInRichText } from './links-in-text';
import { normalizeUrl } from './normalize-url';

/** Where a link sits in an issue: a card's own URL, a link in a card's bullets, or prose. */
export type LinkPlace = 'card' | 'bullet' | 'prose';

export interface LinkOccurrence {
  issueId: string;
  slug: string;
  /**
   * The id of the newsletter template the issue belongs to, as stored with it; absent for an
   * issue stored before issues had one (see occurrenceTemplateId).
   */
  templateId?: string;
  /** The card whose URL or bullets hold the link; absent for prose. */
  cardId?: string;
  cardTitle?: string;
  where: LinkPlace;
  /** The link as written. */
  url: string;
}

/** Normalized URL -> where it occurs, in issue order as given, then document order. */
export interface LinkIndex {
  readonly byUrl: ReadonlyMap<string, readonly LinkOccurrence[]>;
}

export interface FindFeaturedOptions {
  /** The issue being edited: its own links are not "featured before". */
  excludeIssueId?: string;
  /** Only issues whose slug orders before this one (for an archived issue, "earlier"). */
  beforeSlug?: string;
  /**
   * Only issues of this newsletter template (the draft's): a link another newsletter featured
   * was not "featured before" for this one. Undefined: every newsletter.
   */
  templateId?: string;
}

/** What links an occurrence to its issue: the issue's id, slug and template id, if any. */
export type LinkOwner = Pick<LinkOccurrence, 'issueId' | 'slug' | 'templateId'>;

export interface DuplicateLink {
  /** The normalized URL. */
  url: string;
  /** Every occurrence in the issue, the first one first. */
  occurrences: LinkOccurrence[];
}

const PLACE_ORDER: Record<LinkPlace, number> = { card: 0, bullet: 1, prose: 2 };

/**
 * The newsletter an occurrence's issue belongs to. An issue without a template id was stored
 * before issues recorded one: then the archive import and New issue knew EKS News alone (every
 * file was read with its template), so such an issue is EKS News's. Guessing the template it fits
 * best instead would read the whole issue for each link found, and could change its answer as
 * templates are added.
 */
export function occurrenceTemplateId(occurrence: LinkOwner): string {
  return occurrence.templateId ?? eksNewsTemplate.id;
}

/** Every link of an issue: card URLs, links in bullets, links in the intro and prose sections. */
export function issueLinks(issue: Issue): LinkOccurrence[] {
  const base: LinkOwner = {
    issueId: issue.id,
    slug: issueSlug(issue),
    ...(issue.templateId !== undefined && { templateId: issue.templateId }),
  };
  const blocks = [...issue.intro, ...issue.sections.flatMap((section) => section.blocks)];
  return blocks
    .flatMap((block) => blockLinks(block, base))
    .filter((occurrence) => occurrence.url.trim() !== '');
}

/** The links of one block, as issueLinks lists them (empty URLs included). */
export function blockLinks(block: Block, base: LinkOwner): LinkOccurrence[] {
  if (block.kind === 'card') return cardLinks(block, base);
  const hrefs =
    block.kind === 'prose' ? linksInRichText(block.content) : linksInMarkdown(block.markdown);
  return hrefs.map((url) => ({ ...base, where: 'prose', url }));
}

function cardLinks(card: LinkCard, base: LinkOwner): LinkOccurrence[] {
  const inCard = { ...base, cardId: card.id, cardTitle: card.title };
  const bulletLinks = card.bullets.flatMap((bullet) => linksInRichText(bullet.content));
  return [
    { ...inCard, where: 'card', url: card.url },
    ...bulletLinks.map((url): LinkOccurrence => ({ ...inCard, where: 'bullet', url })),
  ];
}

export function buildLinkIndex(issues: readonly Issue[]): LinkIndex {
  const byUrl = new Map<string, LinkOccurrence[]>();
  for (const occurrence of issues.flatMap(issueLinks)) {
    const key = normalizeUrl(occurrence.url);
    const list = byUrl.get(key);
    if (list === undefined) byUrl.set(key, [occurrence]);
    else list.push(occurrence);
  }
  return { byUrl };
}

/**
 * Where a link was featured in other issues, oldest slug first (so the last is the latest); at
 * equal slugs card URLs come before bullet links, bullet links before prose.
 */
export function findFeatured(
  index: LinkIndex,
  url: string,
  options: FindFeaturedOptions = {},
): LinkOccurrence[] {
  const { excludeIssueId, beforeSlug, templateId } = options;
  const found = (index.byUrl.get(normalizeUrl(url)) ?? []).filter(
    (occurrence) =>
      occurrence.issueId !== excludeIssueId &&
      (beforeSlug === undefined || compareSlugs(occurrence.slug, beforeSlug) < 0) &&
      (templateId === undefined || occurrenceTemplateId(occurrence) === templateId),
  );
  return found.sort(
    (a, b) => compareSlugs(a.slug, b.slug) || PLACE_ORDER[a.where] - PLACE_ORDER[b.where],
  );
}

/**
 * Links that are a card's URL and occur in more than one card of the issue (as another card's
 * URL or in its bullets). Links repeated in prose, or only inside one card, are not duplicates.
 */
export function duplicatesWithin(issue: Issue): DuplicateLink[] {
  const groups = buildLinkIndex([issue]).byUrl;
  const duplicates: DuplicateLink[] = [];
  for (const [url, occurrences] of groups) {
    const inCards = occurrences.filter((occurrence) => occurrence.cardId !== undefined);
    const cardIds = new Set(inCards.map((occurrence) => occurrence.cardId));
    if (cardIds.size > 1 && inCards.some((occurrence) => occurrence.where === 'card')) {
      duplicates.push({ url, occurrences: inCards });
    }
  }
  return duplicates;
}
