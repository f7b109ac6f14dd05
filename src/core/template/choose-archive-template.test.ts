import { describe, expect, it } from 'vitest';
import { corpusFiles, readCorpus } from '../../../test/helpers/corpus';
import { fluxFiles, readFlux } from '../../../test/helpers/flux-corpus';
import { BUILT_IN_TEMPLATES } from './built-in-templates';
import { chooseArchiveTemplate } from './choose-archive-template';
import { eksNewsTemplate } from './eks-news';
import { admitTemplate } from './schema/admit-template';

const eks = corpusFiles().map((name) => ({ name, text: readCorpus(name) }));
const flux = fluxFiles().map((name) => ({ name, text: readFlux(name) }));

describe('chooseArchiveTemplate', () => {
  it('reads the EKS News archive with the built-in template, learning nothing', () => {
    const choice = chooseArchiveTemplate(eks, BUILT_IN_TEMPLATES, 'eks-news');
    expect(choice).toEqual({ template: eksNewsTemplate, learned: false });
  });

  it('learns a template from an archive the built-in templates fit poorly', () => {
    const { template, learned } = chooseArchiveTemplate(flux, BUILT_IN_TEMPLATES, 'flux-updates');
    expect(learned).toBe(true);
    expect(template.frontMatter.format).toBe('yaml');
    expect(template.name).toBe('flux-updates');
    expect(template.id).toBe('flux-updates');
    expect(template.sections.map((s) => s.name)).toContain('News in the Flux family');
    expect(admitTemplate(template)).toBe(template);
  });

  it('reuses the template learned the first time for the same archive', () => {
    const first = chooseArchiveTemplate(flux, BUILT_IN_TEMPLATES, 'flux-updates').template;
    const again = chooseArchiveTemplate(flux, [...BUILT_IN_TEMPLATES, first], 'flux-updates');
    expect(again).toEqual({ template: first, learned: false });
  });

  it('gives a learned template an id no known template has', () => {
    const first = chooseArchiveTemplate(flux, BUILT_IN_TEMPLATES, 'flux-updates').template;
    const other = {
      ...first,
      sections: first.sections.slice(0, 1),
      frontMatter: eksNewsTemplate.frontMatter,
    };
    const second = chooseArchiveTemplate(flux, [...BUILT_IN_TEMPLATES, other], 'flux-updates');
    expect(second.learned).toBe(true);
    expect(second.template.id).toBe('flux-updates-2');
  });

  it('leaves out files it cannot read, and falls back to the first template without any', () => {
    const broken = { name: 'broken.md', text: '+++\ntitle = \n' };
    const choice = chooseArchiveTemplate([broken, ...flux], BUILT_IN_TEMPLATES, 'flux');
    expect(choice.learned).toBe(true);
    expect(chooseArchiveTemplate([broken], BUILT_IN_TEMPLATES)).toEqual({
      template: eksNewsTemplate,
      learned: false,
    });
  });
});
