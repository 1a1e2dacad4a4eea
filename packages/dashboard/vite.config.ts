import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The SDK from its sources in this repository (its package exports point at its build):
// `@planhub/sdk/<module>` is packages/sdk/src/<module>.ts, as the published package's
// `dist/<module>.js` would be.
const sdk = fileURLToPath(new URL('../sdk/src/', import.meta.url));

export default defineConfig(({ command }) => ({
  // A build is React's production build, even where the environment says otherwise
  // (vitest sets NODE_ENV=test): React's production code and JSX without dev-only calls.
  ...(command === 'build' ? { define: { 'process.env.NODE_ENV': JSON.stringify('production') }, oxc: { jsx: { runtime: 'automatic', development: false } } } : {}),
  resolve: {
    alias: [
      { find: /^@planhub\/sdk$/, replacement: `${sdk}client.ts` },
      { find: /^@planhub\/sdk\/(.+)$/, replacement: `${sdk}$1.ts` },
    ],
  },
  build: {
    sourcemap: false,
    target: 'es2022',
    rollupOptions: {
      // TanStack Query marks its hooks "use client" for React Server Components; a client-only bundle drops the directive, as it should.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
}));
