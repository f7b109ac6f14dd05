// The screens, each loaded lazily: the entry carries the router and no frame, storage, editor or
// markdown code. The reviewer's page (`/preview#...`) is outside the drafts layout, so opening
// a share link neither opens storage nor loads the sample.

import type { RouteObject } from 'react-router';
import { requestShareDictionaryEarly } from '../features/review/share-dictionary-request';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';
import { RouteLoading } from './route-loading';

export const appRoutes: RouteObject[] = [
  {
    path: '/preview',
    HydrateFallback: RouteLoading,
    errorElement: <RouteError />,
    lazy: async () => {
      // The link's dictionary comes beside the page's code rather than after it, and the link is
      // read as soon as its reader has loaded: the page renders with the issue it shows.
      const { hash } = window.location;
      requestShareDictionaryEarly(hash);
      const [{ ReviewPage }] = await Promise.all([
        import('../features/review/review-page'),
        import('../features/review/read-link-ahead').then(({ readLinkAhead }) =>
          readLinkAhead(hash),
        ),
      ]);
      return { Component: ReviewPage };
    },
  },
  {
    // A workspace issue opened live for a reviewer: like the reviewer's page, outside the drafts
    // layout, with no storage; the server and token come in the fragment.
    path: '/review/live/:workspace/:slug',
    HydrateFallback: RouteLoading,
    errorElement: <RouteError />,
    lazy: async () => {
      const { LiveReviewPage } = await import('../features/live-review/live-review-page');
      return { Component: LiveReviewPage };
    },
  },
  {
    // The id tells main.tsx which screens open storage (route-keeps-drafts.ts).
    id: 'drafts',
    path: '/',
    HydrateFallback: RouteLoading,
    // The frame loads with the screen, in parallel: the reviewer's page never needs it.
    lazy: async () => {
      const { DraftsLayout } = await import('./drafts-layout');
      return { Component: DraftsLayout };
    },
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          {
            index: true,
            lazy: async () => {
              const { LibraryPage } = await import('../features/library/library-page');
              return { Component: LibraryPage };
            },
          },
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
            path: 'templates/:id',
            lazy: async () => {
              const { TemplatePage } = await import('../features/templates/template-page');
              return { Component: TemplatePage };
            },
          },
          {
            path: 'workspace/:slug',
            lazy: async () => {
              const { WorkspaceJoinPage } =
                await import('../features/workspace/workspace-join-page');
              return { Component: WorkspaceJoinPage };
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
