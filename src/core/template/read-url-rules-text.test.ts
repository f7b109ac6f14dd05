import { describe, expect, it } from 'vitest';
import { eksNewsTemplate } from './eks-news';
import { readUrlRulesText } from './read-url-rules-text';
import { urlRulesText } from './url-rules-text';

describe('urlRulesText and readUrlRulesText', () => {
  it('reads back the rules of each EKS News section as it shows them', () => {
    for (const { name } of eksNewsTemplate.sections) {
      const rules = eksNewsTemplate.urlRules.filter((rule) => rule.section === name);
      expect(readUrlRulesText(urlRulesText(rules), name)).toEqual(rules);
    }
  });

  it('takes commas or spaces, drops a scheme and www., and lower-cases hosts only', () => {
    expect(readUrlRulesText(' https://www.GitHub.com/AWS, sched.co  gitlab.com/ ,', 'S')).toEqual([
      { host: 'github.com', pathPrefix: '/AWS', section: 'S' },
      { host: 'sched.co', section: 'S' },
      { host: 'gitlab.com', section: 'S' },
    ]);
    expect(readUrlRulesText('  ', 'S')).toEqual([]);
  });

  it('keeps what is not a host as typed, for the template door to refuse', () => {
    expect(readUrlRulesText('exa_mple.com', 'S')).toEqual([{ host: 'exa_mple.com', section: 'S' }]);
  });
});
