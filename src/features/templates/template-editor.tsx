import { useEffect, useRef, useState } from 'react';
import { InvalidRecordError } from '../../core/model/schema/invalid-record-error';
import { moveTemplateSection } from '../../core/template/move-template-section';
import { readUrlRulesText } from '../../core/template/read-url-rules-text';
import { renameTemplateSection } from '../../core/template/rename-template-section';
import { setSectionUrlRules } from '../../core/template/set-section-url-rules';
import type { NewsletterTemplate, TemplatePatterns } from '../../core/template/template';
import { useRepository } from '../../components/repository-context';
import type { TemplateRegion } from './door-problem';
import { saveTemplate } from './save-template';
import { TemplateCadenceFields } from './template-cadence-fields';
import { TemplateFacts } from './template-facts';
import { TemplateFrontMatterFields } from './template-front-matter-fields';
import { TemplateSectionRow } from './template-section-row';
import { useArchiveCardCount } from './use-archive-card-count';
import { useTemplateDraft } from './use-template-draft';

interface TemplateEditorProps {
  template: NewsletterTemplate;
  templates: readonly NewsletterTemplate[];
  onSaved: () => Promise<void>;
}

type PatternKey = 'title' | 'description' | 'slug';

/** A section's links: the rules, with the sections they name (renamed on this screen too). */
const URL_RULES: TemplateRegion = {
  pick: ({ urlRules, sections, defaultSection }) => ({ urlRules, sections, defaultSection }),
  within: (path) => path.startsWith('urlRules'),
};

const PATTERNS: [PatternKey, string][] = [
  ['title', 'Title pattern'],
  ['description', 'Description pattern'],
  ['slug', 'Slug pattern'],
];

/**
 * The Template screen's form: the name, the front matter of a new issue, the patterns, the
 * cadence and the sections with the links suggested in each, corrected here and saved through the
 * template door, which names the first field it refuses; a field whose text it refuses says so
 * by the field, and keeps the template from being saved. Says how many items of the newsletter's
 * archive the template, as edited, makes cards.
 */
export function TemplateEditor({ template, templates, onSaved }: TemplateEditorProps) {
  const repository = useRepository();
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>();
  const fields = useTemplateDraft(template, () => setMessage(undefined));
  const { draft, edit, tryEdit, problems } = fields;
  const [keys, setKeys] = useState(() => template.sections.map((_, i) => i));
  const [moved, setMoved] = useState<{ name: string; up: boolean } | undefined>();
  const list = useRef<HTMLOListElement>(null);
  const count = useArchiveCardCount(draft, templates);

  useEffect(() => {
    if (moved === undefined) return;
    const label = (up: boolean) => `Move “${moved.name}” ${up ? 'up' : 'down'}`;
    const buttons = [...(list.current?.querySelectorAll('button') ?? [])];
    const find = (up: boolean) => buttons.find((b) => b.getAttribute('aria-label') === label(up));
    const same = find(moved.up);
    (same && !same.disabled ? same : find(!moved.up))?.focus();
  }, [moved]);

  const setUrlRules = (key: number, section: string, text: string) =>
    tryEdit(
      `rules-${key}`,
      `Links suggested in “${section}”`,
      setSectionUrlRules(draft, section, readUrlRulesText(text, section)),
      URL_RULES,
    );
  const setPattern = (key: PatternKey, value: string) => {
    const patterns: TemplatePatterns = { ...draft.patterns };
    if (value === '') delete patterns[key];
    else patterns[key] = value;
    edit({ ...draft, patterns });
  };
  const move = (from: number, to: number) => {
    const next = moveTemplateSection(draft, from, to);
    if (next === draft) return;
    const order = [...keys];
    const [key] = order.splice(from, 1);
    order.splice(to, 0, key ?? from);
    setKeys(order);
    edit(next);
    setMoved({ name: draft.sections[from]?.name ?? '', up: to < from });
  };
  const save = async () => {
    const [problem] = problems.values();
    if (problem !== undefined) {
      setMessage({ text: `The template was not saved: ${problem}`, error: true });
      return;
    }
    try {
      fields.saved(await saveTemplate(repository, draft));
      setMessage({ text: `Saved “${draft.name}”.`, error: false });
      await onSaved();
    } catch (error) {
      const reason = error instanceof InvalidRecordError ? error.message : String(error);
      setMessage({ text: `The template was not saved: ${reason}`, error: true });
    }
  };

  return (
    <form
      className="template-editor"
      aria-label="Template"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p role="status" className="template-count">
        {count === undefined
          ? 'Counting the archive’s items…'
          : `${count.cards} of ${count.items} items of the archive become cards.`}
      </p>
      <label className="field">
        <span className="field-label">Newsletter name</span>
        <input
          type="text"
          value={draft.name}
          onChange={(event) => edit({ ...draft, name: event.target.value })}
        />
      </label>
      <TemplateFacts template={draft} />
      <TemplateFrontMatterFields {...fields} />
      <fieldset className="template-patterns">
        <legend>Patterns</legend>
        <p className="hint">
          Variables: {'{number}'}, {'{date}'}, {'{year}'}, {'{month}'}. Leave a pattern empty not to
          check it.
        </p>
        {PATTERNS.map(([key, label]) => (
          <label className="field" key={key}>
            <span className="field-label">{label}</span>
            <input
              type="text"
              value={draft.patterns[key] ?? ''}
              onChange={(event) => setPattern(key, event.target.value)}
            />
          </label>
        ))}
      </fieldset>
      <TemplateCadenceFields {...fields} />
      <h2 id="template-sections-heading">Sections, in order</h2>
      <ol ref={list} className="template-sections" aria-labelledby="template-sections-heading">
        {draft.sections.map((section, index) => (
          <TemplateSectionRow
            key={keys[index] ?? index}
            section={section}
            index={index}
            count={draft.sections.length}
            urlRules={draft.urlRules}
            onRename={(name) => edit(renameTemplateSection(draft, index, name))}
            onUrlRules={(text) => setUrlRules(keys[index] ?? index, section.name, text)}
            onMove={(to) => move(index, to)}
            onShapes={(cardShapes) =>
              edit({
                ...draft,
                sections: draft.sections.map((s, i) => (i === index ? { ...s, cardShapes } : s)),
              })
            }
          />
        ))}
      </ol>
      {message && (
        <p
          role={message.error ? 'alert' : 'status'}
          className={`notice ${message.error ? 'notice-error' : 'notice-success'}`}
        >
          {message.text}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button-primary">
          Save template
        </button>
      </div>
    </form>
  );
}
