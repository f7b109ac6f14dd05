// The Template screen, `/templates/:id`: a newsletter's template as learned from its archive (or
// built in), corrected and saved here. Reached from the library's list of newsletters and from
// an archive import that learned a template.

import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryProvider } from '../../components/query-provider';
import { useRepository } from '../../components/repository-context';
import { BUILT_IN_TEMPLATES } from '../../core/template/built-in-templates';
import { BuiltInTemplateNotice } from './built-in-template-notice';
import { restoreBuiltInTemplate } from './restore-built-in-template';
import { TemplateEditor } from './template-editor';
import { useLibraryTemplates } from './use-library-templates';
import './templates.css';

export function TemplatePage() {
  return (
    <QueryProvider>
      <TemplateScreen />
    </QueryProvider>
  );
}

function TemplateScreen() {
  const { id = '' } = useParams();
  const repository = useRepository();
  const { templates, error, reload } = useLibraryTemplates();
  const [restores, setRestores] = useState(0);
  const template = templates?.all.find((t) => t.id === id);
  const builtIn = BUILT_IN_TEMPLATES.find((t) => t.id === id);
  const restore = async () => {
    await restoreBuiltInTemplate(repository, id);
    await reload();
    // The form starts again from the built-in template, its unsaved edits gone with the copy.
    setRestores((n) => n + 1);
  };
  return (
    <main className="page page-template">
      <title>{`${template?.name ?? 'Template'} · Broadsheet`}</title>
      <p>
        <Link to="/">Back to the library</Link>
      </p>
      <h1>{template ? `Template: ${template.name}` : 'Template'}</h1>
      {error && (
        <p role="alert" className="notice notice-error">
          The templates could not be read: {error}
        </p>
      )}
      {templates === undefined && !error && <p role="status">Loading the template…</p>}
      {templates !== undefined && template === undefined && (
        <p role="alert" className="notice notice-error">
          There is no template “{id}” in this library.
        </p>
      )}
      {templates && template && builtIn && (
        <BuiltInTemplateNotice
          name={builtIn.name}
          changed={templates.changedBuiltIns.includes(id)}
          onRestore={restore}
        />
      )}
      {templates && template && (
        <TemplateEditor
          key={`${template.id}#${restores}`}
          template={template}
          templates={templates.all}
          onSaved={reload}
        />
      )}
    </main>
  );
}
