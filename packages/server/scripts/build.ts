// `npm run build -w @planhub/server`: bundles the server's TypeScript, the workspace
// packages it imports (the generated Prisma clients included) and its npm dependencies into
// one ESM file for plain `node`. `npm start` runs it: loading modules through tsx costs
// about a second of cold start, and Node finding, reading and compiling some 1,400 module
// files of node_modules one by one another 0.4 s (bench/README.md). Left as imports: what
// cannot be bundled (native addons, Prisma's engines and the WebAssembly it loads from its
// own folder, pino's worker transports) and what loads only when first used (ExcelJS for
// imports and exports, GraphiQL's 9 MB of assets, the CLI's progress bar), so it costs
// nothing at start.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const external = ['better-sqlite3', '@prisma/*', 'prisma', 'pg', 'pg-native', 'pino', 'exceljs', '@graphql-yoga/render-graphiql', 'cli-progress'];

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
  external: external.flatMap((name) => (name.endsWith('/*') ? [name] : [name, `${name}/*`])),
  // CommonJS dependencies bundled into ESM still call require (for Node's own modules).
  banner: { js: "import { createRequire as __planhubRequire } from 'node:module'; const require = __planhubRequire(import.meta.url);" },
  logLevel: 'warning',
});
