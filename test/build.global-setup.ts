// Tests that run the `directions` command (bin/directions.mjs) run the built JavaScript in dist/, so the
// suite builds first: incremental, so with nothing changed since the last build this takes a few seconds.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function build(): void {
  const root = path.resolve(import.meta.dirname, '..');
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(root, 'scripts/copy-build-data.mjs')], { cwd: root, stdio: 'inherit' });
}
