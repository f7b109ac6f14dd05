import { addCard, createCard } from '../../core/model/ops/card-ops';
import type { Issue } from '../../core/model/types';
import { ensureTemplateSection } from '../../core/template/ensure-template-section';
import { suggestSection } from '../../core/template/suggest-section';
import type { NewsletterTemplate } from '../../core/template/template';
import type { EditorStore } from '../../state/create-editor-store';
import { suggestCardTitle } from '../../state/suggest-card-title';

export interface LinkToAdd {
  url: string;
  title?: string;
}

interface Added {
  id: string;
  heading: string;
  guessed: boolean;
}

/**
 * Adds a card per link, each to the issue's section for the one the template's URL rules suggest,
 * known by any of its names (see ensureTemplateSection: added where the template orders it when
 * the issue has none), in one change: one undo step and one autosave however many links. The
 * focus goes to the first new card's title, selected, when that title was guessed from the URL
 * (typing replaces it), else to its summary. Returns the new cards' ids in order. The template
 * is the store's unless one is given.
 */
export function addLinkCards(
  store: EditorStore,
  links: readonly LinkToAdd[],
  template: NewsletterTemplate = store.getState().config.template,
): string[] {
  const { commit } = store.getState();
  const added: Added[] = [];
  commit((issue) => links.reduce((next, link) => addOne(next, link, template, added), issue));
  const first = added[0];
  if (!first) return [];
  if (first.guessed) store.getState().requestFocus(first.id, 'title', { select: true });
  else store.getState().requestFocus(first.id, 'summary');
  store.getState().announce(describeAdded(added));
  return added.map((a) => a.id);
}

function addOne(issue: Issue, link: LinkToAdd, template: NewsletterTemplate, added: Added[]) {
  const place = ensureTemplateSection(issue, template, suggestSection(template, link.url));
  if (!place) return issue;
  const { issue: target, section } = place;
  const card = createCard(target, {
    title: link.title || suggestCardTitle(link.url),
    url: link.url,
  });
  added.push({ id: card.id, heading: section.heading, guessed: !link.title });
  return addCard(target, section.id, card);
}

/** "Added 3 cards: 2 to AWS blogs, 1 to Videos and webinars." */
export function describeAdded(added: readonly { heading: string }[]): string {
  const counts = new Map<string, number>();
  for (const { heading } of added) counts.set(heading, (counts.get(heading) ?? 0) + 1);
  const places = [...counts].map(([heading, n]) => `${n} to ${heading}`).join(', ');
  const cards = added.length === 1 ? '1 card' : `${added.length} cards`;
  return `Added ${cards}: ${places}.`;
}
