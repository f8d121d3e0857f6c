import {defineConfig} from 'vite';
import react from '@vitejs/plugin-react';
import {crx} from '@crxjs/vite-plugin';
import {localesPlugin} from './scripts/lib/locales.ts';
import manifest from './manifest.json' with {type: 'json'};

// The extension build. crxjs reads manifest.json, bundles every entry it names (service worker, content scripts,
// popup, options) and wraps content scripts in a loader that dynamic-imports the real module.
// `--mode bench` builds the same extension plus benchmark pages into dist-bench/, and `--mode test` the build the
// end-to-end suite loads into dist-test/: both with the test hooks of shared/test-build.ts, never shipped.
export default defineConfig(({mode}) => ({
  plugins: [react(), crx({manifest}), localesPlugin()],
  build: {
    outDir: mode === 'bench' ? 'dist-bench' : mode === 'test' ? 'dist-test' : 'dist',
    emptyOutDir: true,
    // Source maps help while developing; the store packages leave them out.
    sourcemap: mode === 'development',
    target: 'chrome120',
    minify: mode !== 'development',
    // The service worker carries the analysis (compromise) and calendar parsing (ical.js): large by design, and
    // never loaded by a page.
    chunkSizeWarningLimit: 1_200,
    // Chrome has native modulepreload; Vite's polyfill would add the bundle's only fetch() call.
    modulePreload: {polyfill: false},
    rollupOptions: mode === 'bench' ? {input: {storeBench: 'bench/pages/store.html'}} : {},
  },
  server: {port: 5173, strictPort: true, hmr: {port: 5173}},
}));
