import react from '@vitejs/plugin-react';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'vite';
import { pageChunks } from './vite-page-chunks';
import { precompress } from './vite-precompress';

const api = 'http://localhost:3000';

const reactRouterDir = dirname(createRequire(import.meta.url).resolve('react-router/package.json'));

export default defineConfig(({ command }) => ({
  // react-router's exports name only its development build (remix-run/react-router#14102), which
  // keeps its dev warnings and checks in production: a build takes the production files it ships.
  resolve:
    command === 'build'
      ? { alias: [{ find: /^react-router$/, replacement: join(reactRouterDir, 'dist/production/index.mjs') }] }
      : {},
  plugins: [react(), pageChunks({ table: 'src/page-modules.ts', routes: 'src/routes.ts' }), precompress()],
  server: {
    proxy: { '/api': api, '/guides': api, '/healthz': api, '/readyz': api },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Errors in a browser's console can be read back to our sources (Lighthouse's best practices ask it).
    sourcemap: true,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod ships comments Rollup cannot place; harmless, and otherwise repeated on every build.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/')) return;
        warn(warning);
      },
    },
  },
}));
