import { describe, expect, it } from 'vitest';
import { eksNewsTemplate } from './eks-news';
import { setSectionUrlRules } from './set-section-url-rules';

const videos = 'Videos and webinars';

describe('setSectionUrlRules', () => {
  it('puts a section’s new rules where its first one was, the others in their places', () => {
    const before = eksNewsTemplate.urlRules;
    const rules = [{ host: 'vimeo.com', section: videos }];
    const after = setSectionUrlRules(eksNewsTemplate, videos, rules).urlRules;
    const first = before.findIndex((rule) => rule.section === videos);
    expect(after[first]).toEqual(rules[0]);
    expect(after.filter((rule) => rule.section !== videos)).toEqual(
      before.filter((rule) => rule.section !== videos),
    );
    expect(after.filter((rule) => rule.section === videos)).toEqual(rules);
  });

  it('adds the rules of a section that had none at the end, and removes them all', () => {
    const community = eksNewsTemplate.defaultSection;
    const added = setSectionUrlRules(eksNewsTemplate, community, [
      { host: 'dev.to', section: community },
    ]);
    expect(added.urlRules.at(-1)).toEqual({ host: 'dev.to', section: community });
    const none = setSectionUrlRules(eksNewsTemplate, videos, []);
    expect(none.urlRules.some((rule) => rule.section === videos)).toBe(false);
  });
});
