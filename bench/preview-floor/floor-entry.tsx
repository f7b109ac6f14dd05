// The floor the reviewer page is measured against: React, react-dom and the router showing issue
// 056's rendered HTML from a static file, and nothing else, built by the same Vite in the same
// run (see ../preview-bench.ts, which writes the file beside the build).

import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';

// Requested as the module runs, as the reviewer page requests its share dictionary.
const issueHtml = fetch('/issue-056.html').then((response) => response.text());

function Floor() {
  const [html, setHtml] = useState<string>();
  useEffect(() => {
    void issueHtml.then(setHtml);
  }, []);
  return html === undefined ? null : <div dangerouslySetInnerHTML={{ __html: html }} />;
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <RouterProvider router={createBrowserRouter([{ path: '*', Component: Floor }])} />,
  );
