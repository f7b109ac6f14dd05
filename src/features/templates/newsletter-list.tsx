import { useEffect } from 'react';
import { Link } from 'react-router';
import { useLibraryTemplates } from './use-library-templates';

/**
 * The library's newsletters, each a link to its Template screen. Read again when `refreshAfter`
 * changes (an archive import's result, which may have learned a template).
 */
export function NewsletterList({ refreshAfter }: { refreshAfter?: unknown }) {
  const { templates, reload } = useLibraryTemplates();
  useEffect(() => {
    if (refreshAfter !== undefined) void reload();
  }, [refreshAfter, reload]);
  if (templates === undefined) return null;
  return (
    <nav className="newsletter-list" aria-label="Newsletter templates">
      <h2>Newsletters</h2>
      <ul>
        {templates.newsletters.map((template) => (
          <li key={template.id}>
            <Link
              to={`/templates/${encodeURIComponent(template.id)}`}
              aria-label={`Template of ${template.name}`}
            >
              {template.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
