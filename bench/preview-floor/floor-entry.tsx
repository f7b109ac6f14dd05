// The floor the preview route is measured against: React, react-dom and the router, and nothing
// else, built by the same Vite in the same run (see ../preview-bench.ts).

import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';

function Floor() {
  return <p>floor</p>;
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <RouterProvider router={createBrowserRouter([{ path: '*', Component: Floor }])} />,
  );
