import { pino } from 'pino';

/** Structured JSON logs on stderr. The level is set from env in main.ts; tests stay quiet. */
export const logger = pino({ level: 'info', base: undefined }, pino.destination(2));
