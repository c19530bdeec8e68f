import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs; passwords, tokens and cookies never reach them. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'liancha-api' },
    redact: { paths: ['password', '*.password', 'token', '*.token', 'req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
  });
}
