import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** The app's icon (build/icon.svg, also the installers') as the page's favicon, so a browser asks for nothing that is not there. */
function favicon(): Plugin {
  return {
    name: 'prosjektboka-favicon',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'favicon.svg', source: readFileSync(new URL('./build/icon.svg', import.meta.url)) });
    },
  };
}

// The renderer is built once and served by both transports: Electron's app://
// protocol and the web host. Relative asset paths work under either.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), favicon()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    // Electron's Chromium and Debian's: light-dark() (ui/tokens.css) stays native instead of esbuild's
    // --lightningcss-light/dark polyfill, so the theme is the root's color-scheme and nothing else.
    cssTarget: 'chrome123',
    chunkSizeWarningLimit: 2000,
    // The app, and the print views alone for the pages that only print (renderer/print/printMain.tsx).
    rollupOptions: { input: { index: 'renderer/index.html', print: 'renderer/print.html' } },
  },
});
