import { useId } from 'react';
import type { SearchNewsletter } from './search-newsletters';

interface NewsletterSelectProps {
  newsletters: readonly SearchNewsletter[];
  /** The chosen newsletter's id; undefined for all. */
  value: string | undefined;
  onChange: (id: string | undefined) => void;
}

/** Which newsletter's issues search looks in: all, or one that has issues. A native select. */
export function NewsletterSelect({ newsletters, value, onChange }: NewsletterSelectProps) {
  const id = useId();
  return (
    <div className="search-newsletter">
      <label htmlFor={id}>Newsletter</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || undefined)}
      >
        <option value="">All</option>
        {newsletters.map((newsletter) => (
          <option key={newsletter.id} value={newsletter.id}>
            {newsletter.name}
          </option>
        ))}
      </select>
    </div>
  );
}
