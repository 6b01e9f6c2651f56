import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { tokenFromCookieHeader } from '../../auth/session.ts';
import { buildOperationContext } from '../../operation/build.ts';
import { docxText, pdfText } from '../../test/report-files.ts';
import { jobSucceeded } from '../../test/jobs.ts';
import { errorCodes, signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';
import { requestAnnualReport } from './annual-report-job.ts';

let server: TestServer;
let ana: GraphqlClient;
let diego: GraphqlClient;
let fernando: GraphqlClient;
let ministryId: string;
let npmId: string;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of ad-hoc test queries
type Row = Record<string, any>;
const SQL = (sql: string, params: unknown[] = []) => server.orm.em.fork().getConnection().execute<Row[]>(sql, params);

async function download(client: GraphqlClient | null, path: string) {
  const res = await fetch(`${server.url}${path}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get('content-type'), bytes, body: Buffer.from(bytes).toString() };
}

const path = (format: string, filter: Record<string, unknown> = {}, lang = 'es') =>
  `/api/reports/annual.${format}?${new URLSearchParams({ lang, filter: JSON.stringify(filter) }).toString()}`;

/** Every sheet of a workbook, every cell as text. */
async function workbookSheets(bytes: Uint8Array): Promise<Record<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheets: Record<string, string[][]> = {};
  for (const sheet of workbook.worksheets) {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const values = (row.values as unknown[]).slice(1);
      rows.push(values.map((v) => (v === null || v === undefined ? '' : String(v as string | number))));
    });
    sheets[sheet.name] = rows;
  }
  return sheets;
}

/** The references of every recommendation the client reads, through the list on screen. */
async function readableReferences(client: GraphqlClient, filter: Record<string, unknown> = {}): Promise<string[]> {
  const res = await client.request<{ recommendations: { nodes: { reference: string }[]; totalCount: number } }>(
    `query ($filter: RecommendationFilter) { recommendations(filter: $filter, limit: 200) { nodes { id reference } totalCount } }`,
    { filter },
  );
  expect(res.errors).toBeUndefined();
  const page = res.data!.recommendations;
  expect(page.nodes.length).toBe(page.totalCount);
  return page.nodes.map((n) => n.reference).sort();
}

const PREVIEW = `query ($filter: AnnualReportFilter) {
  annualReportPreview(filter: $filter) {
    total overdue discrepancies dialogueEntries runsAsJob
    acceptance { acceptance count }
    implementation { status state monitor }
    byAuthority { authority total accepted stateImplemented monitorImplemented overdue }
  }
}`;
interface Preview {
  total: number;
  overdue: number;
  discrepancies: number;
  dialogueEntries: number;
  implementation: { status: string | null; state: number; monitor: number }[];
}

beforeAll(async () => {
  server = await startTestServer();
  [ana, diego, fernando] = await Promise.all([
    signedIn(server, 'ana.mnp@demo.opcat'),
    signedIn(server, 'diego.voces@demo.opcat'),
    signedIn(server, 'fernando.minjus@demo.opcat'),
  ]);
  ministryId = (await SQL(`select id from organisation where name like 'Ministerio de Justicia%'`))[0]!.id;
  npmId = (
    await SQL(`select o.id from organisation o join membership m on m.organisation_id = o.id
    join user_account u on u.id = m.user_id where u.email = 'ana.mnp@demo.opcat'`)
  )[0]!.id;
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('annual report, read back', () => {
  it('the XLSX counts exactly the recommendations the viewer reads on screen, both statuses side by side', async () => {
    for (const client of [ana, diego, fernando]) {
      const expected = await readableReferences(client);
      const file = await download(client, path('xlsx'));
      expect(file.status).toBe(200);
      expect(file.type).toContain('spreadsheetml');
      const sheets = await workbookSheets(file.bytes);
      expect(Object.keys(sheets)).toEqual(['Resumen', 'Autoridades', 'Recomendaciones', 'Diálogo']);
      const rows = sheets.Recomendaciones!;
      expect(rows[0]).toEqual([
        'Referencia',
        'Título',
        'Destinataria',
        'Emitida por',
        'Emitida el',
        'Respuesta esperada',
        'Respuestas vencidas',
        'Aceptación por el Estado',
        'Según el Estado',
        'Según el mecanismo',
      ]);
      expect(
        rows
          .slice(1)
          .map((r) => r[0])
          .sort(),
      ).toEqual(expected);
      const summary = sheets.Resumen!;
      expect(summary.find((r) => r[0] === 'Recomendaciones')?.[1]).toBe(String(expected.length));
      // Implementation by both sides: the columns add up to the total each.
      const header = summary.findIndex((r) => r[0] === 'Estado');
      const statusRows = summary.slice(header + 1, header + 8);
      expect(statusRows.reduce((n, r) => n + Number(r[1]), 0)).toBe(expected.length);
      expect(statusRows.reduce((n, r) => n + Number(r[2]), 0)).toBe(expected.length);
      // The preview prints the same figures.
      const preview = await client.request<{ annualReportPreview: Preview }>(PREVIEW, {});
      expect(preview.data?.annualReportPreview.total).toBe(expected.length);
      expect(preview.data?.annualReportPreview.dialogueEntries).toBe(sheets['Diálogo']!.length - 1);
      expect(preview.data?.annualReportPreview.overdue).toBe(
        Number(summary.find((r) => r[0] === 'Respuestas vencidas')?.[1]),
      );
    }
    // The CSO reads fewer recommendations than the NPM (SPT-confidential and organisation-only ones).
    expect((await readableReferences(diego)).length).toBeLessThan((await readableReferences(ana)).length);
  });

  it('the dialogue lists responses and assessments in order, naming organisations and never people', async () => {
    const file = await download(ana, path('xlsx'));
    const dialogue = (await workbookSheets(file.bytes))['Diálogo']!;
    const responses = await SQL(
      `select r.reference, ar.responded_on, ar.text, o.name from authority_response ar
         join recommendation r on r.id = ar.recommendation_id join organisation o on o.id = ar.author_organisation_id`,
    );
    const anaReads = new Set(await readableReferences(ana));
    const readResponses = responses.filter((r) => anaReads.has(r.reference));
    expect(readResponses.length).toBeGreaterThan(0);
    for (const r of readResponses) {
      expect(
        dialogue.some((d) => d[0] === r.reference && d[2] === 'Respuesta de la autoridad' && d[3] === r.name),
      ).toBe(true);
    }
    for (const reference of anaReads) {
      const dates = dialogue.filter((d) => d[0] === reference).map((d) => d[1]!);
      expect(dates).toEqual([...dates].sort());
    }
    const people = await SQL(`select display_name from user_account`);
    const text = dialogue.flat().join('\n');
    for (const p of people) expect(text).not.toContain(p.display_name);
  });

  it('PDF and DOCX carry the same report in Spanish or English; filters by authority and theme narrow it', async () => {
    const filter = { authorityId: ministryId };
    const expected = await readableReferences(ana, { addresseeId: ministryId });
    expect(expected.length).toBeGreaterThan(0);
    const pdf = await download(ana, path('pdf', filter, 'en'));
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    const { joined } = await pdfText(pdf.bytes);
    const squeeze = (t: string) => t.replaceAll(/\s+/g, '');
    expect(squeeze(joined)).toContain(squeeze('Annual report on recommendations'));
    expect(squeeze(joined)).toContain(squeeze('Reported by the State'));
    expect(squeeze(joined)).toContain(squeeze('Assessed by the monitor'));
    for (const reference of expected) expect(squeeze(joined)).toContain(squeeze(reference));
    const docx = await download(ana, path('docx', filter, 'es'));
    expect(docx.status).toBe(200);
    const text = await docxText(docx.bytes);
    expect(text).toContain('Informe anual de recomendaciones');
    expect(text).toContain('Según el mecanismo');
    for (const reference of expected) expect(text).toContain(reference);
    const others = (await readableReferences(ana)).filter((r) => !expected.includes(r));
    for (const reference of others) expect(text).not.toContain(`${reference} —`);

    const thematic = await download(ana, path('docx', { area: 'TREATMENT', from: '2000-01-01', to: '2100-12-31' }));
    const thematicText = await docxText(thematic.bytes);
    expect(thematicText).toContain('Informe temático de recomendaciones');
    expect(thematicText).toContain('Tema (área de monitoreo): Trato');
  });

  it('French and Portuguese headings, sheet names and statuses; the same recommendations', async () => {
    const expected = await readableReferences(ana);
    const french = await workbookSheets((await download(ana, path('xlsx', {}, 'fr'))).bytes);
    expect(Object.keys(french)).toEqual(['Synthèse', 'Autorités', 'Recommandations', 'Dialogue']);
    expect(french.Recommandations![0]).toContain('Selon l’organe de monitoring');
    expect(
      french
        .Recommandations!.slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(expected);
    // The spreadsheet keeps ISO dates (they sort and compute); the documents write them out.
    const issued = french.Recommandations![0]!.indexOf('Émise le');
    for (const row of french.Recommandations!.slice(1)) expect(row[issued]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const portuguese = await docxText((await download(ana, path('docx', {}, 'pt'))).bytes);
    expect(portuguese).toMatch(/Emitida em \d{1,2} de [a-zç]+ de \d{4}/);
    expect(portuguese).toContain('Relatório anual de recomendações');
    expect(portuguese).toContain('Segundo o órgão de monitoramento');
    for (const reference of expected) expect(portuguese).toContain(reference);
    expect((await download(ana, path('pdf', {}, 'it'))).status).toBe(400);
  });

  it('an unknown authority and an invalid period: nothing, and a clear error naming the field', async () => {
    const preview = await ana.request<{ annualReportPreview: Preview }>(PREVIEW, {
      filter: { authorityId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(preview.data?.annualReportPreview.total).toBe(0);
    const bad = await ana.request(PREVIEW, { filter: { from: '2026-05-01', to: '2026-01-01' } });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const mutation = await ana.request<{ requestAnnualReport: { userErrors: { field: string[] }[] } }>(
      `mutation ($input: RequestAnnualReportInput!) { requestAnnualReport(input: $input) { downloadUrl userErrors { field code message } } }`,
      { input: { filter: { from: '2026-05-01', to: '2026-01-01' }, format: 'PDF', language: 'ES' } },
    );
    expect(mutation.data?.requestAnnualReport.userErrors.map((e) => e.field)).toEqual([['input', 'filter', 'to']]);
    expect((await download(ana, path('pdf', { from: 'yesterday' }))).status).toBe(400);
    expect((await download(null, path('pdf'))).status).toBe(401);
  });

  it('every download is audited in the owner organisations’ logs: who, which report, filters, how many', async () => {
    const before = await SQL(`select coalesce(max(seq), 0) as seq from audit_event`);
    const filter = { from: '2000-01-01' };
    const file = await download(diego, path('xlsx', filter));
    expect(file.status).toBe(200);
    const rows = (await workbookSheets(file.bytes)).Recomendaciones!.length - 1;
    const entries = await SQL(
      `select e.subject_organisation_id, e.details, u.email from audit_event e join user_account u on u.id = e.actor_user_id
        where e.seq > ? and e.action = 'record.exported' and e.details->>'report' = 'ANNUAL_REPORT'`,
      [before[0]!.seq],
    );
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.email === 'diego.voces@demo.opcat')).toBe(true);
    expect(entries.reduce((n, e) => n + Number(e.details.records), 0)).toBe(rows);
    expect(entries.every((e) => e.details.format === 'xlsx' && e.details.filter.from === '2000-01-01')).toBe(true);
    expect(new Set(entries.map((e) => e.subject_organisation_id)).size).toBe(entries.length);
  });
});

describe('a large report runs as a job; generated files are purged', () => {
  it('the job reports progress, its file is its requester’s alone, and goes 24 hours after it finished', async () => {
    const ctx = await buildOperationContext(server.services, {
      transport: 'http',
      sessionToken: tokenFromCookieHeader(ana.cookie),
    });
    const done = jobSucceeded([server.jobs], (job) => job.task_identifier === 'reports.annual');
    // "Large" from one recommendation up, so the demo's few dozen take the job path.
    const requested = await requestAnnualReport(ctx, { filter: {}, format: 'xlsx', language: 'en' }, 1);
    expect(requested.downloadUrl).toBeNull();
    const jobId = requested.job!.id;
    await done;
    const status = await ana.request<{ annualReportJob: Row }>(
      `query ($id: ID!) { annualReportJob(id: $id) { id status recordsRead totalRecords recordCount downloadUrl format } }`,
      { id: jobId },
    );
    const job = status.data!.annualReportJob;
    const expected = (await readableReferences(ana)).length;
    expect(job).toMatchObject({
      status: 'DONE',
      recordsRead: expected,
      totalRecords: expected,
      recordCount: expected,
      format: 'XLSX',
    });
    const file = await download(ana, job.downloadUrl);
    expect(file.status).toBe(200);
    expect((await workbookSheets(file.bytes)).Recommendations!.length - 1).toBe(expected);
    // At rest the file is sealed: not the workbook's bytes (an XLSX is a zip, "PK…"), under a data key.
    const [stored] = (await SQL(`select content, content_key_id from annual_report_job where id = ?`, [jobId])) as [
      Row,
    ];
    expect(stored.content_key_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Buffer.from(stored.content).subarray(0, 2).toString()).not.toBe('PK');
    expect(Buffer.from(stored.content).includes(Buffer.from(file.bytes).subarray(0, 64))).toBe(false);
    // A stored file changed by someone with database access is refused, never served.
    await SQL(
      `update annual_report_job set content = set_byte(content, 40, (get_byte(content, 40) + 1) % 256) where id = ?`,
      [jobId],
    );
    expect((await download(ana, job.downloadUrl)).status).toBeGreaterThanOrEqual(400);
    // Anyone else: not found, like a job that does not exist.
    expect((await download(fernando, job.downloadUrl)).status).toBe(404);
    const other = await fernando.request(`query ($id: ID!) { annualReportJob(id: $id) { id } }`, { id: jobId });
    expect(errorCodes(other)).toEqual(['NOT_FOUND']);

    // Purge: files finished more than 24 h ago go, newer ones and unfinished jobs stay.
    const em = server.orm.em.fork() as EntityManager;
    await SQL(`update annual_report_job set finished_at = now() - interval '25 hours' where id = ?`, [jobId]);
    const exportJobs = await SQL(
      `insert into export_job (id, requested_by, acting_organisation_id, list, format, filter, status, rows_written, file_name, content, created_at, finished_at)
       select gen_random_uuid(), u.id, ?, 'places', 'csv', '{}', s.status, 0, 'x.csv', '\\x00', now(), s.finished_at
         from user_account u, (values ('DONE', now() - interval '30 hours'), ('FAILED', now() - interval '25 hours'),
                                      ('DONE', now() - interval '1 hour'), ('RUNNING', null::timestamptz)) as s(status, finished_at)
        where u.email = 'ana.mnp@demo.opcat'
       returning id, status, finished_at`,
      [npmId],
    );
    const purged = jobSucceeded([server.jobs], (j) => j.key === 'purge-files-now');
    await server.services.jobs.enqueue(em, 'files.purgeGenerated', {}, { jobKey: 'purge-files-now' });
    await purged;
    const left = await SQL(`select id from export_job where id in (?)`, [exportJobs.map((j) => j.id)]);
    const kept = exportJobs.filter(
      (j) => j.status === 'RUNNING' || Date.now() - new Date(j.finished_at).getTime() < 2 * 3600_000,
    );
    expect(left.map((j) => j.id).sort()).toEqual(kept.map((j) => j.id).sort());
    expect(await SQL(`select id from annual_report_job where id = ?`, [jobId])).toEqual([]);
    expect((await download(ana, job.downloadUrl)).status).toBe(404);
  });
});
