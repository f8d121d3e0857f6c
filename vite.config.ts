import {defineConfig} from 'vite';
import react from '@vitejs/plugin-react';
import {crx} from '@crxjs/vite-plugin';
import manifest from './manifest.json' with {type: 'json'};

// The extension build. crxjs reads manifest.json, bundles every entry it names (service worker, content scripts,
// popup, options) and wraps content scripts in a loader that dynamic-imports the real module.
export default defineConfig(({mode}) => ({
  plugins: [react(), crx({manifest})],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Source maps help while developing; the store packages (issue 8) leave them out.
    sourcemap: mode === 'development',
    target: 'chrome120',
    // Keep the output readable enough to review what ships; size matters less than trust here.
    minify: mode !== 'development',
  },
  server: {port: 5173, strictPort: true, hmr: {port: 5173}},
}));
