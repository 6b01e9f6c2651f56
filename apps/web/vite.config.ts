import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { defineConfig } from 'vitest/config';

const api = 'http://localhost:4000';

// No `changeOrigin`: the server accepts a WebSocket handshake only when Origin matches Host, and
// the browser's Origin is the dev server's, so the proxied request must keep the original Host.
const proxy = {
  '/graphql': { target: api, ws: true },
  '/collab': { target: api, ws: true },
  '/healthz': { target: api },
  // Single sign-on's start and callback (decision 0028).
  '/auth': { target: api },
};

export default defineConfig({
  // Brotli (max quality) and gzip copies of every asset, written once at build time and served by the
  // server as they are: slow field connections get the smallest files without per-request CPU.
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 })],
  resolve: {
    // @opcat/editor renders server-side HTML with @tiptap/html/server (happy-dom, Node only); the web app
    // only uses its extensions, so the browser build gets the DOM-based entry with the same API.
    alias: [{ find: /^@tiptap\/html\/server$/, replacement: '@tiptap/html' }],
  },
  server: { port: 5173, proxy },
  preview: { proxy },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across deploys.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'graphql', test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs|@wry|optimism)[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
