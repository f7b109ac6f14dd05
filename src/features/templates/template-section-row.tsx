import { useState } from 'react';
import type { CardShape } from '../../core/model/card-shape';
import type { TemplateSection, UrlRule } from '../../core/template/template';
import { urlRulesText } from '../../core/template/url-rules-text';
import { CommitField } from './commit-field';

const SHAPES: [CardShape, string][] = [
  ['link-item', 'List item opening with a link'],
  ['link-paragraph', 'Paragraph opening with a link'],
  ['link-heading', 'Heading that is a link'],
];

interface TemplateSectionRowProps {
  section: TemplateSection;
  index: number;
  count: number;
  urlRules: readonly UrlRule[];
  onRename: (name: string) => void;
  onMove: (to: number) => void;
  onShapes: (shapes: CardShape[]) => void;
  /** Takes the text of the section's links (hosts and paths); returns why it was refused. */
  onUrlRules: (text: string) => string | undefined;
}

/**
 * One section of the template: its name (a rename takes effect when the field is left or Enter
 * is pressed, and keeps the old name as an earlier one), its earlier names, the item shapes that
 * are cards in it, the domains whose links it suggests, and buttons to move it.
 */
export function TemplateSectionRow(props: TemplateSectionRowProps) {
  const { section, index, count, urlRules, onRename, onMove, onShapes, onUrlRules } = props;
  const [name, setName] = useState(section.name);
  const [shown, setShown] = useState(section.name);
  if (shown !== section.name) {
    setShown(section.name);
    setName(section.name);
  }
  const commit = () => {
    if (name.trim() === '') setName(section.name);
    else if (name.trim() !== section.name) onRename(name);
  };
  const domains = urlRules.filter((rule) => rule.section === section.name);
  const toggle = (shape: CardShape, on: boolean) =>
    onShapes(
      SHAPES.map(([s]) => s).filter((s) => (s === shape ? on : section.cardShapes.includes(s))),
    );
  return (
    <li className="template-section">
      <fieldset>
        <legend>Section {index + 1}</legend>
        <label className="field">
          <span className="field-label">Name of section {index + 1}</span>
          <input
            type="text"
            value={name}
            onChange={(event) => setName(event.target.value)}
            onBlur={commit}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                commit();
              }
            }}
          />
        </label>
        <p className="template-aliases">
          Earlier names: {section.aliases.length > 0 ? section.aliases.join(', ') : 'none'}
        </p>
        <fieldset className="template-shapes">
          <legend>Cards in “{section.name}”</legend>
          {SHAPES.map(([shape, label]) => (
            <label key={shape}>
              <input
                type="checkbox"
                checked={section.cardShapes.includes(shape)}
                onChange={(event) => toggle(shape, event.target.checked)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <CommitField
          label={`Links suggested in “${section.name}”`}
          value={urlRulesText(domains)}
          hint="Hosts, each with a path if needed, separated by commas: github.com, aws.amazon.com/blogs"
          onCommit={onUrlRules}
        />
        <div className="actions">
          <button
            type="button"
            className="button button-quiet"
            disabled={index === 0}
            aria-label={`Move “${section.name}” up`}
            onClick={() => onMove(index - 1)}
          >
            Up
          </button>
          <button
            type="button"
            className="button button-quiet"
            disabled={index === count - 1}
            aria-label={`Move “${section.name}” down`}
            onClick={() => onMove(index + 1)}
          >
            Down
          </button>
        </div>
      </fieldset>
    </li>
  );
}
