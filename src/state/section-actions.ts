import {
  addSection,
  moveSection,
  removeSection,
  renameSection,
} from '../core/model/ops/section-ops';
import { findSectionIndex } from '../core/model/ops/locate';
import type { SectionActions } from './editor-state';
import type { Slice } from './slice';

export function sectionActions(): Slice<SectionActions> {
  return (_set, get) => ({
    addSection: (heading, index) => {
      let id = '';
      get().commit((issue) => {
        const next = addSection(issue, heading, index);
        const at =
          index === undefined
            ? next.sections.length - 1
            : Math.max(0, Math.min(index, issue.sections.length));
        id = next.sections[at]?.id ?? '';
        return next;
      });
      get().requestFocus(id, 'add-link');
      get().announce(`Added section "${heading}".`);
      return id;
    },

    renameSection: (sectionId, heading) => {
      get().commit((issue) => renameSection(issue, sectionId, heading), `heading:${sectionId}`);
    },

    removeSection: (sectionId) => {
      const section = get().issue.sections.find((s) => s.id === sectionId);
      if (!section || !get().commit((issue) => removeSection(issue, sectionId))) return;
      const cards = section.blocks.length;
      get().announce(
        `Removed section "${section.heading}"${cards > 0 ? ` and its ${cards} blocks` : ''}. Undo brings it back.`,
      );
    },

    moveSection: (sectionId, delta) => {
      const from = findSectionIndex(get().issue, sectionId);
      if (from < 0) return;
      const to = from + delta;
      if (to < 0 || to >= get().issue.sections.length) return;
      if (!get().commit((issue) => moveSection(issue, sectionId, to))) return;
      const section = get().issue.sections[to];
      get().announce(
        `Moved section "${section?.heading ?? ''}" to position ${to + 1} of ${get().issue.sections.length}.`,
      );
    },
  });
}
