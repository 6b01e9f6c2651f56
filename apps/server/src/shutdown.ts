import { logger } from './logger.ts';

/** Something the server opened, closed again on shutdown in reverse order of opening. */
export interface Closeable {
  name: string;
  close(): Promise<void>;
  /** Last resort when the drain timed out: must not wait (e.g. ask PostgreSQL to stop, release a lock). */
  abandon?(): void;
}

export interface Shutdown {
  /** Begins the drain (first call) or notes a repeat; the process exits when the drain ends or times out. */
  begin(reason: string, exitCode?: number): void;
}

/**
 * One drain, whatever number of signals arrive. A single Ctrl-C on `npm start` reaches the server
 * several times within milliseconds: the terminal signals its whole foreground process group, and
 * every npm in between forwards SIGINT/SIGTERM to its child as well. So a repeated signal is logged
 * and otherwise ignored; only `timeoutMs` cuts the drain short, and then the exit code is 1.
 */
export function createShutdown(options: {
  /** Opened so far; may still grow while start-up runs. */
  opened: Closeable[];
  /** Settles when start-up has finished or failed: closing begins only after it. */
  whenStarted: () => Promise<unknown>;
  timeoutMs: number;
  exit?: (code: number) => void;
}): Shutdown {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let draining = false;

  return {
    begin(reason, exitCode = 0) {
      if (draining) {
        logger.info({ reason }, 'signal received again: still draining');
        return;
      }
      draining = true;
      const began = performance.now();
      logger.info({ reason, timeoutSeconds: options.timeoutMs / 1000 }, 'shutting down');
      const timer = setTimeout(() => {
        logger.error({ timeoutSeconds: options.timeoutMs / 1000 }, 'drain timed out: exiting without it');
        for (const item of options.opened) {
          try {
            item.abandon?.();
          } catch (error) {
            logger.error({ err: error, closing: item.name }, 'could not abandon');
          }
        }
        exit(1);
      }, options.timeoutMs);

      void (async () => {
        let code = exitCode;
        await options.whenStarted().catch(() => undefined);
        for (const item of [...options.opened].reverse()) {
          const closing = performance.now();
          try {
            await item.close();
            logger.info({ closed: item.name, ms: Math.round(performance.now() - closing) }, 'closed');
          } catch (error) {
            // The rest still closes: the database must stop and release its lock whatever failed before it.
            logger.error({ err: error, closing: item.name }, 'unclean shutdown');
            code = 1;
          }
        }
        clearTimeout(timer);
        const seconds = ((performance.now() - began) / 1000).toFixed(2);
        logger.info({ seconds, exitCode: code }, 'shutdown complete');
        exit(code);
      })();
    },
  };
}
