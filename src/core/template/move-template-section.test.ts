import { describe, expect, it } from 'vitest';
import { eksNewsTemplate } from './eks-news';
import { moveTemplateSection } from './move-template-section';

const names = (t: typeof eksNewsTemplate) => t.sections.map((s) => s.name);

describe('moveTemplateSection', () => {
  it('moves a section up and down the order', () => {
    const [a, b, c] = names(eksNewsTemplate);
    expect(names(moveTemplateSection(eksNewsTemplate, 0, 1)).slice(0, 3)).toEqual([b, a, c]);
    expect(names(moveTemplateSection(eksNewsTemplate, 2, 0)).slice(0, 3)).toEqual([c, a, b]);
  });

  it('changes nothing past either end', () => {
    expect(moveTemplateSection(eksNewsTemplate, 0, -1)).toBe(eksNewsTemplate);
    const last = eksNewsTemplate.sections.length - 1;
    expect(moveTemplateSection(eksNewsTemplate, last, last + 1)).toBe(eksNewsTemplate);
  });
});
