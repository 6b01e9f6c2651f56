/** Messages between run.ts and its client workers. */
export interface ClientSpec {
  /** Global editor number (unique across workers). */
  index: number;
  document: string;
  cookie: string | undefined;
}

export type ToWorker =
  | { type: 'connect'; url: string; clients: ClientSpec[] }
  | { type: 'type'; rateHz: number; measureStartUs: number; measureEndUs: number; graceMs: number }
  | { type: 'close' };

export interface WorkerResult {
  type: 'result';
  /** Edits sent inside the measured window. */
  sent: number;
  /** One latency (ms) per receiver per measured edit. */
  deliveries: number[];
  /** [sender.seq, receivers reached, slowest arrival in ms]. */
  perEdit: [string, number, number][];
}
