import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The renderer is built to dist/renderer and served by Electron's app:// protocol or by the
// loopback web host; relative asset URLs make both work.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    // No inline scripts: the CSP forbids them.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // Two pages: the app, and the desk chooser an Electron desk shows before it (单机 or a newsroom server).
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        chooser: fileURLToPath(new URL('./chooser.html', import.meta.url)),
      },
    },
  },
});
