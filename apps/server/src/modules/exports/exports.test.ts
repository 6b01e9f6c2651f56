import { randomUUID } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import { tokenFromCookieHeader } from '../../auth/session.ts';
import { SealedDataRejected } from '../../crypto/rejected.ts';
import { buildOperationContext } from '../../operation/build.ts';
import { exportJobForDownload, runExportJob } from './export-job.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../db/entities/audit.ts';
import { Recommendation } from '../../db/entities/monitoring.ts';
import { User } from '../../db/entities/identity.ts';
import { ExportJob } from '../../db/entities/export-job.ts';
import { demoIds } from '../../test/recommendation-fixtures.ts';
import { insertRecommendations } from '../../test/export-fixtures.ts';
import { downloadExport, exportPath } from '../../test/export-files.ts';
import { signedIn, startTestServer } from '../../test/server.ts';
import { notificationsSettled } from '../../test/notification-helpers.ts';
import { sessionStatements, warm } from '../../test/statements.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';

const LIST_IDS = /* GraphQL */ `
  query Ids($filter: RecommendationFilter, $after: String) {
    recommendations(filter: $filter, limit: 200, after: $after) {
      nodes {
        id
        reference
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;

const REQUEST = /* GraphQL */ `
  mutation Request($input: RequestExportInput!) {
    requestExport(input: $input) {
      downloadUrl
      job {
        id
        status
        rowsWritten
        totalRows
        rowCount
        fileName
        downloadUrl
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`;

const JOB = /* GraphQL */ `
  query Job($id: ID!) {
    exportJob(id: $id) {
      id
      status
      rowsWritten
      totalRows
      rowCount
      downloadUrl
    }
  }
`;

interface JobData {
  id: string;
  status: string;
  rowsWritten: number;
  totalRows: number | null;
  rowCount: number | null;
  downloadUrl: string | null;
}

let server: TestServer;
let ana: GraphqlClient; // NPM admin
let bruno: GraphqlClient; // NPM editor
let diego: GraphqlClient; // CSO
let ids: Awaited<ReturnType<typeof demoIds>>;

async function readableIds(client: GraphqlClient, filter: Record<string, unknown> = {}): Promise<string[]> {
  const out: string[] = [];
  let after: string | null = null;
  for (;;) {
    const res: {
      data?: {
        recommendations: { nodes: { id: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
      } | null;
    } = await client.request(LIST_IDS, { filter, after });
    out.push(...res.data!.recommendations.nodes.map((n) => n.id));
    if (!res.data!.recommendations.pageInfo.hasNextPage) return out;
    after = res.data!.recommendations.pageInfo.endCursor;
  }
}

beforeAll(async () => {
  server = await startTestServer();
  ids = await demoIds(server);
  ana = await signedIn(server, 'ana.mnp@demo.opcat');
  bruno = await signedIn(server, 'bruno.mnp@demo.opcat');
  diego = await signedIn(server, 'diego.voces@demo.opcat');
  await insertRecommendations(server.orm, {
    ownerOrganisationId: ids.organisation('npm'),
    createdById: ids.user('bruno.mnp@demo.opcat'),
    addresseeId: ids.organisation('ministry'),
    count: 30,
    prefix: 'EXP',
    title: (i) => (i === 0 ? '=HYPERLINK("http://evil.example","clic")' : i === 1 ? '+1 alerta' : `Recomendación ${i}`),
  });
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('list exports', () => {
  it('an XLSX export holds exactly the rows the list shows the viewer, both statuses included', async () => {
    for (const client of [bruno, diego]) {
      const file = await downloadExport(server.url, exportPath('recommendations', 'xlsx'), client.cookie);
      expect(file.status).toBe(200);
      expect(file.disposition).toMatch(/attachment; filename="?opcat-recommendations-\d{4}-\d{2}-\d{2}\.xlsx/);
      const [header, ...rows] = file.rows;
      expect(header).toEqual(expect.arrayContaining(['id', 'reference', 'acceptance', 'stateStatus', 'monitorStatus']));
      const exported = rows.map((r) => r[0]).sort();
      expect(exported).toEqual((await readableIds(client)).sort());
    }
    // The CSO reads none of the NPM's ORGANISATION recommendations; the NPM editor reads all 30.
    const cso = await downloadExport(server.url, exportPath('recommendations', 'csv'), diego.cookie);
    expect(cso.rows.flat().join(' ')).not.toContain('EXP-');
  });

  it('CSV and XLSX carry the same rows and the same filters as on screen', async () => {
    const filter = { acceptance: ['ACCEPTED'], search: 'EXP-' };
    const csv = await downloadExport(server.url, exportPath('recommendations', 'csv', filter), bruno.cookie);
    const xlsx = await downloadExport(server.url, exportPath('recommendations', 'xlsx', filter), bruno.cookie);
    expect(csv.status).toBe(200);
    expect(csv.contentType).toContain('text/csv');
    expect(csv.rows.length).toBe(1 + 6); // i % 5 === 1 among 30
    expect(xlsx.rows).toEqual(csv.rows);
    const header = csv.rows[0]!;
    const acceptance = header.indexOf('acceptance');
    expect(csv.rows.slice(1).every((r) => r[acceptance] === 'ACCEPTED')).toBe(true);
    expect(
      csv.rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual((await readableIds(bruno, filter)).sort());
  });

  it('a reference typed in part is found: a number after a hyphen is a prefix, a short bare number a whole word', async () => {
    const count = async (search: string) => (await readableIds(bruno, { search })).length;
    expect(await count('EXP-00')).toBe(30);
    expect(await count('exp-0002')).toBe(10);
    // "2" alone is the word 2 (the title "Recomendación 2"), not every number starting with 2.
    expect(await count('EXP 2')).toBe(1);
    expect(await count('EXP 29')).toBe(1);
  });

  it('a cell a spreadsheet would run as a formula is written as text with a leading apostrophe', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const file = await downloadExport(
        server.url,
        exportPath('recommendations', format, { search: 'EXP-0000' }),
        bruno.cookie,
      );
      const titles = file.rows.slice(1).map((r) => r[file.rows[0]!.indexOf('title')]);
      expect(titles).toContain(`'=HYPERLINK("http://evil.example","clic")`);
      expect(titles).toContain("'+1 alerta");
      expect(file.body.toString('latin1')).not.toContain('<f>');
    }
  });

  it('a filter naming an unreadable record answers exactly like a random id', async () => {
    const npmOnly = (await server.orm.em.fork().findOne(Recommendation, { reference: 'EXP-00003' }))!;
    const place = await server.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>(`select id from place where classification = 'ORGANISATION' limit 1`);
    const unreadable = await downloadExport(
      server.url,
      exportPath('recommendations', 'csv', { findingId: npmOnly.id }),
      diego.cookie,
    );
    const random = await downloadExport(
      server.url,
      exportPath('recommendations', 'csv', { findingId: randomUUID() }),
      diego.cookie,
    );
    expect(unreadable.status).toBe(200);
    expect(unreadable.rows).toEqual(random.rows);
    expect(unreadable.rows.length).toBe(1);
    if (place[0]) {
      const byPlace = await downloadExport(
        server.url,
        exportPath('visits', 'csv', { placeId: place[0].id }),
        diego.cookie,
      );
      const byRandom = await downloadExport(
        server.url,
        exportPath('visits', 'csv', { placeId: randomUUID() }),
        diego.cookie,
      );
      expect(byPlace.rows).toEqual(byRandom.rows);
    }
    // The audit log of an organisation one does not administer: NOT_FOUND, like an unknown one.
    const other = await downloadExport(
      server.url,
      exportPath('audit-log', 'csv', { organisationId: ids.organisation('npm') }),
      diego.cookie,
    );
    const unknown = await downloadExport(
      server.url,
      exportPath('audit-log', 'csv', { organisationId: randomUUID() }),
      diego.cookie,
    );
    expect(other.status).toBe(404);
    expect(other.body.toString()).toBe(unknown.body.toString());
  });

  it('refuses the signed-out, unknown lists and malformed filters', async () => {
    expect((await downloadExport(server.url, exportPath('recommendations', 'csv'))).status).toBe(401);
    expect((await downloadExport(server.url, '/api/exports/secrets.csv', bruno.cookie)).status).toBe(404);
    expect((await downloadExport(server.url, '/api/exports/places.pdf', bruno.cookie)).status).toBe(404);
    const bad = await downloadExport(server.url, exportPath('places', 'csv', { types: ['PRISION'] }), bruno.cookie);
    expect(bad.status).toBe(400);
    const unknownField = await downloadExport(server.url, exportPath('places', 'csv', { owner: 'x' }), bruno.cookie);
    expect(unknownField.status).toBe(400);
  });

  it('every list exports in both formats for a reader, and the audit log for its admin', async () => {
    const lists = ['places', 'visits', 'findings', 'recommendations', 'workplan-actions', 'reprisals'];
    for (const list of lists)
      for (const format of ['csv', 'xlsx'] as const) {
        const file = await downloadExport(server.url, exportPath(list, format), ana.cookie);
        expect(file.status, `${list}.${format}`).toBe(200);
        expect(file.rows[0]![0]).toBe('id');
      }
    const log = await downloadExport(
      server.url,
      exportPath('audit-log', 'xlsx', { organisationId: ids.organisation('npm') }),
      ana.cookie,
    );
    expect(log.status).toBe(200);
    expect(log.rows[0]).toEqual(expect.arrayContaining(['seq', 'action', 'details']));
    expect(log.rows.length).toBeGreaterThan(1);
    // Streamed as plain rows: the same seq, time (ISO 8601, as Date prints it) and actor as the entries.
    const newest = await server.orm.em.fork().find(
      AuditEvent,
      {
        // Entries up to the file's newest (the export's own entry comes after its file).
        seq: { $lte: log.rows[1]![0]! },
        $or: [{ actorOrganisationId: ids.organisation('npm') }, { subjectOrganisationId: ids.organisation('npm') }],
      },
      { orderBy: { seq: 'desc' }, limit: 3 },
    );
    const users = await server.orm.em.fork().find(User, { id: { $in: newest.flatMap((e) => e.actorUserId ?? []) } });
    expect(log.rows.slice(1, 4).map((r) => r.slice(0, 4))).toEqual(
      newest.map((e) => [
        String(e.seq),
        e.at.toISOString(),
        e.action,
        users.find((u) => u.id === e.actorUserId)?.email ?? '',
      ]),
    );
  });

  it('the places, visits and findings exports hold exactly the rows their lists show, in their order', async () => {
    for (const viewer of [bruno, diego]) {
      for (const [list, field] of [
        ['places', 'places'],
        ['visits', 'visits'],
        ['findings', 'findings'],
      ] as const) {
        const shown: string[] = [];
        let after: string | null = null;
        for (;;) {
          const res: {
            data?: Record<
              string,
              { nodes: { id: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } }
            > | null;
          } = await viewer.request(
            `query Ids($after: String) { ${field}(limit: 200, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }`,
            { after },
          );
          const page = res.data![field]!;
          shown.push(...page.nodes.map((n) => n.id));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        const file = await downloadExport(server.url, exportPath(list, 'csv'), viewer.cookie);
        expect(
          file.rows.slice(1).map((r) => r[0]),
          list,
        ).toEqual(shown);
      }
    }
  });

  it('each export is written to the owning organisation’s audit log with the list, filters and row count', async () => {
    const before = await server.orm.em.fork().count(AuditEvent, { action: 'record.exported', subjectType: 'LIST' });
    const filter = { search: 'EXP-' };
    const file = await downloadExport(server.url, exportPath('recommendations', 'csv', filter), bruno.cookie);
    const entries = await server.orm.em
      .fork()
      .find(AuditEvent, { action: 'record.exported', subjectType: 'LIST' }, { orderBy: { seq: 'desc' } });
    expect(entries.length).toBe(before + 1);
    const entry = entries[0]!;
    expect(entry.actorUserId).toBe(ids.user('bruno.mnp@demo.opcat'));
    expect(entry.subjectOrganisationId).toBe(ids.organisation('npm'));
    expect(entry.details).toMatchObject({ list: 'recommendations', format: 'csv', filter, rows: file.rows.length - 1 });
  });
});

