import { getFrontMatterValue } from '../../core/front-matter/get-front-matter-value';
import { useEditorState, useEditorStore } from './editor-store-context';

/** Hugo's draft flag. */
export function FrontMatterDraftField() {
  const store = useEditorStore();
  const draft = useEditorState((s) => getFrontMatterValue(s.issue.frontMatter, 'draft') === true);
  return (
    <label className="field field-draft checkbox">
      <input
        type="checkbox"
        checked={draft}
        data-field="draft"
        onChange={(event) => store.getState().setFrontMatterValue('draft', event.target.checked)}
      />
      <span>Draft</span>
    </label>
  );
}
