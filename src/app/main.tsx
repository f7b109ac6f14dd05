import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { onceLoader } from '../components/repository-context';
import { readDraftRowsAhead } from '../persistence/draft-rows-ahead';
import { afterPageLoad } from './after-page-load';
import { App } from './app';
import { registerServiceWorker } from './register-service-worker';
import { editedIssueId } from './edited-issue-id';
import { routeKeepsDrafts } from './route-keeps-drafts';
import { appRoutes } from './routes';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// Storage opens, and the sample is checked for, once. The database opened is shared with the
// read ahead below, which need not wait for the sample check: an address's draft is never the
// sample being loaded, which gets a new id. Each step leaves a performance mark, which
// bench/open-profile.ts reports.
const mark = (step: string) => performance.mark(`broadsheet:${step}`);
const openDatabase = onceLoader(async () => {
  const { openBrowserRepository } = await import('./open-browser-repository');
  const state = await openBrowserRepository();
  mark('storage-open');
  return state;
});
// The router matches the address once, as it is made; its match tells which screen opens.
const router = createBrowserRouter(appRoutes);
const { matches } = router.state;
// An issue's editor takes the draft read started here, once the database is open, rather than
// after its frame has rendered (read-draft.ts). Its rows are read from IndexedDB at once, while
// the storage code loads (draft-rows-ahead.ts); storage that fell back to memory does not take
// them. The read's module comes with the editor's chunks.
const opening = editedIssueId(matches);
const rows =
  opening === undefined || typeof indexedDB === 'undefined'
    ? undefined
    : readDraftRowsAhead(indexedDB, opening);
void rows?.then(() => mark('draft-rows'));
const openStorage = onceLoader(async () => {
  const { prepareRepository } = await import('./prepare-repository');
  // A database that holds the draft being opened is past its first run.
  const holdsDraft = async () => (await rows)?.row !== undefined;
  const state = await prepareRepository(openDatabase, navigator.locks, holdsDraft);
  mark('storage-ready');
  return state;
});
// A screen that keeps drafts opens storage while its code loads, not once it has loaded. A
// failure reaches the screen, which waits on the same promise and says what went wrong.
if (routeKeepsDrafts(matches)) openStorage().catch(() => undefined);
if (opening !== undefined) {
  Promise.all([openDatabase(), import('../features/compose/read-draft')]).then(
    ([{ repository, persistent }, { readDraftAhead }]) =>
      readDraftAhead(repository, opening, persistent ? rows : undefined),
    () => undefined,
  );
}

createRoot(root).render(<App repository={openStorage} router={router} />);

afterPageLoad(window, () => {
  void registerServiceWorker(navigator, import.meta.env.BASE_URL, import.meta.env.PROD);
});

// `npm run bench` opens the built app with `?bench` to time autosave writes in this browser.
if (new URLSearchParams(window.location.search).has('bench')) {
  void import('./autosave-bench-hook').then(({ installBenchHook }) => installBenchHook(window));
}
