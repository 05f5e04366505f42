import pino, { type Logger } from 'pino';

/** Structured JSON logs on stdout; the level comes from the settings (LOG_LEVEL; silent in tests). */
export function createLogger(level: string): Logger {
  return pino({ name: 'newsgraph', level });
}
