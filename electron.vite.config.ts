import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // The PDF reader's worker thread, started by file name next to index.js
          // (src/services/pdf/pdfWorkerHost.ts); pdfjs-dist itself is loaded from its package.
          pdfWorker: resolve(__dirname, 'src/services/pdf/pdfWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot be an ES module: emit CommonJS.
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    build: {
      // SCHOLION_NO_MINIFY=1 keeps the names readable in CPU profiles (bench/uiProfile.ts).
      minify: !process.env.SCHOLION_NO_MINIFY,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
    plugins: [react()],
  },
});
