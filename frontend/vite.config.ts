import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Two pages: the explorer (/) and GraphiQL (/graphiql). A relative base keeps
// asset URLs right at / and at /graphiql; the dev server proxies the API so
// `npm run dev` works against a running `policygraph serve`.
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true, // the build script puts the committed dist/.keep back
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      onwarn(warning, warn) {
        // GraphiQL's dependencies mark React server-component boundaries; irrelevant in a static bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        graphiql: resolve(import.meta.dirname, 'graphiql/index.html'),
      },
    },
  },
  server: {
    fs: { allow: ['..'] }, // ../examples/queries are bundled as presets
    proxy: { '/graphql': process.env.POLICYGRAPH_API ?? 'http://127.0.0.1:18090' },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
