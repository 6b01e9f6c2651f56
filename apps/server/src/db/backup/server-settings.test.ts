import { describe, expect, it } from 'vitest';
import { memorySettings } from './server-settings.ts';

const GB = 1024 ** 3;

describe("the embedded PostgreSQL's memory (decision 0048)", () => {
  it('gives shared buffers an eighth of the memory, between 128 MB and 2 GB, and says half of it caches data', () => {
    expect(memorySettings(512 * 1024 ** 2)).toEqual(["shared_buffers = '128MB'", "effective_cache_size = '256MB'"]);
    expect(memorySettings(4 * GB)).toEqual(["shared_buffers = '512MB'", "effective_cache_size = '2048MB'"]);
    expect(memorySettings(64 * GB)).toEqual(["shared_buffers = '2048MB'", "effective_cache_size = '32768MB'"]);
  });

  it('takes the operator’s shared buffers when set', () => {
    expect(memorySettings(4 * GB, 1024)).toEqual(["shared_buffers = '1024MB'", "effective_cache_size = '2048MB'"]);
  });
});
