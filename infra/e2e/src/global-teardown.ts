import { existsSync } from 'node:fs';
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { stopProcessGroup } from './processes';

export default async function globalTeardown(): Promise<void> {
  const pid = Number(process.env.FRONTLINE_E2E_PID);
  if (pid > 0) await stopProcessGroup(pid);
  const dataDir = process.env.FRONTLINE_E2E_DATA_DIR;
  if (!dataDir) return;
  // The services log into the data dir, which goes away: keep their logs with the test results.
  const logs = join(dataDir, 'logs');
  const outputDir = process.env.FRONTLINE_E2E_OUTPUT_DIR;
  if (outputDir && existsSync(logs)) await cp(logs, join(outputDir, 'stack-logs'), { recursive: true });
  await rm(dataDir, { recursive: true, force: true });
}
