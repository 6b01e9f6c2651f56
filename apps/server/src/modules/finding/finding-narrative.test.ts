import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Finding } from '../../db/entities/monitoring.ts';
import { collabClient, waitFor } from '../../test/collab-client.ts';
import type { CollabClient } from '../../test/collab-client.ts';
import { appendParagraph, nextRefusal, storedText, storedUpdateCount } from '../../test/co-edited-text.ts';
import { demoIds, insertFinding, insertPlace } from '../../test/recommendation-fixtures.ts';
import { errorCodes, signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';

const NARRATIVE = /* GraphQL */ `
  query Narrative($id: ID!) {
    finding(id: $id) {
      id
      narrative {
        documentName
        text
        html
        viewerCanEdit
      }
    }
  }
`;
interface NarrativeData {
  finding: { id: string; narrative: { documentName: string; text: string; html: string; viewerCanEdit: boolean } };
}

let server: TestServer;
let ana: GraphqlClient; // NPM admin: the finding's owner organisation
let bruno: GraphqlClient; // NPM editor
let diego: GraphqlClient; // CSO editor in the national working group: reads group findings, updates none of the NPM's
let lucia: GraphqlClient; // Sierra Alta's NPM: another country
let groupFindingId: string; // NPM-owned, WORKING_GROUP (national group)
let privateFindingId: string; // NPM-owned, ORGANISATION
const open: CollabClient[] = [];

function connect(client: GraphqlClient, documentName: string): CollabClient {
  const connection = collabClient(server.url, client.cookie, documentName);
  open.push(connection);
  return connection;
}

async function narrativeAs(client: GraphqlClient, findingId: string) {
  const res = await client.request<NarrativeData>(NARRATIVE, { id: findingId });
  return { res, narrative: res.data?.finding.narrative };
}

const paragraphs = (text: string | undefined) => (text ?? '').split('\n\n').sort();

beforeAll(async () => {
  server = await startTestServer();
  [ana, bruno, diego, lucia] = await Promise.all([
    signedIn(server, 'ana.mnp@demo.opcat'),
    signedIn(server, 'bruno.mnp@demo.opcat'),
    signedIn(server, 'diego.voces@demo.opcat'),
    signedIn(server, 'lucia.mnpsa@demo.opcat'),
  ]);
  const ids = await demoIds(server);
  const npmOwned = { ownerOrganisationId: ids.organisation('npm'), createdById: ids.user('ana.mnp@demo.opcat') };
  const placeId = await insertPlace(server, {
    ...npmOwned,
    name: 'Comisaría Central (prueba)',
    type: 'POLICE_CUSTODY',
    responsibleAuthorityId: ids.organisation('police'),
  });
  groupFindingId = await insertFinding(server, {
    ...npmOwned,
    placeId,
    title: 'Celdas sin luz natural',
    classification: 'WORKING_GROUP',
    workingGroupId: ids.workingGroup('NATIONAL_WORKING_GROUP'),
  });
  privateFindingId = await insertFinding(server, { ...npmOwned, placeId, title: 'Libro de ingresos incompleto' });
});

afterAll(async () => {
  for (const connection of open) connection.destroy();
  await server?.close();
});

describe("a finding's narrative", () => {
  it('two writers of the owner organisation co-edit it live; the finding returns both edits as text and HTML', async () => {
    const name = `finding:${groupFindingId}`;
    const anaEditor = connect(ana, name);
    const brunoEditor = connect(bruno, name);
    expect(await anaEditor.authenticated).toEqual({ readOnly: false });
    expect(await brunoEditor.authenticated).toEqual({ readOnly: false });
    await Promise.all([anaEditor.synced, brunoEditor.synced]);

    // Both write at the same moment, each at the end of the text as they see it.
    appendParagraph(anaEditor.doc, 'Las celdas 1 a 4 no tienen ventanas.');
    appendParagraph(brunoEditor.doc, 'El jefe de guardia lo confirmó.', { bold: true });
    await Promise.all([anaEditor.acknowledged(), brunoEditor.acknowledged()]);
    const both = ['El jefe de guardia lo confirmó.', 'Las celdas 1 a 4 no tienen ventanas.'];
    for (const editor of [anaEditor, brunoEditor]) {
      await waitFor(
        () => editor.doc.getXmlFragment('narrative').length === 2,
        5000,
        "each writer has the other's paragraph",
      );
    }

    const { narrative } = await narrativeAs(diego, groupFindingId);
    expect(narrative?.documentName).toBe(name);
    expect(paragraphs(narrative?.text)).toEqual(both);
    expect(narrative?.html).toContain('<p>Las celdas 1 a 4 no tienen ventanas.</p>');
    expect(narrative?.html).toContain('<p><strong>El jefe de guardia lo confirmó.</strong></p>');
    // What the live document shows is what PostgreSQL holds.
    expect(await storedText(server, name)).toEqual({ text: narrative?.text, html: narrative?.html });

    expect((await narrativeAs(ana, groupFindingId)).narrative?.viewerCanEdit).toBe(true);
    expect(narrative?.viewerCanEdit).toBe(false);
  });

  it('a reader without the right to update it connects read-only, and its change is neither applied nor stored', async () => {
    const name = `finding:${groupFindingId}`;
    const reader = connect(diego, name);
    expect(await reader.authenticated).toEqual({ readOnly: true });
    await reader.synced;
    const before = await storedUpdateCount(server, name);
    const textBefore = (await narrativeAs(ana, groupFindingId)).narrative?.text;

    const refused = nextRefusal(reader);
    appendParagraph(reader.doc, 'Texto que Voces Libres no puede escribir.');
    await refused;

    expect(await storedUpdateCount(server, name)).toBe(before);
    expect((await narrativeAs(ana, groupFindingId)).narrative?.text).toBe(textBefore);
    expect((await storedText(server, name)).text).not.toContain('Voces Libres');
  });

  it('someone who cannot read the finding is refused like an unknown document, and GraphQL answers NOT_FOUND', async () => {
    const otherCountry = connect(lucia, `finding:${groupFindingId}`);
    const notShared = connect(diego, `finding:${privateFindingId}`);
    const unknown = connect(diego, `finding:${randomUUID()}`);
    for (const refused of [otherCountry, notShared, unknown]) await expect(refused.authenticated).rejects.toThrow();
    const codes = await Promise.all([otherCountry, notShared, unknown].map(async (c) => (await c.closed).code));
    expect(new Set(codes).size).toBe(1);

    for (const [client, id] of [
      [lucia, groupFindingId],
      [diego, privateFindingId],
    ] as const) {
      const { res } = await narrativeAs(client, id);
      expect(errorCodes(res)).toEqual(['NOT_FOUND']);
      expect(res.data?.finding ?? null).toBeNull();
    }
    // The owner organisation still reads and writes its private finding's narrative.
    expect((await narrativeAs(ana, privateFindingId)).narrative).toMatchObject({ text: '', viewerCanEdit: true });
  });

  it("the demo finding's narrative is read from the durable store when nobody has it open", async () => {
    const finding = await server.orm.em
      .fork()
      .findOneOrFail(Finding, { title: 'Ausencia de un mecanismo de queja confidencial' });
    expect(server.services.collab?.hocuspocus.documents.has(`finding:${finding.id}`)).toBe(false);
    const { narrative } = await narrativeAs(bruno, finding.id);
    expect(narrative?.text).toMatch(/^En los módulos 3 y 4 el equipo no encontró buzones/);
    expect(narrative?.html).toMatch(/^<p>En los módulos 3 y 4/);
  });
});
