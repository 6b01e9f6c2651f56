import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';
import { appendAudit } from './append-audit.ts';
import { verifyAuditChain } from './verify-chain.ts';
import { bypassingTriggers } from '../../test/audit-chain.ts';

let server: TestServer;
let ana: GraphqlClient;

/** As the app's role, like everything the server does. */
async function sql<T>(query: string, params: unknown[] = []): Promise<T[]> {
  return server.orm.em.fork().getConnection().execute<T[]>(query, params);
}

async function asOwner<T>(query: string, params: unknown[] = []): Promise<T[]> {
  return server.ownerOrm.em.fork().getConnection().execute<T[]>(query, params);
}

const verify = () => verifyAuditChain(server.orm.em.fork(), { key: server.env.AUDIT_KEY });

beforeAll(async () => {
  server = await startTestServer();
  ana = await signedIn(server, 'ana.mnp@demo.opcat');
});

afterAll(async () => {
  await server?.close();
});

describe('the audit chain in the database', () => {
  it("the app's role is refused UPDATE, DELETE, TRUNCATE and disabling the triggers of audit entries", async () => {
    await expect(sql("update audit_event set action = 'auth.signOut'")).rejects.toThrow(/permission denied/);
    await expect(sql('delete from audit_event')).rejects.toThrow(/permission denied/);
    await expect(sql('truncate audit_event')).rejects.toThrow(/permission denied/);
    await expect(sql('alter table audit_event disable trigger user')).rejects.toThrow(/must be owner/);
    await expect(sql('alter table audit_event disable trigger all')).rejects.toThrow(/must be owner|permission/);
    await expect(sql('drop table audit_event')).rejects.toThrow(/must be owner/);
    const [row] = await sql<{ n: number }>('select count(*)::int as n from audit_event');
    expect(row?.n).toBeGreaterThan(0);
  });

  it("the app's role may still write the other tables", async () => {
    const [user] = await sql<{ id: string }>(
      "update user_account set display_name = display_name where email = 'ana.mnp@demo.opcat' returning id",
    );
    expect(user?.id).toBeDefined();
  });

  it('even the owner meets the append-only triggers unless it disables them', async () => {
    await expect(asOwner("update audit_event set action = 'auth.signOut'")).rejects.toThrow(
      /append-only \(UPDATE refused\)/,
    );
    await expect(asOwner('delete from audit_event')).rejects.toThrow(/append-only \(DELETE refused\)/);
    await expect(asOwner('truncate audit_event')).rejects.toThrow(/append-only \(TRUNCATE refused\)/);
  });

  it('accepts an entry only at the next position, linked to the head', async () => {
    const [head] = await sql<{ seq: string; hash: string }>(
      'select seq::text as seq, hash from audit_event order by audit_event.seq desc limit 1',
    );
    const insert = (seq: bigint, prevHash: string) =>
      sql(
        `insert into audit_event (seq, at, action, details, prev_hash, hash, chain_version) values (?, now(), 'record.exported', '{}', ?, ?, 2)`,
        [String(seq), prevHash, 'f'.repeat(64)],
      );
    await expect(insert(BigInt(head?.seq ?? 0) + 2n, head?.hash ?? '')).rejects.toThrow(/only the next entry/);
    await expect(insert(BigInt(head?.seq ?? 0) + 1n, 'e'.repeat(64))).rejects.toThrow(/only the next entry/);
    await expect(insert(BigInt(head?.seq ?? 0), head?.hash ?? '')).rejects.toThrow(/only the next entry/);
  });

  it('8 concurrent writers × 50 appends each make one unbroken chain of 400 more entries', async () => {
    const before = await verify();
    expect(before.ok).toBe(true);
    await Promise.all(
      Array.from({ length: 8 }, async (_, writer) => {
        for (let i = 0; i < 50; i += 1)
          await appendAudit(server.orm.em.fork(), server.env.AUDIT_KEY, {
            action: 'record.exported',
            actor: null,
            details: { writer, i },
          });
      }),
    );
    const after = await verify();
    expect(after).toMatchObject({ ok: true, firstBroken: null, entries: before.entries + 400 });
    const [forks] = await sql<{ n: number }>(
      'select count(*)::int as n from (select prev_hash from audit_event group by prev_hash having count(*) > 1) f',
    );
    expect(forks?.n).toBe(0);
  });

  it('names the first altered entry when someone bypasses the triggers', async () => {
    const [target] = await sql<{ seq: string }>(
      'select seq::text as seq from audit_event order by audit_event.seq offset 4 limit 1',
    );
    await bypassingTriggers(server.ownerOrm, async (run) => {
      await run(`update audit_event set details = details || '{"ip":"10.0.0.1"}' where seq = ?`, [target?.seq]);
    });
    await expect(asOwner('delete from audit_event')).rejects.toThrow(/append-only/);

    const verification = await verify();
    expect(verification.ok).toBe(false);
    expect(verification.firstBroken?.seq).toBe(target?.seq);
    expect(verification.firstBroken?.reason).toMatch(/altered/);

    const [npm] = await sql<{ id: string }>("select id from organisation where kind = 'NPM' and country_code = 'XV'");
    const res = await ana.request<{ auditChainStatus: Record<string, unknown> }>(
      /* GraphQL */ `
        query Chain($organisationId: ID!) {
          auditChainStatus(organisationId: $organisationId) {
            ok
            firstBrokenSeq
            reason
          }
        }
      `,
      { organisationId: npm?.id },
    );
    expect(res.data?.auditChainStatus).toMatchObject({ ok: false, firstBrokenSeq: target?.seq });
  });
});
