import type { NewsletterTemplate } from '../../core/template/template';

const FORMATS = { toml: 'TOML (+++)', yaml: 'YAML (---)', json: 'JSON ({…})' } as const;

/**
 * What the template knows but the screen does not edit: the front matter's format (the
 * archive's), and the section links no rule places go to.
 */
export function TemplateFacts({ template }: { template: NewsletterTemplate }) {
  const { frontMatter } = template;
  return (
    <dl className="template-facts">
      <dt>Front matter</dt>
      <dd>{FORMATS[frontMatter.format]}</dd>
      <dt>Links no rule places go to</dt>
      <dd>{template.defaultSection}</dd>
    </dl>
  );
}