describe('long exports as jobs', () => {
  beforeAll(async () => {
    await insertRecommendations(server.orm, {
      ownerOrganisationId: ids.organisation('npm'),
      createdById: ids.user('bruno.mnp@demo.opcat'),
      addresseeId: ids.organisation('ministry'),
      count: 1_050,
      prefix: 'LONG',
    });
  }, 60_000);

  it('a short list is a direct link; a long one is a job whose file only its requester downloads', async () => {
    const short = await bruno.request<{ requestExport: { downloadUrl: string | null; job: JobData | null } }>(REQUEST, {
      input: { list: 'RECOMMENDATIONS', format: 'CSV', filter: { search: 'EXP-' } },
    });
    expect(short.data!.requestExport.job).toBeNull();
    const direct = await downloadExport(server.url, short.data!.requestExport.downloadUrl!, bruno.cookie);
    expect(direct.rows.length).toBe(31);

    const long = await bruno.request<{ requestExport: { downloadUrl: string | null; job: JobData | null } }>(REQUEST, {
      input: { list: 'RECOMMENDATIONS', format: 'XLSX', filter: { search: 'LONG-' } },
    });
    const job = long.data!.requestExport.job!;
    expect(long.data!.requestExport.downloadUrl).toBeNull();
    expect(job.status).toBe('QUEUED');
    let state: JobData = job;
    const seen = new Set<number>();
    for (let i = 0; i < 600 && state.status !== 'DONE' && state.status !== 'FAILED'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      state = (await bruno.request<{ exportJob: JobData }>(JOB, { id: job.id })).data!.exportJob;
      seen.add(state.rowsWritten);
    }
    expect(state.status).toBe('DONE');
    expect(state.rowCount).toBe(1_050);
    expect(state.totalRows).toBe(1_000); // the capped count it started from
    const file = await downloadExport(server.url, state.downloadUrl!, bruno.cookie);
    expect(file.status).toBe(200);
    expect(file.rows.length).toBe(1_051);
    expect(new Set(file.rows.slice(1).map((r) => r[1])).size).toBe(1_050);

    // Someone else (even an admin of the same organisation) gets NOT_FOUND, like a random id.
    const other = await downloadExport(server.url, state.downloadUrl!, ana.cookie);
    const random = await downloadExport(server.url, `/api/exports/jobs/${randomUUID()}`, ana.cookie);
    expect(other.status).toBe(404);
    expect(other.body.toString()).toBe(random.body.toString());
    const peek = await ana.request<{ exportJob: JobData }>(JOB, { id: job.id });
    expect(peek.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  }, 60_000);

  it('streams the recommendations through one cursor: 1,000 more rows cost one FETCH, no statement per page or row', async () => {
    const measure = async (filter: Record<string, unknown>) => {
      // Recording is process-wide: measure on a quiet server (no notification job due) and leave out the
      // session's read, which a lease lapsed on a busy machine adds to either download (CI saw both).
      await notificationsSettled(server);
      const { result, statements } = await warm(server.services.actors, () =>
        downloadExport(server.url, exportPath('recommendations', 'xlsx', filter), bruno.cookie),
      );
      // Only the export's own reads (a job runner polling meanwhile is not the export's cost).
      const reads = statements.filter(
        (s) => /recommendation|organisation|readable_rows/.test(s) && sessionStatements([s]).length === 0,
      );
      return { rows: result.rows.length - 1, reads, fetches: reads.filter((s) => s.startsWith('fetch forward')) };
    };
    const short = await measure({ search: 'EXP-' });
    const long = await measure({ search: 'LONG-' });
    expect([short.rows, long.rows]).toEqual([30, 1_050]);
    expect([short.fetches.length, long.fetches.length]).toEqual([1, 2]);
    expect(long.reads.length - long.fetches.length, [...short.reads, '== long ==', ...long.reads].join('\n')).toBe(
      short.reads.length - short.fetches.length,
    );
  }, 60_000);

  it('a stored job file that was changed, cut, reordered or moved is refused, never handed out', async () => {
    const em = server.orm.em.fork();
    const newJob = () =>
      em.create(ExportJob, {
        requestedBy: ids.user('bruno.mnp@demo.opcat'),
        actingOrganisationId: ids.organisation('npm'),
        list: 'recommendations',
        format: 'csv',
        filter: { search: 'LONG-' },
        fileName: 'long.csv',
      });
    const job = newJob();
    await em.flush();
    await runExportJob(await buildOperationContext(server.services, { transport: 'job', actor: null }), job.id);
    const SQL = <T extends object[]>(sql: string, params: unknown[] = []) =>
      server.orm.em.fork().getConnection().execute<T>(sql, params);
    const pieces = await SQL<{ seq: number; content: Buffer }[]>(
      'select seq, content from export_file_chunk where export_job_id = ? order by seq',
      [job.id],
    );
    const sealed = Buffer.concat(pieces.map((p) => p.content));
    // More than two 64 KiB segments (27-byte header, 16-byte tags), so there is something to reorder.
    expect(sealed.length).toBeGreaterThan(27 + 2 * (65_536 + 16));
    const store = async (bytes: Buffer) => {
      await SQL('delete from export_file_chunk where export_job_id = ?', [job.id]);
      await SQL('insert into export_file_chunk (export_job_id, seq, content) values (?, 0, ?)', [job.id, bytes]);
    };
    const path = `/api/exports/jobs/${job.id}`;
    const download = async () => {
      try {
        const file = await downloadExport(server.url, path, bruno.cookie);
        return file.status === 200 ? file.rows.length : `status ${file.status}`;
      } catch {
        return 'cut';
      }
    };
    expect(await download()).toBe(1_051);
    const at = (n: number) => 27 + n * (65_536 + 16);
    const changes: [string, Buffer][] = [
      ['a changed byte', Buffer.from(sealed).fill(sealed[at(1) + 10]! ^ 1, at(1) + 10, at(1) + 11)],
      ['cut short', sealed.subarray(0, sealed.length - 100)],
      ['cut at a segment', sealed.subarray(0, at(2))],
      [
        'reordered',
        Buffer.concat([
          sealed.subarray(0, at(0)),
          sealed.subarray(at(1), at(2)),
          sealed.subarray(at(0), at(1)),
          sealed.subarray(at(2)),
        ]),
      ],
      ['empty', Buffer.alloc(0)],
    ];
    for (const [what, bytes] of changes) {
      await store(bytes);
      expect(await download(), what).not.toBe(1_051);
    }
    // Another job's file copied over this one's: bound to its own job, it opens under no other.
    const other = newJob();
    await em.flush();
    await runExportJob(await buildOperationContext(server.services, { transport: 'job', actor: null }), other.id);
    const [copied] = await SQL<{ content: Buffer }[]>(
      "select string_agg(content, ''::bytea order by seq) as content from export_file_chunk where export_job_id = ?",
      [other.id],
    );
    await store(copied!.content);
    expect(await download(), 'moved').not.toBe(1_051);
    // And the module refuses it with SealedDataRejected, having handed out nothing.
    const asBruno = await buildOperationContext(server.services, {
      transport: 'http',
      sessionToken: tokenFromCookieHeader(bruno.cookie),
    });
    const found = await exportJobForDownload(asBruno, job.id);
    await expect(buffer(found!.stream)).rejects.toBeInstanceOf(SealedDataRejected);
    await store(sealed);
    expect(await download()).toBe(1_051);
  }, 60_000);

  it('the job runs with the requester’s read scope at run time', async () => {
    const long = await diego.request<{ requestExport: { downloadUrl: string | null; job: JobData | null } }>(REQUEST, {
      input: { list: 'RECOMMENDATIONS', format: 'CSV', filter: { search: 'LONG-' } },
    });
    // The CSO reads none of them: a short (empty) export, not a job.
    expect(long.data!.requestExport.job).toBeNull();
    const file = await downloadExport(server.url, long.data!.requestExport.downloadUrl!, diego.cookie);
    expect(file.rows.length).toBe(1);
  });

  it('an invalid filter is a user error, not a job', async () => {
    const res = await bruno.request<{ requestExport: { userErrors: { field: string[]; code: string }[] } }>(REQUEST, {
      input: { list: 'PLACES', format: 'CSV', filter: { types: ['CÁRCEL'] } },
    });
    expect(res.data!.requestExport.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'filter'], code: 'INVALID' }),
    ]);
  });
});
