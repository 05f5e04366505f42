import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Two pages: the viewer itself, and bench.html, which renders a generated graph with the same
// renderer so that scripts/bench/viewer.mjs can time it without a server.
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        bench: resolve(import.meta.dirname, 'bench.html'),
      },
    },
  },
  worker: { format: 'es' },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
