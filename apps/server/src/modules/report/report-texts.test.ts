import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { renderDocument } from '@opcat/editor';
import { seedDemoWorld } from '../../db/seed.ts';
import { plainTextSnapshot } from '../../db/co-edited-snapshot.ts';
import { appendParagraph, storedText } from '../../test/co-edited-text.ts';
import { collabClient } from '../../test/collab-client.ts';
import { docxText } from '../../test/report-files.ts';
import { createTestDatabase, openTestOrm, signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';

let server: TestServer;
let ana: GraphqlClient;
let diego: GraphqlClient;
let visitId: string;
let closedVisitId: string;

const TEXTS = `query ($visitId: ID!) { visitReportTexts(visitId: $visitId) {
  id introduction conclusions viewerCanEdit
  introductionText { documentName text viewerCanEdit }
  conclusionsText { documentName text viewerCanEdit }
} }`;

beforeAll(async () => {
  server = await startTestServer();
  [ana, diego] = await Promise.all([
    signedIn(server, 'ana.mnp@demo.opcat'),
    signedIn(server, 'diego.voces@demo.opcat'),
  ]);
  const sql = server.orm.em.fork().getConnection();
  visitId = (await sql.execute<{ id: string }[]>(`select id from visit where start_date = '2026-02-09'`))[0]!.id;
  // A visit of the NPM's own (ORGANISATION) the CSO cannot read.
  closedVisitId = (
    await sql.execute<{ id: string }[]>(
      `select v.id from visit v join organisation o on o.id = v.owner_organisation_id where v.classification = 'ORGANISATION' and o.kind = 'NPM' limit 1`,
    )
  )[0]!.id;
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe("a visit report's introduction and conclusions are co-edited texts", () => {
  it('an acknowledged live edit is stored, shown as the text and printed in the report', async () => {
    const before = await ana.request<{ visitReportTexts: Record<string, never> }>(TEXTS, { visitId });
    expect(before.data?.visitReportTexts).toMatchObject({
      introductionText: { documentName: `visitIntroduction:${visitId}`, viewerCanEdit: true },
      conclusionsText: { documentName: `visitConclusions:${visitId}`, viewerCanEdit: true },
    });
    const writer = collabClient(server.url, ana.cookie, `visitIntroduction:${visitId}`);
    try {
      expect(await writer.authenticated).toEqual({ readOnly: false });
      await writer.synced;
      appendParagraph(writer.doc, 'Introducción escrita en vivo: « ação » y niñez.');
      await writer.acknowledged();
      // Acknowledged means stored: PostgreSQL alone holds it, without the live server's memory.
      expect((await storedText(server, `visitIntroduction:${visitId}`)).text).toContain('Introducción escrita en vivo');
    } finally {
      writer.destroy();
    }
    const after = await ana.request<{ visitReportTexts: { introduction: string; introductionText: { text: string } } }>(
      TEXTS,
      { visitId },
    );
    expect(after.data?.visitReportTexts.introduction).toContain('Introducción escrita en vivo');
    expect(after.data?.visitReportTexts.introductionText.text).toContain('Introducción escrita en vivo');
    const res = await fetch(`${server.url}/api/reports/visits/${visitId}/confidential.docx`, {
      headers: { cookie: ana.cookie ?? '' },
    });
    expect(res.status).toBe(200);
    expect(await docxText(new Uint8Array(await res.arrayBuffer()))).toContain(
      'Introducción escrita en vivo: « ação » y niñez.',
    );
  });

  it('a reader who may not write gets a read-only text; a visit they cannot read is refused like an unknown one', async () => {
    const texts = await diego.request<{
      visitReportTexts: { viewerCanEdit: boolean; conclusionsText: { viewerCanEdit: boolean } };
    }>(TEXTS, { visitId });
    expect(texts.data?.visitReportTexts.conclusionsText.viewerCanEdit).toBe(false);
    const reader = collabClient(server.url, diego.cookie, `visitConclusions:${visitId}`);
    try {
      expect(await reader.authenticated).toEqual({ readOnly: true });
    } finally {
      reader.destroy();
    }
    const refusals: string[] = [];
    for (const name of [`visitConclusions:${closedVisitId}`, `visitConclusions:00000000-0000-4000-8000-000000000000`]) {
      const client = collabClient(server.url, diego.cookie, name);
      try {
        refusals.push(
          await client.authenticated.then(
            () => 'accepted',
            (e: Error) => e.message,
          ),
        );
      } finally {
        client.destroy();
      }
    }
    expect(refusals[0]).not.toBe('accepted');
    expect(refusals[0]).toBe(refusals[1]);
  });

  it('replacing both texts at once is a server-side edit, stored and seen by the report', async () => {
    const res = await ana.request<{
      updateVisitReportTexts: { userErrors: unknown[]; texts: { conclusions: string } };
    }>(
      `mutation ($input: UpdateVisitReportTextsInput!) { updateVisitReportTexts(input: $input) { texts { conclusions } userErrors { code } } }`,
      { input: { visitId, introduction: 'Primera línea\nSegunda línea', conclusions: 'Conclusión única' } },
    );
    expect(res.data?.updateVisitReportTexts).toEqual({ texts: { conclusions: 'Conclusión única' }, userErrors: [] });
    expect((await storedText(server, `visitIntroduction:${visitId}`)).text).toBe('Primera línea\n\nSegunda línea');
    const denied = await diego.request(
      `mutation ($input: UpdateVisitReportTextsInput!) { updateVisitReportTexts(input: $input) { userErrors { code } } }`,
      { input: { visitId, introduction: 'x', conclusions: 'y' } },
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('the migration moves plain introductions and conclusions into their documents', () => {
  it('each non-empty value becomes the first state of its document; the plain table goes', async () => {
    const snapshot = plainTextSnapshot('Uno\n\nDos « ç »');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, new Uint8Array(snapshot.state));
    expect(renderDocument(doc).text).toBe('Uno\n\nDos « ç »');
    doc.destroy();

    const database = await createTestDatabase();
    const orm = await openTestOrm(database.ownerUrl);
    try {
      const migrator = orm.getMigrator();
      // Every migration but this one first, so that the demo seed (written for today's entities) finds
      // every later column; this one then runs last, over a table it has to move.
      const pending = (await migrator.getPendingMigrations()).map((m) => m.name);
      const thisOne = pending.filter((name) => name.startsWith('Migration20261207040000'));
      expect(thisOne).toHaveLength(1);
      await migrator.up({ migrations: pending.filter((name) => !thisOne.includes(name)) });
      await seedDemoWorld(orm.em.fork());
      const sql = orm.em.fork().getConnection();
      const [visit] = await sql.execute<{ id: string }[]>(`select id from visit order by id limit 2`);
      const [user] = await sql.execute<{ id: string }[]>(`select id from user_account limit 1`);
      await sql.execute(
        `insert into visit_report_text (visit_id, introduction, conclusions, updated_by_id, updated_at) values (?, ?, '', ?, now())`,
        [visit!.id, 'Introducción previa\nsegunda línea', user!.id],
      );
      await migrator.up();
      const rows = await sql.execute<{ document_name: string; text: string }[]>(
        `select document_name, text from collab_snapshot where document_name like 'visit%'`,
      );
      expect(rows).toEqual([
        { document_name: `visitIntroduction:${visit!.id}`, text: 'Introducción previa\n\nsegunda línea' },
      ]);
      const [table] = await sql.execute<{ t: string | null }[]>(`select to_regclass('visit_report_text')::text as t`);
      expect(table?.t).toBeNull();
    } finally {
      await orm.close(true);
      await database.drop();
    }
  });
});
