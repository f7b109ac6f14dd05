import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app';
import { openBrowserRepository } from './open-browser-repository';
import { prepareRepository } from './prepare-repository';
import { registerServiceWorker } from './register-service-worker';
import { appRoutes } from './routes';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

createRoot(root).render(
  <App
    repository={prepareRepository(openBrowserRepository)}
    router={createBrowserRouter(appRoutes)}
  />,
);

void registerServiceWorker(navigator, import.meta.env.BASE_URL, import.meta.env.PROD);
