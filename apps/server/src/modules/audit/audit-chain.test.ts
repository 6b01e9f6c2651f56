import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';
import { appendAudit } from './append-audit.ts';
import { verifyAuditChain } from './verify-chain.ts';

let server: TestServer;
let ana: GraphqlClient;

async function sql<T>(query: string, params: unknown[] = []): Promise<T[]> {
  return server.orm.em.fork().getConnection().execute<T[]>(query, params);
}

beforeAll(async () => {
  server = await startTestServer();
  ana = await signedIn(server, 'ana.mnp@demo.opcat');
});

afterAll(async () => {
  await server?.close();
});

describe('the audit chain in the database', () => {
  it('refuses UPDATE, DELETE and TRUNCATE of audit entries', async () => {
    await expect(sql("update audit_event set action = 'auth.signOut'")).rejects.toThrow(
      /append-only \(UPDATE refused\)/,
    );
    await expect(sql('delete from audit_event')).rejects.toThrow(/append-only \(DELETE refused\)/);
    await expect(sql('truncate audit_event')).rejects.toThrow(/append-only \(TRUNCATE refused\)/);
    const [row] = await sql<{ n: number }>('select count(*)::int as n from audit_event');
    expect(row?.n).toBeGreaterThan(0);
  });

  it('8 concurrent writers × 50 appends each make one unbroken chain of 400 more entries', async () => {
    const before = await verifyAuditChain(server.orm.em.fork());
    expect(before.ok).toBe(true);
    await Promise.all(
      Array.from({ length: 8 }, async (_, writer) => {
        for (let i = 0; i < 50; i += 1)
          await appendAudit(server.orm.em.fork(), { action: 'record.exported', actor: null, details: { writer, i } });
      }),
    );
    const after = await verifyAuditChain(server.orm.em.fork());
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
    await server.orm.em.fork().transactional(async (tx) => {
      const run = (statement: string) => tx.getConnection().execute(statement, [], 'run', tx.getTransactionContext());
      await run('alter table audit_event disable trigger user');
      await run(`update audit_event set details = details || '{"ip":"10.0.0.1"}' where seq = ${target?.seq}`);
      await run('alter table audit_event enable trigger user');
    });
    await expect(sql('delete from audit_event')).rejects.toThrow(/append-only/);

    const verification = await verifyAuditChain(server.orm.em.fork());
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
