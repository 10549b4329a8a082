import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

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
  plugins: [react()],
  server: { proxy },
  // `vite preview` reuses server.proxy, so the built app can be checked against a running server.
  build: {
    outDir: webOutDir,
    emptyOutDir: true,
    // Vite's default 500 kB warning limit is kept: the vendor split below keeps every chunk under it.
    rolldownOptions: {
      output: {
        // Vendor code changes far less often than ours: separate chunks stay cached across deploys.
        // A group also takes in the dependencies of what it captures, and higher priority captures first,
        // so the layers go from the bottom up: react, then icons, then antd's base, then antd itself.
        codeSplitting: {
          groups: [
            { name: 'react', test: inPackages('react|react-dom|scheduler|react-router|cookie|set-cookie-parser'), priority: 40 },
            { name: 'antd-icons', test: inPackages('@ant-design[\\\\/]icons|@ant-design[\\\\/]icons-svg'), priority: 30 },
            // antd in one chunk would be ~540 kB: its components and the layers under them load as two.
            { name: 'antd-base', test: inPackages('@ant-design|@rc-component|rc-[^\\\\/]+|dayjs|@babel[\\\\/]runtime|classnames|clsx'), priority: 25 },
            // The admin area's heavy data components, loaded with the pages that use them.
            { name: 'antd-data', test: /[\\/]node_modules[\\/]antd[\\/](es|lib)[\\/](table|form|date-picker|transfer|tree|tree-select|cascader|upload|calendar|time-picker)[\\/]/, priority: 22 },
            { name: 'antd', test: inPackages('antd'), priority: 20 },
            { name: 'i18n', test: inPackages('i18next|react-i18next|html-parse-stringify|void-elements'), priority: 10 },
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, priority: 0 },
          ],
        },
      },
    },
  },
});
