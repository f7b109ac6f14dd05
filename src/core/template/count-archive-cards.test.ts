import { describe, expect, it } from 'vitest';
import { corpusFiles, readCorpus } from '../../../test/helpers/corpus';
import { fluxFiles, readFlux } from '../../../test/helpers/flux-corpus';
import { countArchiveCards } from './count-archive-cards';
import { eksNewsTemplate } from './eks-news';
import { learnTemplate } from './learn-template';

describe('countArchiveCards', () => {
  it('counts the Flux items its learned template makes cards, fewer without any shape', () => {
    const texts = fluxFiles().map(readFlux);
    const learned = learnTemplate(fluxFiles().map((name) => ({ name, text: readFlux(name) })));
    const count = countArchiveCards(texts, learned);
    expect(count.cards).toBeGreaterThan(0);
    expect(count.cards).toBeLessThanOrEqual(count.items);
    const none = { sections: learned.sections.map((s) => ({ ...s, cardShapes: [] })) };
    expect(countArchiveCards(texts, { ...none, cardShapes: [] })).toEqual({
      items: count.items,
      cards: 0,
    });
  });

  it('finds nearly every EKS News item a card under the built-in template', () => {
    const count = countArchiveCards(corpusFiles().map(readCorpus), eksNewsTemplate);
    expect(count.cards / count.items).toBeGreaterThan(0.95);
  });

  it('counts nothing for a file it cannot read', () => {
    expect(countArchiveCards(['+++\ntitle = \n'], eksNewsTemplate)).toEqual({ items: 0, cards: 0 });
  });
});
