import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '@opcat/domain';
import { Finding, Recommendation } from '../../db/entities/monitoring.ts';
import { readsUnscopedForBenchmark, unscopeReadsForBenchmark } from './benchmark-unscoped.ts';
import { readableBy } from './read-filter.ts';

const actor: Actor = {
  userId: 'u',
  sessionId: 's',
  memberships: [{ organisationId: 'o', organisationKind: 'CSO', countryCode: 'XV', role: 'EDITOR' }],
  workingGroups: [],
};

describe('the benchmark-only unscoped reads (bench/lists)', () => {
  afterEach(() => unscopeReadsForBenchmark({ NODE_ENV: 'test' }, false));

  it('is off by default: readableBy is the read scope', () => {
    expect(readsUnscopedForBenchmark()).toBe(false);
    expect(readableBy(actor, Finding)).toHaveProperty('$or');
  });

  it('replaces the read scope by true only while the benchmark has it on', () => {
    unscopeReadsForBenchmark({ NODE_ENV: 'test' }, true);
    expect(readableBy(actor, Finding)).toEqual({});
    expect(readableBy(null, Recommendation)).toEqual({});
    unscopeReadsForBenchmark({ NODE_ENV: 'test' }, false);
    expect(readableBy(actor, Finding)).toHaveProperty('$or');
  });

  it('refuses to switch on in production', () => {
    expect(() => unscopeReadsForBenchmark({ NODE_ENV: 'production' }, true)).toThrow(/refused in production/);
    expect(readsUnscopedForBenchmark()).toBe(false);
    expect(readableBy(actor, Finding)).toHaveProperty('$or');
  });

  it('is called by nothing in the server', () => {
    const src = fileURLToPath(new URL('../..', import.meta.url));
    const callers: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (
          entry.name.endsWith('.ts') &&
          !entry.name.startsWith('benchmark-unscoped') &&
          readFileSync(path, 'utf8').includes('unscopeReadsForBenchmark')
        )
          callers.push(path);
      }
    };
    walk(src);
    expect(callers).toEqual([]);
  });
});
