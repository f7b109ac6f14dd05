import type { Cadence, NewsletterTemplate } from '../../core/template/template';
import { CommitField } from './commit-field';
import type { TemplateRegion } from './door-problem';
import type { TemplateDraft } from './use-template-draft';

const UNITS: [Cadence['unit'], string][] = [
  ['week', 'Weekly'],
  ['month', 'Monthly'],
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const CADENCE: TemplateRegion = {
  pick: ({ cadence }) => ({ cadence }),
  within: (path) => path.startsWith('cadence'),
};

const TIME = /^\s*(\d{1,2}):(\d{2})\s*$/;

/** The template with the time of day `text` gives (`08:30`), or why it cannot be read. */
function withTime(template: NewsletterTemplate, text: string) {
  const match = TIME.exec(text);
  if (!match) return { problem: 'write the time as HH:MM, such as 08:30' };
  const cadence = { ...template.cadence, hourUtc: Number(match[1]), minuteUtc: Number(match[2]) };
  return { ...template, cadence };
}

/**
 * The cadence of the next issue's date on the Template screen: weekly or monthly, and the time of
 * day (UTC) an issue comes out, checked by the template door when the field is left.
 */
export function TemplateCadenceFields({ draft, edit, tryEdit }: TemplateDraft) {
  const { cadence } = draft;
  return (
    <fieldset className="template-cadence">
      <legend>Cadence of the next issue’s date</legend>
      <label className="field">
        <span className="field-label">How often</span>
        <select
          value={cadence.unit}
          onChange={(event) =>
            edit({
              ...draft,
              cadence: { ...cadence, unit: event.target.value as Cadence['unit'] },
            })
          }
        >
          {UNITS.map(([unit, label]) => (
            <option key={unit} value={unit}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <CommitField
        label="Time of day (UTC)"
        value={`${pad(cadence.hourUtc)}:${pad(cadence.minuteUtc)}`}
        hint="HH:MM, such as 08:30"
        onCommit={(text) =>
          tryEdit('cadence-time', 'Time of day (UTC)', withTime(draft, text), CADENCE)
        }
      />
    </fieldset>
  );
}
