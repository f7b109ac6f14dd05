import type { Section } from '../../core/model/types';

interface TriageKeysProps {
  sections: readonly Section[];
  disabled: boolean;
  onSection: (section: Section) => void;
  onDiscard: () => void;
}

/** The keys of triage, as buttons too: number keys send to a section, x discards. */
export function TriageKeys({ sections, disabled, onSection, onDiscard }: TriageKeysProps) {
  return (
    <div className="triage-keys" id="inbox-keys">
      <p className="triage-help">
        Keys: <kbd>↑</kbd> <kbd>↓</kbd> move, a number sends the candidate to that section,{' '}
        <kbd>x</kbd> discards. A candidate without a link asks for its link first.
      </p>
      <div className="toolbar">
        {sections.slice(0, 9).map((section, i) => (
          <button
            key={section.id}
            type="button"
            className="button button-small"
            disabled={disabled}
            onClick={() => onSection(section)}
          >
            <kbd>{i + 1}</kbd> {section.heading}
          </button>
        ))}
        <button
          type="button"
          className="button button-small button-quiet"
          disabled={disabled}
          onClick={onDiscard}
        >
          <kbd>x</kbd> Discard
        </button>
      </div>
    </div>
  );
}
