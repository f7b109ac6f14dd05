import type { NewsletterTemplate } from '../../core/template/template';

const FORMATS = { toml: 'TOML (+++)', yaml: 'YAML (---)', json: 'JSON ({…})' } as const;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** What the template knows but the screen does not edit: the front matter and the cadence. */
export function TemplateFacts({ template }: { template: NewsletterTemplate }) {
  const { frontMatter, cadence } = template;
  const every = cadence.unit === 'week' ? 'Weekly' : 'Monthly';
  return (
    <dl className="template-facts">
      <dt>Front matter</dt>
      <dd>{FORMATS[frontMatter.format]}</dd>
      <dt>Front matter keys, in order</dt>
      <dd>
        <ol aria-label="Front matter keys" className="template-keys">
          {frontMatter.entries.map(([key]) => (
            <li key={key}>
              <code>{key}</code>
            </li>
          ))}
        </ol>
      </dd>
      <dt>Cadence</dt>
      <dd>
        {every}, at {pad(cadence.hourUtc)}:{pad(cadence.minuteUtc)} UTC
      </dd>
      <dt>Links no rule places go to</dt>
      <dd>{template.defaultSection}</dd>
    </dl>
  );
}
