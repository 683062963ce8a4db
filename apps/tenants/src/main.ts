import 'reflect-metadata';
import { loadTenantsConfig, startTenantsService } from './app.js';

const service = await startTenantsService(loadTenantsConfig());

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  process.stderr.write(`tenants: ${signal}, shutting down\n`);
  await service.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
