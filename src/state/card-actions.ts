import {
  addCard,
  createCard,
  setCardBullets,
  setCardDescription,
  updateCardFields,
} from '../core/model/ops/card-ops';
import type { Issue } from '../core/model/types';
import { ensureTemplateSection } from '../core/template/ensure-template-section';
import { suggestSection } from '../core/template/suggest-section';
import type { NewsletterTemplate } from '../core/template/template';
import { blockById } from './block-index';
import type { CardActions } from './editor-state';
import { sameBullets } from './same-bullets';
import type { Slice } from './slice';
import { suggestCardTitle } from './suggest-card-title';

export function cardActions(): Slice<CardActions> {
  return (_set, get) => ({
    updateCardFields: (cardId, fields) => {
      get().commit(
        (issue) => updateCardFields(issue, cardId, fields),
        `card:${cardId}:${Object.keys(fields).join()}`,
      );
    },

    setCardBullets: (cardId, inputs) => {
      const found = blockById(get().issue, cardId)?.block;
      if (found?.kind !== 'card' || sameBullets(found.bullets, inputs)) return;
      get().commit((issue) => setCardBullets(issue, cardId, inputs), `bullets:${cardId}`);
    },

    setCardDescription: (cardId, paragraphs) => {
      get().commit(
        (issue) => setCardDescription(issue, cardId, paragraphs),
        `description:${cardId}`,
      );
    },

    addLinkCard: (url, sectionId, title) => {
      const { commit, config, requestFocus, announce } = get();
      let added: { id: string; title: string; heading: string } | undefined;
      commit((issue) => {
        const place = placeFor(issue, sectionId, url, config.template);
        if (!place) return issue;
        const card = createCard(place.issue, { title: title ?? suggestCardTitle(url), url });
        added = { id: card.id, title: card.title, heading: place.heading };
        return addCard(place.issue, place.sectionId, card);
      });
      if (!added) return undefined;
      // A guessed title is selected, so typing the real one replaces it.
      if (title === undefined) requestFocus(added.id, 'title', { select: true });
      else requestFocus(added.id, 'summary');
      announce(`Added "${added.title}" to ${added.heading}`);
      return added.id;
    },
  });
}

interface Place {
  issue: Issue;
  sectionId: string;
  heading: string;
}

/**
 * The section a new card goes to: the given one, else the issue's section for the one the
 * template suggests, known by any of its names; an issue without it gets it where the template
 * orders it (see ensureTemplateSection).
 */
function placeFor(
  issue: Issue,
  sectionId: string | undefined,
  url: string,
  template: NewsletterTemplate,
): Place | undefined {
  if (sectionId !== undefined) {
    const section = issue.sections.find((s) => s.id === sectionId);
    return section && { issue, sectionId, heading: section.heading };
  }
  const place = ensureTemplateSection(issue, template, suggestSection(template, url));
  return (
    place && { issue: place.issue, sectionId: place.section.id, heading: place.section.heading }
  );
}
