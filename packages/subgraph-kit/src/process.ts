/** Stops a service cleanly on Ctrl-C or SIGTERM (once), so `npm start` and orchestrators can stop it. */
export function stopOnSignals(name: string, close: () => Promise<void>): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`${name}: ${signal}, shutting down\n`);
    try {
      await close();
      process.exit(0);
    } catch (err) {
      process.stderr.write(`${name}: shutdown failed: ${(err as Error).message}\n`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
