import { loadGatewayConfig } from './config.js';
import { startGateway } from './gateway.js';

const gateway = await startGateway(loadGatewayConfig());

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  process.stderr.write(`gateway: ${signal}, shutting down\n`);
  await gateway.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
