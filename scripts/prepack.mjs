// `prepack`: `npm pack` and `npm publish` always ship a fresh build. A fresh clone has no
// node_modules, so the build tools are installed from the committed lockfile first
// (`npm ci --ignore-scripts`): `git clone … && npm pack` is all it takes. Child output goes
// to stderr, so `npm pack --json` stays parseable.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(args) {
  const result = spawnSync(npm, args, { cwd: root, stdio: ['ignore', 2, 2], shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`prepack: \`npm ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

if (!existsSync(new URL('../node_modules/typescript/package.json', import.meta.url))) {
  console.error('prepack: no node_modules; installing the build tools from package-lock.json (npm ci --ignore-scripts).');
  run(['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error']);
}
run(['run', 'build', '--silent']);
