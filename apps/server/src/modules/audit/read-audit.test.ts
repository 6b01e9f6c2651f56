import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { errorCodes, openTestOrm, signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';
import { recordStatements } from '../../test/statements.ts';
import { AuditBatcher, auditBatcher } from './read-audit.ts';
import { verifyAuditChain } from './verify-chain.ts';
import { appendAudit } from './append-audit.ts';

const SPT_FINDINGS = /* GraphQL */ `
  query SptFindings {
    findings(filter: { classification: SPT_CONFIDENTIAL }, limit: 200) {
      totalCount
      nodes {
        id
        title
        visit {
          id
        }
        place {
          id
        }
      }
    }
  }
`;
type SptFindingsData = { findings: { totalCount: number; nodes: { id: string; title: string }[] } };
interface ReadEntry {
  seq: string;
  subject_type: string | null;
  subject_organisation_id: string | null;
  details: { ids: string[]; transport: string; operation?: string };
}

let server: TestServer;
let ines: GraphqlClient;
let sptFindingIds: string[];

const sql = <T>(query: string, params: unknown[] = []) =>
  server.orm.em.fork().getConnection().execute<T[]>(query, params);
const asOwner = <T>(query: string, params: unknown[] = []) =>
  server.ownerOrm.em.fork().getConnection().execute<T[]>(query, params);
const readEntriesAfter = (seq: string) =>
  sql<ReadEntry>(
    `select seq::text as seq, subject_type, subject_organisation_id, details from audit_event
     where action = 'record.readConfidential' and seq > ? order by seq`,
    [seq],
  );
const head = async () =>
  (await sql<{ seq: string }>('select coalesce(max(seq), 0)::text as seq from audit_event'))[0]?.seq ?? '0';
const verify = () => verifyAuditChain(server.orm.em.fork() as EntityManager, { key: server.env.AUDIT_KEY });

beforeAll(async () => {
  server = await startTestServer();
  // Statement recording is process-wide: the job runner (the demo's queued notifications, its cron) would be counted too.
  await server.jobs.stop();
  ines = await signedIn(server, 'ines.spt@demo.opcat');
  const first = await ines.request<SptFindingsData>(SPT_FINDINGS);
  sptFindingIds = (first.data?.findings.nodes ?? []).map((n) => n.id).sort();
  expect(sptFindingIds.length).toBeGreaterThanOrEqual(2);
});

afterAll(async () => {
  await server?.close();
});

describe('group-committed read audits', () => {
  it('20 concurrent confidential reads append one entry each, in fewer transactions, on a verifiable chain', async () => {
    const before = await head();
    const batcher = auditBatcher(server.orm, server.env.AUDIT_KEY);
    const batchesBefore = batcher.batches;
    const responses = await Promise.all(Array.from({ length: 20 }, () => ines.request<SptFindingsData>(SPT_FINDINGS)));
    for (const res of responses) {
      expect(res.errors).toBeUndefined();
      expect(res.data?.findings.nodes.map((n) => n.id).sort()).toEqual(sptFindingIds);
    }
    const entries = await readEntriesAfter(before);
    // One entry per request, not one per list and nested field: the finding list, its visits and
    // places are one record set (all owned by the SPT).
    expect(entries).toHaveLength(20);
    for (const entry of entries) {
      expect(entry.subject_organisation_id).not.toBeNull();
      expect(entry.details.transport).toBe('http');
      expect(entry.details.operation).toBe('SptFindings');
      expect(entry.details.ids).toEqual(expect.arrayContaining(sptFindingIds));
    }
    const transactions = batcher.batches - batchesBefore;
    expect(transactions).toBeGreaterThan(0);
    expect(transactions).toBeLessThan(20);
    const chain = await verify();
    expect(chain.firstBroken).toBeNull();
    expect(chain.ok).toBe(true);
  });

  it('a confidential list page spends one round trip on its audit once the batcher knows the head', async () => {
    // The batcher learnt the head from its previous batch (the reads above); nothing else wrote since.
    await ines.request<SptFindingsData>(SPT_FINDINGS);
    const before = await head();
    const { result, statements } = await recordStatements(() => ines.request<SptFindingsData>(SPT_FINDINGS));
    expect(result.errors).toBeUndefined();
    expect(await readEntriesAfter(before)).toHaveLength(1);
    const audit = statements.filter((s) => /audit_event|pg_advisory_xact_lock\(/.test(s));
    // `BEGIN; <chain lock>; <head>; <insert … if the head is still the one sealed after>; COMMIT`.
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatch(
      /^BEGIN; select pg_advisory_xact_lock\(\d+\); select .* from audit_event .*; insert into audit_event .* is not distinct from .*; COMMIT$/s,
    );
    expect(statements.filter((s) => /^\s*(begin|commit);?\s*$/i.test(s))).toEqual([]);
    expect((await verify()).ok).toBe(true);
  });

  it('when another writer moved the head, the batch reads it under the lock and still extends the chain', async () => {
    // A write's own audit (a transaction of its own, not the batcher) moves the head behind the batcher's back.
    await ines.request<SptFindingsData>(SPT_FINDINGS);
    await appendAudit(server.orm.em.fork() as EntityManager, server.env.AUDIT_KEY, {
      action: 'auth.signOut',
      actor: null,
    });
    const before = await head();
    const { result, statements } = await recordStatements(() => ines.request<SptFindingsData>(SPT_FINDINGS));
    expect(result.errors).toBeUndefined();
    expect(await readEntriesAfter(before)).toHaveLength(1);
    // The first try inserts nothing and learns the head; the second inserts.
    expect(statements.filter((s) => /audit_event/.test(s))).toHaveLength(2);
    const chain = await verify();
    expect(chain.firstBroken).toBeNull();
    expect(chain.ok).toBe(true);
  });

  it('a failed append answers with an error and without the data, and never drops the entry silently', async () => {
    const before = await head();
    await asOwner(`create function refuse_read_audit() returns trigger language plpgsql as $$
      begin raise exception 'read audit refused for the test'; end $$`);
    await asOwner(`create trigger refuse_read_audit before insert on audit_event for each row
      when (new.action = 'record.readConfidential') execute function refuse_read_audit()`);
    try {
      const res = await ines.request<SptFindingsData>(SPT_FINDINGS);
      expect(res.status).toBe(500);
      expect(errorCodes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(res.data).toBeUndefined();
      expect(JSON.stringify(res)).not.toContain(sptFindingIds[0]);
      // Concurrent requests in the failing batch fail alike.
      const many = await Promise.all(Array.from({ length: 5 }, () => ines.request<SptFindingsData>(SPT_FINDINGS)));
      for (const r of many) {
        expect(r.data).toBeUndefined();
        expect(errorCodes(r)).toEqual(['INTERNAL_SERVER_ERROR']);
      }
    } finally {
      await asOwner('drop trigger refuse_read_audit on audit_event');
      await asOwner('drop function refuse_read_audit()');
    }
    expect(await readEntriesAfter(before)).toHaveLength(0);
    const after = await ines.request<SptFindingsData>(SPT_FINDINGS);
    expect(after.data?.findings.nodes).toHaveLength(sptFindingIds.length);
    expect(await readEntriesAfter(before)).toHaveLength(1);
    expect((await verify()).ok).toBe(true);
  });

  it('batches of two instances interleave into one unbroken chain', async () => {
    const other: MikroORM = await openTestOrm(server.orm.config.getClientUrl());
    try {
      const before = await head();
      const a = new AuditBatcher(server.orm, server.env.AUDIT_KEY);
      const b = new AuditBatcher(other, server.env.AUDIT_KEY);
      const append = (batcher: AuditBatcher, i: number) =>
        batcher.append({ action: 'record.readConfidential', actor: null, details: { ids: [String(i)] } });
      await Promise.all(Array.from({ length: 60 }, (_, i) => append(i % 2 === 0 ? a : b, i)));
      expect(await readEntriesAfter(before)).toHaveLength(60);
      expect(a.batches + b.batches).toBeLessThan(60);
      const chain = await verify();
      expect(chain.firstBroken).toBeNull();
      expect(chain.ok).toBe(true);
      await a.close();
      await b.close();
    } finally {
      await other.close(true);
    }
  });
});
