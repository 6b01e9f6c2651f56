import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEnv } from './env.ts';

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'opcat-test-env-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const SECRET = 's'.repeat(32);
const MASTER = 'm'.repeat(43);

describe('AUDIT_KEY', () => {
  it('is required in production with DATABASE_URL', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgresql://app@db/opcat', DATA_DIR: dataDir() };
    expect(() => loadEnv({ ...production, SESSION_SECRET: SECRET })).toThrow(/AUDIT_KEY must be set/);
    expect(
      loadEnv({ ...production, SESSION_SECRET: SECRET, AUDIT_KEY: 'k'.repeat(32), MASTER_KEY: MASTER }).AUDIT_KEY,
    ).toBe('k'.repeat(32));
  });

  it('is refused when shorter than 32 characters', () => {
    expect(() => loadEnv({ DATA_DIR: dataDir(), AUDIT_KEY: 'short' })).toThrow(/AUDIT_KEY/);
  });

  it('is generated once under DATA_DIR in embedded mode, apart from the session secret', () => {
    const dir = dataDir();
    const first = loadEnv({ DATA_DIR: dir });
    expect(first.AUDIT_KEY.length).toBeGreaterThanOrEqual(32);
    expect(first.AUDIT_KEY).not.toBe(first.SESSION_SECRET);
    expect(readFileSync(join(dir, 'audit-key'), 'utf8').trim()).toBe(first.AUDIT_KEY);
    expect(loadEnv({ DATA_DIR: dir }).AUDIT_KEY).toBe(first.AUDIT_KEY);
  });
});

describe('MASTER_KEY', () => {
  it('is required in production with DATABASE_URL', () => {
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgresql://app@db/opcat',
      DATA_DIR: dataDir(),
      SESSION_SECRET: SECRET,
      AUDIT_KEY: 'k'.repeat(32),
    };
    expect(() => loadEnv(production)).toThrow(/MASTER_KEY must be set/);
    expect(loadEnv({ ...production, MASTER_KEY: MASTER }).MASTER_KEY).toBe(MASTER);
  });

  it('is generated once under DATA_DIR in embedded mode, apart from the other secrets', () => {
    const dir = dataDir();
    const first = loadEnv({ DATA_DIR: dir });
    expect(Buffer.from(first.MASTER_KEY, 'base64url')).toHaveLength(32);
    expect(first.MASTER_KEY).not.toBe(first.AUDIT_KEY);
    expect(readFileSync(join(dir, 'master-key'), 'utf8').trim()).toBe(first.MASTER_KEY);
    expect(loadEnv({ DATA_DIR: dir }).MASTER_KEY).toBe(first.MASTER_KEY);
  });
});

describe('DEMO_SEED', () => {
  const production = {
    NODE_ENV: 'production',
    DATABASE_URL: 'postgresql://app@db/opcat',
    SESSION_SECRET: SECRET,
    AUDIT_KEY: 'k'.repeat(32),
    MASTER_KEY: MASTER,
  };

  it('never seeds a production database reached through DATABASE_URL unless asked explicitly', () => {
    expect(loadEnv({ ...production, DATA_DIR: dataDir() }).DEMO_SEED).toBe(false);
    expect(loadEnv({ ...production, DATA_DIR: dataDir(), DEMO_SEED: 'true' }).DEMO_SEED).toBe(true);
  });

  it('seeds the embedded database and development databases by default, and never when told not to', () => {
    expect(loadEnv({ DATA_DIR: dataDir() }).DEMO_SEED).toBe(true);
    expect(loadEnv({ DATA_DIR: dataDir(), DATABASE_URL: 'postgresql://app@db/opcat' }).DEMO_SEED).toBe(true);
    expect(loadEnv({ DATA_DIR: dataDir(), DEMO_SEED: 'false' }).DEMO_SEED).toBe(false);
  });
});
