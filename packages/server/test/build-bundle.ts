import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Vitest global setup: builds the bundle `npm start` runs (packages/server/dist/main.js)
// once before any test, so the tests that start it test what users run.
export default function setup(): void {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  execFileSync(process.execPath, ['--import', 'tsx', 'packages/server/scripts/build.ts'], { cwd: root, stdio: 'inherit' });
}
