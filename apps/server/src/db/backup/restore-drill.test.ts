import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestOrm } from '../../test/server.ts';
import { runRestoreDrill } from './drill.ts';

const scratch = mkdtempSync(join(tmpdir(), 'opcat-restore-drill-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('backup and point-in-time restore drill (issue #17)', () => {
  it('writes, takes a base backup, writes more, restores to a chosen moment: records and the audit chain hold', async () => {
    const report = await runRestoreDrill(scratch, openTestOrm);
    console.log(
      `restore drill: base backup ${(report.backup.bytes / 1e6).toFixed(1)} MB from WAL ${report.backup.startWalFile}; ` +
        `restored to ${report.restore.target}; audit chain ${report.auditEntriesVerified} entries verified ` +
        `(${report.restore.checkpointsKept} checkpoints kept, ${report.restore.checkpointsSetAside} set aside); ` +
        `${report.auditEntriesAfterNewWrite} after a new write`,
    );
    expect(report.presentAfterRestore).toEqual([report.written.beforeBackup, report.written.beforeMoment].sort());
    expect(report.auditEntriesVerified).toBeGreaterThan(0);
    expect(report.auditEntriesAfterNewWrite).toBe(report.auditEntriesVerified + 1);
    // The replaced data directory is kept, never deleted.
    expect(report.restore.setAside).not.toBeNull();
    expect(readdirSync(join(scratch, 'data')).some((name) => name.startsWith('pg.before-restore-'))).toBe(true);
  }, 240_000);
});
