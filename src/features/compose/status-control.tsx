import { useId } from 'react';
import { StatusSelect } from '../../components/status-select';
import { StatusStamp } from '../../components/status-stamp';
import { useEditorState, useEditorStore } from './editor-store-context';

/**
 * The issue's editorial status in the editor's header: in the bar on a laptop, in "More actions"
 * on a phone (compose.css shows one of the two by the screen's width). Choosing one sets the
 * `draft` key too where the front matter has one (core/status/draft-for-status.ts). Who set it
 * and when follow it, once recorded.
 */
export function StatusControl({ place }: { place: 'bar' | 'menu' }) {
  const store = useEditorStore();
  const status = useEditorState((s) => s.issue.status);
  const changedAt = useEditorState((s) => s.issue.statusChangedAt);
  const setBy = useEditorState((s) => s.issue.statusSetBy);
  const readOnly = useEditorState((s) => s.readOnly);
  const stampId = useId();
  return (
    <StatusSelect
      className={`status-control-${place}`}
      label="Status"
      value={status}
      disabled={readOnly}
      onChange={(chosen) => store.getState().setStatus(chosen)}
      describedBy={changedAt === undefined ? undefined : stampId}
    >
      <StatusStamp id={stampId} changedAt={changedAt} setBy={setBy} />
    </StatusSelect>
  );
}
