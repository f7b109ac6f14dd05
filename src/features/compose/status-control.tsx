import { StatusSelect } from '../../components/status-select';
import { useEditorState, useEditorStore } from './editor-store-context';

/**
 * The issue's editorial status in the editor's header: in the bar on a laptop, in "More actions"
 * on a phone (compose.css shows one of the two by the screen's width). Choosing one sets the
 * `draft` key too where the front matter has one (core/status/draft-for-status.ts).
 */
export function StatusControl({ place }: { place: 'bar' | 'menu' }) {
  const store = useEditorStore();
  const status = useEditorState((s) => s.issue.status);
  const readOnly = useEditorState((s) => s.readOnly);
  return (
    <StatusSelect
      className={`status-control-${place}`}
      label="Status"
      value={status}
      disabled={readOnly}
      onChange={(chosen) => store.getState().setStatus(chosen)}
    />
  );
}
