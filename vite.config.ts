import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    // The offline app shell: a service worker that precaches every built file and answers
    // navigations with index.html, so the app opens and saves with no network after one visit.
    // src/app/register-service-worker.ts registers it. A new version waits until every tab of
    // the old one has closed (no skipWaiting): an open editor never loses the chunks it runs on.
    VitePWA({
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,txt,svg,png,ico,woff2,json}'],
        navigateFallback: 'index.html',
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', sourcemap: false },
});
