import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

/** Absolute paths, so the build works the same whatever directory it is started from. */
const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const webOutDir = fileURLToPath(new URL('./dist/web', import.meta.url));

/** Everything the browser asks the Fastify server for while the Vite dev server serves the app. */
const API_SERVER = 'http://127.0.0.1:3000';
/**
 * The app's own modules under src/web/api/ are served at /api/… too (e.g. /api/client.ts): the dev
 * server keeps those, and everything else under /api goes to the server.
 */
const isWebSourceModule = (url = ''): boolean => /\.[cm]?[jt]sx?(\?|$)/.test(url);
const proxy = {
  '/api': { target: API_SERVER, bypass: (req: { url?: string }) => (isWebSourceModule(req.url) ? req.url : undefined) },
  '/healthz': API_SERVER,
  '/readyz': API_SERVER,
  '/openapi.json': API_SERVER,
  '/docs': API_SERVER,
};

/** Matches a package directory inside node_modules (works with / and \ separators). */
const inPackages = (names: string): RegExp => new RegExp(`[\\\\/]node_modules[\\\\/](${names})[\\\\/]`);

export default defineConfig({
  root: webRoot,
  base: '/',
  // Each text asset is also written as .gz and .br once at build, so the server sends them compressed
  // without compressing on every request (@fastify/static `preCompressed`, src/server/http/web.ts).
  plugins: [react(), compression({ algorithms: ['gzip', 'brotliCompress'], threshold: 1024 })],
  server: { proxy },
  // `vite preview` reuses server.proxy, so the built app can be checked against a running server.
  build: {
    outDir: webOutDir,
    emptyOutDir: true,
    // The application editor carries the JSON-schema form renderer and its validator (~570 kB, 185 kB
    // gzipped); only that page loads it.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Only what every page needs goes into named vendor chunks (stable across deploys, so they stay
        // cached). Ant Design and the rest are left to the automatic split by route: a group that took
        // all of antd would make the home page download the admin area's tables, forms and pickers.
        codeSplitting: {
          groups: [
            { name: 'react', test: inPackages('react|react-dom|scheduler|react-router|cookie|set-cookie-parser'), priority: 20 },
            { name: 'i18n', test: inPackages('i18next|react-i18next|html-parse-stringify|void-elements'), priority: 10 },
          ],
        },
      },
    },
  },
});
