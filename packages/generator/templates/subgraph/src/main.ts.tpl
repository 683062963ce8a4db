import 'reflect-metadata';
import { load__Plural__Config, start__Plural__Service } from './app.js';

const service = await start__Plural__Service(load__Plural__Config());

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  process.stderr.write(`__name__: ${signal}, shutting down\n`);
  await service.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
