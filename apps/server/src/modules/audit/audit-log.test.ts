import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@opcat/domain';
import { errorCodes, signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';
import { appendAudit } from './append-audit.ts';

const AUDIT_LOG = /* GraphQL */ `
  query AuditLog($organisationId: ID!, $action: String, $limit: Int, $after: String) {
    auditLog(organisationId: $organisationId, action: $action, limit: $limit, after: $after) {
      totalCount
      totalCountCapped
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        seq
        at
        action
        subjectType
        subjectId
        details
        hash
        actor {
          email
        }
      }
    }
  }
`;
const CHAIN = /* GraphQL */ `
  query Chain($organisationId: ID!) {
    auditChainStatus(organisationId: $organisationId) {
      ok
      entries
      firstBrokenSeq
      reason
    }
  }
`;

interface Entry {
  seq: string;
  action: string;
  subjectType: string | null;
  details: Record<string, unknown>;
  hash: string;
  actor: { email: string } | null;
}
type AuditLogData = {
  auditLog: {
    totalCount: number;
    totalCountCapped: boolean;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: Entry[];
  };
};

let server: TestServer;
let ana: GraphqlClient;
let bruno: GraphqlClient;
const organisations: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  // One after the other, so the chain order is known.
  ana = await signedIn(server, 'ana.mnp@demo.opcat');
  bruno = await signedIn(server, 'bruno.mnp@demo.opcat');
  await signedIn(server, 'carmen.cndh@demo.opcat');
  const rows = await server.orm.em
    .fork()
    .getConnection()
    .execute<{ id: string; kind: string; country_code: string | null }[]>(
      'select id, kind, country_code from organisation',
    );
  for (const r of rows) organisations[`${r.kind}:${r.country_code ?? ''}`] = r.id;
});

afterAll(async () => {
  await server?.close();
});

const npm = () => organisations['NPM:XV'] as string;

describe('auditLog', () => {
  it("an NPM admin sees the sign-in entries of their organisation's members, newest first", async () => {
    const res = await ana.request<AuditLogData>(AUDIT_LOG, { organisationId: npm(), action: 'auth.signIn' });
    expect(res.errors).toBeUndefined();
    const log = res.data?.auditLog;
    expect(log?.totalCount).toBe(2);
    expect(log?.nodes.map((n) => n.actor?.email)).toEqual(['bruno.mnp@demo.opcat', 'ana.mnp@demo.opcat']);
    expect(log?.nodes.every((n) => n.action === 'auth.signIn' && n.subjectType === 'session')).toBe(true);
    expect(log?.nodes[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(BigInt(log?.nodes[0]?.seq ?? 0)).toBeGreaterThan(BigInt(log?.nodes[1]?.seq ?? 0));
  });

  it('pages with limit and a cursor while totalCount counts every match', async () => {
    const first = await ana.request<AuditLogData>(AUDIT_LOG, {
      organisationId: npm(),
      action: 'auth.signIn',
      limit: 1,
    });
    expect(first.data?.auditLog.pageInfo.hasNextPage).toBe(true);
    const second = await ana.request<AuditLogData>(AUDIT_LOG, {
      organisationId: npm(),
      action: 'auth.signIn',
      limit: 1,
      after: first.data?.auditLog.pageInfo.endCursor,
    });
    expect(second.data?.auditLog.totalCount).toBe(2);
    expect(second.data?.auditLog.totalCountCapped).toBe(false);
    expect(second.data?.auditLog.pageInfo).toEqual({ endCursor: expect.any(String), hasNextPage: false });
    expect(second.data?.auditLog.nodes.map((n) => n.actor?.email)).toEqual(['ana.mnp@demo.opcat']);
  });

  it('lists no entries recorded for another organisation', async () => {
    const res = await ana.request<AuditLogData>(AUDIT_LOG, { organisationId: npm(), limit: 200 });
    const emails = new Set(res.data?.auditLog.nodes.map((n) => n.actor?.email));
    expect(emails.has('carmen.cndh@demo.opcat')).toBe(false);
    expect(res.data?.auditLog.totalCount).toBe(res.data?.auditLog.nodes.length);
  });

  it('an entry without a user has a null actor', async () => {
    const system: Actor = {
      userId: randomUUID(),
      sessionId: '',
      memberships: [{ organisationId: npm(), organisationKind: 'NPM', countryCode: 'XV', role: 'ADMIN' }],
      workingGroups: [],
    };
    await appendAudit(server.orm.em.fork(), server.env.AUDIT_KEY, {
      action: 'record.exported',
      actor: system,
      actorUserId: null,
    });
    const res = await ana.request<AuditLogData>(AUDIT_LOG, { organisationId: npm(), action: 'record.exported' });
    expect(res.data?.auditLog.nodes.map((n) => n.actor)).toEqual([null]);
  });

  it('an EDITOR, or an ADMIN of another organisation, gets NOT_FOUND', async () => {
    expect(errorCodes(await bruno.request(AUDIT_LOG, { organisationId: npm() }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await bruno.request(CHAIN, { organisationId: npm() }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await ana.request(AUDIT_LOG, { organisationId: organisations['NHRI:XV'] }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(errorCodes(await ana.request(AUDIT_LOG, { organisationId: 'not-an-id' }))).toEqual(['NOT_FOUND']);
  });
});

describe('auditChainStatus', () => {
  it('reports an intact chain with its number of entries', async () => {
    const res = await ana.request<{ auditChainStatus: Record<string, unknown> }>(CHAIN, { organisationId: npm() });
    expect(res.errors).toBeUndefined();
    expect(res.data?.auditChainStatus).toMatchObject({ ok: true, firstBrokenSeq: null, reason: null });
    expect(res.data?.auditChainStatus.entries).toBeGreaterThanOrEqual(3);
  });
});
