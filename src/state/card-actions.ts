import {
  addCard,
  createCard,
  setCardBullets,
  setCardDescription,
  updateCardFields,
  type BulletInput,
} from '../core/model/ops/card-ops';
import { addSection } from '../core/model/ops/section-ops';
import { richTextEquals } from '../core/model/rich-text';
import type { Bullet, Issue } from '../core/model/types';
import { suggestSection } from '../core/template/suggest-section';
import { blockById } from './block-index';
import type { CardActions } from './editor-state';
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
        const place = placeFor(issue, sectionId, suggestSection(config.template, url));
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
 * The section a new card goes to: the given one, else the one the template suggests, matched by
 * heading; an issue without that section (an older one) gets it added at the end.
 */
function placeFor(
  issue: Issue,
  sectionId: string | undefined,
  suggested: string,
): Place | undefined {
  if (sectionId !== undefined) {
    const section = issue.sections.find((s) => s.id === sectionId);
    return section && { issue, sectionId, heading: section.heading };
  }
  const wanted = suggested.trim().toLowerCase();
  const section = issue.sections.find((s) => s.heading.trim().toLowerCase() === wanted);
  if (section) return { issue, sectionId: section.id, heading: section.heading };
  const withSection = addSection(issue, suggested);
  const added = withSection.sections[withSection.sections.length - 1];
  return added && { issue: withSection, sectionId: added.id, heading: added.heading };
}

function sameBullets(bullets: readonly Bullet[], inputs: readonly BulletInput[]): boolean {
  return (
    bullets.length === inputs.length &&
    bullets.every((b, i) => {
      const input = inputs[i] as BulletInput;
      return (
        b.id === input.id && b.depth === input.depth && richTextEquals(b.content, input.content)
      );
    })
  );
}
