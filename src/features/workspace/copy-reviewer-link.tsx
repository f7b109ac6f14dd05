import { useId, useState } from 'react';
import { copyToClipboard } from '../../components/copy-to-clipboard';
import { liveReviewLink, type LiveReviewTarget } from '../live-review/live-review-link';

type Outcome = { link: string; copied: boolean };

/**
 * "Copy reviewer link": the link that opens this workspace issue live and read-only for a
 * reviewer, whose notes and "fine" marks then show beside the issue here. The link also shows in
 * a field, to copy by hand where the browser does not.
 */
export function CopyReviewerLink({ target }: { target: LiveReviewTarget }) {
  const fieldId = useId();
  const [outcome, setOutcome] = useState<Outcome>();
  const copy = async () => {
    const link = liveReviewLink(location.origin, target);
    setOutcome({ link, copied: (await copyToClipboard(link)) === undefined });
  };
  return (
    <>
      <button type="button" className="button button-small" onClick={() => void copy()}>
        Copy reviewer link
      </button>
      {outcome && (
        <div className="workspace-reviewer-link">
          <p role="status">
            {outcome.copied
              ? 'The reviewer link is copied. Whoever opens it reads this issue live and leaves notes; send it only to your reviewers.'
              : 'Copy this reviewer link and send it to your reviewers: it opens this issue live for them to read and leave notes.'}
          </p>
          <label className="visually-hidden" htmlFor={fieldId}>
            Reviewer link
          </label>
          <input
            id={fieldId}
            readOnly
            value={outcome.link}
            onFocus={(event) => event.target.select()}
          />
        </div>
      )}
    </>
  );
}
