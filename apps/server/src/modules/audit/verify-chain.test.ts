import { appendFileSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { bypassingTriggers, chainFixture, headSeq } from '../../test/audit-chain.ts';
import type { ChainFixture } from '../../test/audit-chain.ts';
import type { Env } from '../../env.ts';
import { appendAudit } from './append-audit.ts';
import { GENESIS_HASH, legacyEntryHash } from './chain.ts';
import type { ChainEntry } from './chain.ts';
import { checkpointFile, writeAuditCheckpoint } from './checkpoint.ts';
import { verifyAuditChain, verifyAuditLog } from './verify-chain.ts';

let chain: ChainFixture;

afterEach(async () => {
  await chain?.close();
});

const verify = () => verifyAuditLog(chain.app.em.fork(), chain.env);
const checkpoint = () => writeAuditCheckpoint({ orm: chain.app, env: chain.env as Env });

interface Row {
  seq: string;
  at: Date;
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  subject_organisation_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  details: Record<string, unknown>;
  hash: string;
}

function entryOf(row: Row): ChainEntry {
  return {
    seq: row.seq,
    at: new Date(row.at),
    actorUserId: row.actor_user_id,
    actorOrganisationId: row.actor_organisation_id,
    subjectOrganisationId: row.subject_organisation_id,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    details: row.details,
  };
}

/**
 * The forgery the unkeyed chain could not catch: the owner rewrites entry `seq` and recomputes the
 * seal of it and every later entry the only way it can without AUDIT_KEY.
 */
async function forgeFrom(seq: string, relabel: 'keep version' | 'as version 1'): Promise<void> {
  await bypassingTriggers(chain.owner, async (run) => {
    const rows = await run<Row>(
      'select seq::text as seq, at, actor_user_id, actor_organisation_id, subject_organisation_id, action, subject_type, subject_id, details, hash from audit_event where seq >= ? order by seq',
      [seq],
    );
    const [before] = await run<{ hash: string }>('select hash from audit_event where seq = ?', [
      String(BigInt(seq) - 1n),
    ]);
    let prevHash = before?.hash ?? GENESIS_HASH;
    for (const row of rows) {
      const entry = entryOf(row);
      if (row.seq === seq) entry.details = { ...entry.details, n: 'forged' };
      const hash = legacyEntryHash(prevHash, entry);
      await run(
        `update audit_event set details = ?::jsonb, prev_hash = ?, hash = ?${relabel === 'as version 1' ? ', chain_version = 1' : ''} where seq = ?`,
        [JSON.stringify(entry.details), prevHash, hash, row.seq],
      );
      prevHash = hash;
    }
  });
}

describe('verifyAuditChain', () => {
  it('reports an entry rewritten by the owner with every later hash recomputed without the key', async () => {
    chain = await chainFixture(8);
    await forgeFrom('3', 'keep version');
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toEqual({ seq: '3', reason: expect.stringMatching(/altered/) });
    expect(result.entries).toBe(2);
  });

  it('reports the same forgery relabelled as unkeyed (version 1) entries as a downgrade', async () => {
    chain = await chainFixture(8);
    await forgeFrom('5', 'as version 1');
    const result = await verify();
    expect(result.firstBroken).toEqual({ seq: '5', reason: expect.stringMatching(/downgraded/) });
  });

  it('reports a missing entry in the middle as a gap', async () => {
    chain = await chainFixture(6);
    await bypassingTriggers(chain.owner, (run) => run('delete from audit_event where seq = 4').then(() => {}));
    const result = await verify();
    expect(result.firstBroken).toEqual({ seq: '5', reason: 'entry 4 is missing' });
  });

  it('still verifies entries sealed with the unkeyed hash before the keyed chain began', async () => {
    chain = await chainFixture(0);
    // What a database written before chain version 2 holds: rows the migration labelled version 1.
    let prevHash = GENESIS_HASH;
    for (const seq of ['1', '2', '3']) {
      const entry: ChainEntry = {
        seq,
        at: new Date(Date.UTC(2026, 10, 23, 9, Number(seq))),
        actorUserId: null,
        actorOrganisationId: null,
        subjectOrganisationId: null,
        action: 'auth.signInFailed',
        subjectType: null,
        subjectId: null,
        details: { ip: '127.0.0.1' },
      };
      const hash = legacyEntryHash(prevHash, entry);
      await chain.owner.em
        .fork()
        .getConnection()
        .execute(
          `insert into audit_event (seq, at, action, details, prev_hash, hash, chain_version) values (?, ?, ?, ?::jsonb, ?, ?, 1)`,
          [seq, entry.at, entry.action, JSON.stringify(entry.details), prevHash, hash],
        );
      prevHash = hash;
    }
    await chain.append(2);
    const result = await verify();
    expect(result).toMatchObject({ ok: true, entries: 5, firstBroken: null });
    const [row] = await chain.app.em
      .fork()
      .getConnection()
      .execute<{ versions: number[] }[]>('select array_agg(chain_version order by seq) as versions from audit_event');
    expect(row?.versions).toEqual([1, 1, 1, 2, 2]);
  });

  it('a verifier without the right key finds every keyed entry altered', async () => {
    chain = await chainFixture(3);
    const result = await verifyAuditChain(chain.app.em.fork(), { key: 'another-key-of-at-least-32-characters!' });
    expect(result.firstBroken).toEqual({ seq: '1', reason: expect.stringMatching(/altered/) });
  });
});

describe('signed checkpoints', () => {
  it('writeAuditCheckpoint signs the head into DATA_DIR once per new head', async () => {
    chain = await chainFixture(4);
    const first = await checkpoint();
    expect(first).toMatchObject({ seq: '4', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await checkpoint()).toBeNull();
    await chain.append(1);
    expect((await checkpoint())?.seq).toBe('5');
    const lines = readFileSync(checkpointFile(chain.env.DATA_DIR), 'utf8').trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { seq: string }).seq)).toEqual(['4', '5']);
    expect(await verify()).toMatchObject({ ok: true, checkpoint: { seq: '5' }, checkpointProblems: [] });
  });

  it('a deleted newest entry is reported against the checkpoint, and no new checkpoint signs over it', async () => {
    chain = await chainFixture(5);
    await checkpoint();
    await bypassingTriggers(chain.owner, (run) => run('delete from audit_event where seq = 5').then(() => {}));
    // Without the checkpoint the shortened chain is a perfectly valid chain.
    expect((await verifyAuditChain(chain.app.em.fork(), { key: chain.env.AUDIT_KEY })).ok).toBe(true);

    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toEqual({ seq: '5', reason: expect.stringMatching(/deleted or truncated/) });
    await expect(checkpoint()).rejects.toThrow(/no longer holds entry 5/);
  });

  it('a truncated log is reported against the checkpoint', async () => {
    chain = await chainFixture(5);
    await checkpoint();
    await bypassingTriggers(chain.owner, (run) => run('truncate audit_event').then(() => {}));
    const result = await verify();
    expect(result).toMatchObject({ ok: false, entries: 0 });
    expect(result.firstBroken).toEqual({ seq: '1', reason: expect.stringMatching(/entries 1 to 5 are missing/) });
  });

  it('a sequence number reused after the newest entry was deleted is reported', async () => {
    chain = await chainFixture(5);
    await checkpoint();
    await bypassingTriggers(chain.owner, (run) => run('delete from audit_event where seq = 5').then(() => {}));
    await chain.append(1); // the app, unaware, appends at the freed position
    expect(await headSeq(chain.app)).toBe('5');
    expect((await verifyAuditChain(chain.app.em.fork(), { key: chain.env.AUDIT_KEY })).ok).toBe(true);

    const result = await verify();
    expect(result.firstBroken).toEqual({ seq: '5', reason: expect.stringMatching(/reused after a deletion/) });
  });

  it('a rewritten head is reported even when its seal is recomputed with the key', async () => {
    chain = await chainFixture(3);
    await checkpoint();
    // Someone who obtained the key as well: deletes the head and appends another one in its place.
    await bypassingTriggers(chain.owner, (run) => run('delete from audit_event where seq = 3').then(() => {}));
    await appendAudit(chain.app.em.fork(), chain.env.AUDIT_KEY, { action: 'auth.signOut', actor: null });
    const result = await verify();
    expect(result.firstBroken?.seq).toBe('3');
    expect(result.firstBroken?.reason).toMatch(/differs from the checkpoint/);
  });

  it('a forged or edited checkpoint line is reported', async () => {
    chain = await chainFixture(2);
    const signed = await checkpoint();
    appendFileSync(
      checkpointFile(chain.env.DATA_DIR),
      JSON.stringify({ ...signed, seq: '9', at: new Date().toISOString() }) + '\n' + 'not json\n',
    );
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toBeNull();
    expect(result.checkpoint?.seq).toBe('2');
    expect(result.checkpointProblems).toEqual([
      'audit-checkpoints.jsonl line 2 has a MAC that does not verify (forged or edited)',
      'audit-checkpoints.jsonl line 3 is not JSON',
    ]);
  });
});
