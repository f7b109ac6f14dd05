// The screens. The library is part of the entry chunk; the editor and the preview load lazily,
// so the first page carries no editor, drag-and-drop or markdown code.

import type { RouteObject } from 'react-router';
import { LibraryPage } from '../features/library/library-page';
import { AppLayout, RouteLoading } from './app-layout';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

export const appRoutes: RouteObject[] = [
  {
    path: '/',
    Component: AppLayout,
    HydrateFallback: RouteLoading,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, Component: LibraryPage },
          {
            path: 'issues/:id',
            lazy: async () => {
              const { ComposePage } = await import('../features/compose/compose-page');
              return { Component: ComposePage };
            },
          },
          {
            path: 'issues/:id/preview',
            lazy: async () => {
              const { IssuePreviewPage } =
                await import('../features/issue-preview/issue-preview-page');
              return { Component: IssuePreviewPage };
            },
          },
          {
            path: 'inbox',
            lazy: async () => {
              const { InboxPage } = await import('../features/inbox/inbox-page');
              return { Component: InboxPage };
            },
          },
          {
            path: 'search',
            lazy: async () => {
              const { SearchPage } = await import('../features/search/search-page');
              return { Component: SearchPage };
            },
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];
