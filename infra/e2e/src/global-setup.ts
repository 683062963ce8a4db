import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { FullConfig } from '@playwright/test';
import { freePort, stopProcessGroup } from './processes';
import { type DemoLogin, parseStackLine, STACK_ENV, type StackInfo } from './stack';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');
// Overridable to exercise this harness against a stand-in launcher.
const DEV_SCRIPT = process.env.FRONTLINE_E2E_DEV_SCRIPT ?? join(repoRoot, 'infra/scripts/dev.mjs');
const READY_TIMEOUT_MS = Number(process.env.FRONTLINE_E2E_READY_TIMEOUT_MS ?? 300_000);

/** Starts the whole stack on fresh PGlite data and free ports; tests read the result from the env. */
export default async function globalSetup(config: FullConfig): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'frontline-e2e-'));
  const [gatewayPort, tenantsPort, adminPort] = [await freePort(), await freePort(), await freePort()];
  const outputDir = config.projects[0]?.outputDir ?? join(here, '../test-results');
  mkdirSync(outputDir, { recursive: true });
  const logPath = join(outputDir, 'stack.log');
  const log = createWriteStream(logPath);

  const child = spawn(process.execPath, [DEV_SCRIPT], {
    cwd: repoRoot,
    env: {
      ...process.env,
      FRONTLINE_DATA_DIR: dataDir,
      GATEWAY_PORT: String(gatewayPort),
      TENANTS_PORT: String(tenantsPort),
      ADMIN_PORT: String(adminPort),
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group, so the teardown can make sure no service outlives the run.
    detached: true,
  });
  if (child.pid === undefined) throw new Error(`could not start ${DEV_SCRIPT}`);
  process.env.FRONTLINE_E2E_PID = String(child.pid);
  process.env.FRONTLINE_E2E_DATA_DIR = dataDir;
  process.env.FRONTLINE_E2E_OUTPUT_DIR = outputDir;
  // Keep draining both pipes for the whole run: a full pipe would block the services.
  child.stderr.pipe(log, { end: false });

  const info: Partial<StackInfo> & { logins: DemoLogin[] } = { logins: [] };
  const ready = new Promise<void>((resolveReady, rejectReady) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      log.write(`${line}\n`);
      if (parseStackLine(line, info)) resolveReady();
    });
    child.once('exit', (code, signal) =>
      rejectReady(
        new Error(`dev.mjs exited (${code ?? signal}) before "Frontline is ready"; see ${logPath}`),
      ),
    );
    setTimeout(
      () => rejectReady(new Error(`stack not ready after ${READY_TIMEOUT_MS} ms; see ${logPath}`)),
      READY_TIMEOUT_MS,
    ).unref();
  });

  try {
    await ready;
    if (!info.adminUrl || !info.gatewayUrl)
      throw new Error(`dev.mjs did not print admin/gateway URLs; see ${logPath}`);
  } catch (error) {
    await stopProcessGroup(child.pid);
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  process.env[STACK_ENV] = JSON.stringify(info satisfies Partial<StackInfo>);
}
