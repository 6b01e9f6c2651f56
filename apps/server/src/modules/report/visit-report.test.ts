import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText, pdfText } from '../../test/report-files.ts';
import { errorCodes, signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';

let server: TestServer;
let ana: GraphqlClient;
let fernando: GraphqlClient;
let diego: GraphqlClient;
/** The demo's unannounced visit to La Esperanza: findings at four classifications, interviewees. */
let visitId: string;
let ministryId: string;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of ad-hoc test queries
type Row = Record<string, any>;
const SQL = (sql: string, params: unknown[] = []) => server.orm.em.fork().getConnection().execute<Row[]>(sql, params);
const one = async (sql: string, params: unknown[] = []): Promise<Row> => {
  const [row] = await SQL(sql, params);
  if (!row) throw new Error(`no row: ${sql}`);
  return row;
};

async function download(client: GraphqlClient | null, path: string) {
  const res = await fetch(`${server.url}${path}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get('content-type'), bytes, body: Buffer.from(bytes).toString() };
}

/** Without white space: PDF text wraps wherever the line ends. */
const squeeze = (text: string) => text.replaceAll(/\s+/g, '');

const url = (version: string, format: 'pdf' | 'docx', query = '') =>
  `/api/reports/visits/${visitId}/${version}.${format}${query}`;

const INTRO = 'Introducción: « La visita se realizó sin aviso previo » — ação, coração, niño, français.';
const CONCLUSIONS = 'Conclusiones del equipo: el centro debe reducir la sobrepoblación.';
const PERSONAL = 'Identidad ficticia de demostración n.º 1';
const PUBLIC_FINDING = 'Sobrepoblación crítica en los módulos de prisión preventiva';
const GROUP_FINDING = 'Ausencia de un mecanismo de queja confidencial';
const SHARED_FINDING = 'Aislamiento disciplinario prolongado sin control médico';

beforeAll(async () => {
  server = await startTestServer();
  ana = await signedIn(server, 'ana.mnp@demo.opcat');
  fernando = await signedIn(server, 'fernando.minjus@demo.opcat');
  diego = await signedIn(server, 'diego.voces@demo.opcat');
  visitId = (await one(`select id from visit where start_date = '2026-02-09'`)).id;
  ministryId = (await one(`select id from organisation where name like 'Ministerio de Justicia%'`)).id;
  const saved = await ana.request<{ updateVisitReportTexts: { userErrors: unknown[] } }>(
    `mutation ($input: UpdateVisitReportTextsInput!) { updateVisitReportTexts(input: $input) { texts { id introduction } userErrors { code } } }`,
    { input: { visitId, introduction: INTRO, conclusions: CONCLUSIONS } },
  );
  expect(saved.data?.updateVisitReportTexts.userErrors).toEqual([]);
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('visit report downloads, read back', () => {
  it("the NPM's confidential PDF and DOCX carry everything it reads, personal data and Portuguese/French text included", async () => {
    const pdf = await download(ana, url('confidential', 'pdf'));
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    const { text, joined } = await pdfText(pdf.bytes);
    for (const expected of [
      PUBLIC_FINDING,
      GROUP_FINDING,
      SHARED_FINDING,
      PERSONAL,
      CONCLUSIONS,
      'Versión confidencial',
    ]) {
      expect(squeeze(joined), expected).toContain(squeeze(expected));
    }
    // The embedded font carries « ç ã ñ »: they come back as the same characters.
    expect(text.replaceAll('\n', ' ')).toMatch(/«\s*La visita se realizó sin aviso previo\s*»/);
    expect(text).toContain('coração');
    expect(text).toContain('français');

    const docx = await download(ana, url('confidential', 'docx', '?lang=en'));
    expect(docx.status).toBe(200);
    const words = await docxText(docx.bytes);
    for (const expected of [PUBLIC_FINDING, GROUP_FINDING, SHARED_FINDING, PERSONAL, INTRO, 'Confidential version']) {
      expect(words, expected).toContain(expected);
    }
    // English labels, records in the language they were written in.
    expect(words).toContain('Findings');
    expect(words).toContain('Risk factors');
  });

  it('headings in each interface language (French, Portuguese too), records as written; another language is refused', async () => {
    const french = await docxText((await download(ana, url('confidential', 'docx', '?lang=fr'))).bytes);
    for (const expected of ['Version confidentielle', 'Constatations', 'Gravité', 'Recommandations', PUBLIC_FINDING]) {
      expect(french, expected).toContain(expected);
    }
    // Vocabulary from the app's catalogues, in the document's language (the type of visit).
    // French typography: a narrow no-break space before each colon, in fields and within lines alike.
    expect(french).toContain('Type de visite\u202f: ');
    expect(french).toContain('Rapport de visite\u202f: ');
    // Dates as the language writes them in prose (the visit ran 9–11 February 2026).
    expect(french).toContain('9 février 2026 – 11 février 2026');
    expect(french).toContain('Identité\u202f: ');
    expect(french).not.toContain('Identité: ');
    const portuguese = await pdfText((await download(ana, url('confidential', 'pdf', '?lang=pt'))).bytes);
    for (const expected of [
      'Versão confidencial',
      'Constatações',
      'Gravidade',
      'Recomendações',
      PUBLIC_FINDING,
      '9 de fevereiro de 2026',
    ]) {
      expect(squeeze(portuguese.joined), expected).toContain(squeeze(expected));
    }
    const german = await download(ana, url('confidential', 'pdf', '?lang=de'));
    expect(german.status).toBe(400);
    expect(german.body).toContain('lang is one of es, en, fr, pt');
  });

  it("the ministry's copy has what the ministry reads, its recommendations, and no personal data", async () => {
    const asNpm = await docxText((await download(ana, url('authority', 'docx', `?authority=${ministryId}`))).bytes);
    const asMinistry = await download(fernando, url('authority', 'docx'));
    expect(asMinistry.status).toBe(200);
    const words = await docxText(asMinistry.bytes);
    expect(words.replace(/\d{4}-\d{2}-\d{2}/g, '')).toBe(asNpm.replace(/\d{4}-\d{2}-\d{2}/g, ''));
    expect(words).toContain(PUBLIC_FINDING);
    expect(words).toContain(GROUP_FINDING);
    expect(words).toContain('Persona entrevistada A-03');
    expect(words).not.toContain(SHARED_FINDING);
    expect(words).not.toContain('Identidad ficticia');
    expect(words).not.toContain('Nota clínica');
    expect(words).not.toContain('Ana Martínez');
    expect(words).toContain(INTRO);
    const pdf = await pdfText((await download(fernando, url('authority', 'pdf'))).bytes);
    expect(squeeze(pdf.joined)).toContain(squeeze('Versión para la autoridad destinataria'));
    expect(squeeze(pdf.joined)).toContain(squeeze(GROUP_FINDING));
    expect(squeeze(pdf.joined)).not.toContain(squeeze('Identidad ficticia'));
  });

  it('the public version carries PUBLIC content only and no visit details of a working-group visit', async () => {
    const words = await docxText((await download(diego, url('public', 'docx'))).bytes);
    expect(words).toContain(PUBLIC_FINDING);
    expect(words).not.toContain(GROUP_FINDING);
    expect(words).not.toContain(INTRO);
    expect(words).not.toContain('Identidad ficticia');
  });

  it('a version a person may not have answers exactly like a visit that does not exist', async () => {
    const missing = await download(diego, `/api/reports/visits/${randomUUID()}/authority.pdf`);
    expect(missing.status).toBe(404);
    for (const [client, path] of [
      [diego, url('authority', 'pdf')],
      [diego, url('confidential', 'docx')],
      [fernando, url('confidential', 'pdf')],
      [null, url('authority', 'pdf')],
      [ana, url('authority', 'pdf', `?authority=${randomUUID()}`)],
    ] as const) {
      const answer = await download(client, path);
      expect({ status: answer.status, body: answer.body }, path).toEqual({ status: 404, body: missing.body });
    }
  });

  it("every download is in the owner organisation's audit log with the version and the records it carried", async () => {
    const before = Number((await one(`select count(*)::int as n from audit_event`)).n);
    await download(fernando, url('authority', 'pdf'));
    const entry = await one(
      `select a.subject_organisation_id, a.details, a.actor_organisation_id from audit_event a
       where a.action = 'record.exported' and a.subject_id = ? order by seq desc limit 1`,
      [visitId],
    );
    expect(Number((await one(`select count(*)::int as n from audit_event`)).n)).toBe(before + 1);
    const npm = await one(`select owner_organisation_id as id from visit where id = ?`, [visitId]);
    expect(entry.subject_organisation_id).toBe(npm.id);
    expect(entry.actor_organisation_id).toBe(ministryId);
    expect(entry.details).toMatchObject({ version: 'AUTHORITY', format: 'pdf', audienceOrganisationId: ministryId });
    expect(entry.details.findingIds.length).toBe(entry.details.counts.findings);
    expect(entry.details.counts.findings).toBeGreaterThan(0);
  });
});

const PREVIEW = /* GraphQL */ `
  query Preview($visitId: ID!, $version: ReportVersion!, $authorityId: ID) {
    visitReport(visitId: $visitId, version: $version, authorityId: $authorityId) {
      id
      version
      audience {
        id
        name
      }
      includesVisitDetails
      sections
      findings {
        id
        title
        includesPersonalData
        intervieweeCount
      }
      recommendations {
        id
        reference
        addressee
      }
      leftOut {
        recordType
        reason
        count
      }
      downloadableBy {
        id
        kind
      }
      downloadableBySignedOut
      pdfUrl
    }
  }
`;
const AVAILABLE = /* GraphQL */ `
  query Available($visitId: ID!) {
    availableReportVersions(visitId: $visitId) {
      version
      authorities {
        id
      }
      refusedReason
    }
  }
`;

interface Preview {
  visitReport: {
    audience: { id: string } | null;
    includesVisitDetails: boolean;
    findings: { title: string; includesPersonalData: boolean }[];
    leftOut: { recordType: string; reason: string; count: number }[];
    downloadableBy: { id: string; kind: string }[];
    downloadableBySignedOut: boolean;
    pdfUrl: string;
  };
}

describe('visit report preview', () => {
  it('shows what the authority copy leaves out, by reason, and who can download it', async () => {
    const { data } = await ana.request<Preview>(PREVIEW, { visitId, version: 'AUTHORITY', authorityId: ministryId });
    const preview = data!.visitReport;
    expect(preview.audience?.id).toBe(ministryId);
    expect(preview.findings.map((f) => f.title)).toContain(GROUP_FINDING);
    expect(preview.findings.every((f) => !f.includesPersonalData)).toBe(true);
    // The finding shared with the CSO only, and the NPM's own ORGANISATION finding.
    expect(preview.leftOut).toContainEqual({ recordType: 'FINDING', reason: 'AUDIENCE_CANNOT_READ', count: 2 });
    expect(preview.leftOut.some((l) => l.reason === 'PERSONAL_DATA')).toBe(true);
    expect(preview.downloadableBy.map((o) => o.kind).sort()).toEqual(['NPM', 'STATE_AUTHORITY']);
    expect(preview.downloadableBy.map((o) => o.id)).toContain(ministryId);
    expect(preview.downloadableBySignedOut).toBe(false);
    expect(preview.pdfUrl).toBe(`/api/reports/visits/${visitId}/authority.pdf?lang=es&authority=${ministryId}`);
  });

  it('the confidential preview says personal data goes in for the visit team', async () => {
    const { data } = await ana.request<Preview>(PREVIEW, { visitId, version: 'CONFIDENTIAL' });
    expect(data!.visitReport.findings.some((f) => f.includesPersonalData)).toBe(true);
    expect(data!.visitReport.leftOut).toEqual([]);
  });

  it('lists the versions each person may produce; the others are NOT_FOUND like a missing visit', async () => {
    const versions = async (client: GraphqlClient, id = visitId) =>
      (
        await client.request<{ availableReportVersions: { version: string }[] }>(AVAILABLE, { visitId: id })
      ).data?.availableReportVersions.map((v) => v.version);
    expect(await versions(ana)).toEqual(['CONFIDENTIAL', 'AUTHORITY', 'PUBLIC']);
    expect(await versions(fernando)).toEqual(['AUTHORITY', 'PUBLIC']);
    expect(await versions(diego)).toEqual(['PUBLIC']);
    expect(await versions(diego, randomUUID())).toEqual([]);
    const refused = await diego.request(PREVIEW, { visitId, version: 'AUTHORITY' });
    const missing = await diego.request(PREVIEW, { visitId: randomUUID(), version: 'AUTHORITY' });
    expect(errorCodes(refused)).toEqual(['NOT_FOUND']);
    expect(refused.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
  });

  it("only those who may update the visit change the report's introduction and conclusions", async () => {
    const TEXTS = /* GraphQL */ `
      query T($visitId: ID!) {
        visitReportTexts(visitId: $visitId) {
          id
          introduction
          viewerCanEdit
        }
      }
    `;
    const UPDATE = /* GraphQL */ `
      mutation U($input: UpdateVisitReportTextsInput!) {
        updateVisitReportTexts(input: $input) {
          texts {
            id
          }
          userErrors {
            code
          }
        }
      }
    `;
    type Texts = { visitReportTexts: { introduction: string; viewerCanEdit: boolean } };
    expect((await ana.request<Texts>(TEXTS, { visitId })).data?.visitReportTexts.viewerCanEdit).toBe(true);
    const asCso = await diego.request<Texts>(TEXTS, { visitId });
    expect(asCso.data?.visitReportTexts).toMatchObject({ introduction: INTRO, viewerCanEdit: false });
    const denied = await diego.request(UPDATE, { input: { visitId, introduction: 'x', conclusions: 'y' } });
    expect(errorCodes(denied)).toEqual(['NOT_FOUND']);
    expect((await ana.request<Texts>(TEXTS, { visitId })).data?.visitReportTexts.introduction).toBe(INTRO);
  });
});
