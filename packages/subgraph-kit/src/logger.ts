import { type Logger, pino } from 'pino';

export type { Logger };

export function createLogger(service: string, level = 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    // Tokens and passwords never reach the log, whatever a caller logs by mistake.
    redact: {
      paths: [
        'req.headers.authorization',
        '*.password',
        'password',
        'token',
        '*.token',
        'variables.password',
      ],
      censor: '[redacted]',
    },
  });
}
