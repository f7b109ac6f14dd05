import { useEffect, useRef, useState } from 'react';
import type { NewsletterTemplate } from '../../core/template/template';
import type { FrontMatterValue } from '../../core/model/types';
import type { TemplateRegion } from './door-problem';
import { TemplateFrontMatterEntry } from './template-front-matter-entry';
import type { TemplateDraft } from './use-template-draft';

type Entry = [string, FrontMatterValue];

const FRONT_MATTER: TemplateRegion = {
  pick: ({ frontMatter }) => ({ frontMatter }),
  within: (path) => path.startsWith('frontMatter'),
};

function withEntry(template: NewsletterTemplate, index: number, entry: Entry): NewsletterTemplate {
  const entries = template.frontMatter.entries.map((e, i) => (i === index ? entry : e));
  return { ...template, frontMatter: { ...template.frontMatter, entries } };
}

function moved(template: NewsletterTemplate, from: number, to: number): NewsletterTemplate {
  const entries = [...template.frontMatter.entries];
  const [entry] = entries.splice(from, 1);
  if (entry === undefined) return template;
  entries.splice(to, 0, entry);
  return { ...template, frontMatter: { ...template.frontMatter, entries } };
}

/**
 * The front matter of a new issue on the Template screen: each key, in order, with its default
 * as text (see defaultValueText), both checked by the template door when the field is left; Up
 * and Down change the order. A date is always the new issue's own.
 */
export function TemplateFrontMatterFields(props: TemplateDraft) {
  const { draft, edit, tryEdit } = props;
  const { entries } = draft.frontMatter;
  const [ids, setIds] = useState(() => entries.map((_, i) => i));
  const [movedKey, setMovedKey] = useState<{ key: string; up: boolean } | undefined>();
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (movedKey === undefined) return;
    // The moved key's button keeps the focus, or its other one at the top or the bottom.
    const label = (up: boolean) => `Move key “${movedKey.key}” ${up ? 'up' : 'down'}`;
    const buttons = [...(list.current?.querySelectorAll('button') ?? [])];
    const find = (up: boolean) => buttons.find((b) => b.getAttribute('aria-label') === label(up));
    const same = find(movedKey.up);
    (same && !same.disabled ? same : find(!movedKey.up))?.focus();
  }, [movedKey]);
  const move = (from: number, to: number) => {
    const order = [...ids];
    const [id] = order.splice(from, 1);
    order.splice(to, 0, id ?? from);
    setIds(order);
    edit(moved(draft, from, to));
    setMovedKey({ key: entries[from]?.[0] ?? '', up: to < from });
  };
  return (
    <fieldset className="template-front-matter">
      <legend>Front matter of a new issue, in order</legend>
      <ol ref={list} className="template-entries" aria-label="Front matter keys">
        {entries.map((entry, index) => {
          const id = ids[index] ?? index;
          return (
            <TemplateFrontMatterEntry
              key={id}
              entry={entry}
              index={index}
              count={entries.length}
              withEntry={(next) => withEntry(draft, index, next)}
              onChange={(field, label, next) =>
                tryEdit(`entry-${id}-${field}`, label, next, FRONT_MATTER)
              }
              onMove={(to) => move(index, to)}
            />
          );
        })}
      </ol>
    </fieldset>
  );
}
