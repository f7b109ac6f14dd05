import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { onceLoader } from '../components/repository-context';
import { afterPageLoad } from './after-page-load';
import { App } from './app';
import { registerServiceWorker } from './register-service-worker';
import { editedIssueId } from './edited-issue-id';
import { routeKeepsDrafts } from './route-keeps-drafts';
import { appRoutes } from './routes';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

const openStorage = onceLoader(async () => {
  const [{ openBrowserRepository }, { prepareRepository }] = await Promise.all([
    import('./open-browser-repository'),
    import('./prepare-repository'),
  ]);
  return prepareRepository(openBrowserRepository, navigator.locks);
});
// A screen that keeps drafts opens storage while its code loads, not once it has loaded. A
// failure reaches the screen, which waits on the same promise and says what went wrong.
if (routeKeepsDrafts(appRoutes, window.location.pathname)) openStorage().catch(() => undefined);
// An issue's editor takes the draft read started here, once storage is open, rather than after
// its frame has rendered (read-draft.ts). Its module comes with the editor's preloaded chunks.
const opening = editedIssueId(appRoutes, window.location.pathname);
if (opening !== undefined) {
  Promise.all([openStorage(), import('../features/compose/read-draft')]).then(
    ([{ repository }, { readDraftAhead }]) => readDraftAhead(repository, opening),
    () => undefined,
  );
}

createRoot(root).render(<App repository={openStorage} router={createBrowserRouter(appRoutes)} />);

afterPageLoad(window, () => {
  void registerServiceWorker(navigator, import.meta.env.BASE_URL, import.meta.env.PROD);
});

// `npm run bench` opens the built app with `?bench` to time autosave writes in this browser.
if (new URLSearchParams(window.location.search).has('bench')) {
  void import('./autosave-bench-hook').then(({ installBenchHook }) => installBenchHook(window));
}
