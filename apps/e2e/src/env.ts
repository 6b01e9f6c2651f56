import { z } from 'zod';

const schema = z.object({
  /** Chromium used by the browser tests; Debian's package by default (`apt-get install -y chromium`). */
  CHROMIUM_PATH: z.preprocess((value) => (value === '' ? undefined : value), z.string().default('/usr/bin/chromium')),
});

export type Env = z.infer<typeof schema>;

export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  return schema.parse(source);
}
