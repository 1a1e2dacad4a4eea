// `npm run build -w @planhub/server`: bundles the server's TypeScript (and the
// workspace packages it imports, including the generated Prisma clients) into one
// ESM file for plain `node`, leaving npm dependencies as imports. `npm start` runs it:
// loading modules through tsx costs about a second of cold start.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const external = new Set<string>();
for (const pkg of ['packages/server/package.json', 'packages/db/package.json']) {
  const manifest = JSON.parse(readFileSync(`${root}${pkg}`, 'utf8'));
  for (const name of Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })) {
    if (!name.startsWith('@planhub/')) external.add(name);
  }
}

await build({
  absWorkingDir: root,
  entryPoints: ['packages/server/src/main.ts'],
  // Same folder depth as the sources, so paths computed from import.meta.url
  // (the repository root, migrations, seed files) resolve the same way.
  outfile: 'packages/server/dist/main.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external: [...external].flatMap((name) => [name, `${name}/*`]),
  logLevel: 'warning',
});
