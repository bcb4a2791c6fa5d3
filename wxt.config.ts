import { defineConfig } from 'wxt';
import { SELLER_CHAT_MATCHES } from './lib/sites/hosts';
import { addDemoHosts, addOptionalHosts } from './lib/sites/manifest-hosts';

/**
 * `SHOPREPLY_DEMO=1` (`npm run build:demo`, used by `npm start` and the end-to-end tests) builds into
 * .output/chrome-mv3-demo and adds the demo's loopback host. The store build (`npm run build`,
 * `npm run zip`) reaches the seller chat hosts only: a local web app never gets the content script.
 */
const demo = process.env.SHOPREPLY_DEMO === '1';

const PREACT_FOR_REACT = [
  { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react$/, replacement: 'preact/compat' },
];

// Permissions are the least the product needs: alarms and notifications for the offline follow-up
// deadline (the library lives in IndexedDB, which needs no permission), and the seller chat hosts.
// Other chat pages (imported site profiles) are optional hosts, each asked for by a click, where
// `scripting` registers the content script.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  outDirTemplate: demo ? '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}-demo' : undefined,
  manifest: {
    name: 'ShopReply',
    description: 'Smart reply suggestions for the TikTok Shop seller chat',
    // scripting: "Teach this page" injects its interface's chunk into the tab that asks (issue 11).
    permissions: ['alarms', 'notifications', 'scripting'],
    host_permissions: [...SELLER_CHAT_MATCHES],
  },
  vite: () => ({ define: { 'import.meta.env.SHOPREPLY_DEMO': JSON.stringify(demo) } }),
  hooks: {
    // The content script runs in every seller chat tab: it renders with Preact's React-compatible
    // layer (about 10 kB instead of react-dom's 60 kB gzip). Extension pages keep React.
    'vite:build:extendConfig': (entrypoints, config) => {
      // The teaching UI's chunk renders into the content script's shadow root: Preact too.
      if (!entrypoints.some((e) => e.type === 'content-script' || e.name === 'teach-ui')) return;
      config.resolve ??= {};
      const own = Array.isArray(config.resolve.alias) ? config.resolve.alias : Object.entries(config.resolve.alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve.alias = [...PREACT_FOR_REACT, ...own];
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      if (demo) addDemoHosts(manifest);
      addOptionalHosts(manifest, demo);
    },
  },
});
