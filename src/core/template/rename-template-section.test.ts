import { describe, expect, it } from 'vitest';
import { eksNewsTemplate } from './eks-news';
import { renameTemplateSection } from './rename-template-section';
import { admitTemplate } from './schema/admit-template';
import { templateSectionOrder } from './template-section-order';

const videos = eksNewsTemplate.sections.findIndex((s) => s.name === 'Videos and webinars');

describe('renameTemplateSection', () => {
  it('keeps the old name as an earlier one, and the URL rules follow', () => {
    const renamed = renameTemplateSection(eksNewsTemplate, videos, 'Watch this');
    const section = renamed.sections[videos]!;
    expect(section.name).toBe('Watch this');
    expect(section.aliases[0]).toBe('Videos and webinars');
    expect(templateSectionOrder(renamed, 'New videos and webinars')).toBe(videos);
    expect(renamed.urlRules.find((r) => r.host === 'youtube.com')?.section).toBe('Watch this');
    expect(admitTemplate(renamed)).toBe(renamed);
  });

  it('takes an earlier name back without listing it twice', () => {
    const renamed = renameTemplateSection(eksNewsTemplate, videos, 'new videos and webinars');
    const section = renamed.sections[videos]!;
    expect(section.name).toBe('new videos and webinars');
    expect(section.aliases.map((a) => a.toLowerCase())).not.toContain('new videos and webinars');
    expect(section.aliases).toContain('Videos and webinars');
  });

  it('follows the default section, and ignores a blank name', () => {
    const index = eksNewsTemplate.sections.findIndex(
      (s) => s.name === eksNewsTemplate.defaultSection,
    );
    expect(renameTemplateSection(eksNewsTemplate, index, 'Links').defaultSection).toBe('Links');
    expect(renameTemplateSection(eksNewsTemplate, index, '  ')).toBe(eksNewsTemplate);
  });
});
