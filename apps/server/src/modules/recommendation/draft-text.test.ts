import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collabClient, waitFor } from '../../test/collab-client.ts';
import type { CollabClient } from '../../test/collab-client.ts';
import { appendParagraph, storedText } from '../../test/co-edited-text.ts';
import { demoIds, ISSUE, issueInput } from '../../test/recommendation-fixtures.ts';
import type { PayloadData } from '../../test/recommendation-fixtures.ts';
import { errorCodes, signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';

const DRAFT = /* GraphQL */ `
  query Draft($id: ID!) {
    recommendation(id: $id) {
      id
      text
      draftText {
        documentName
        text
        html
        viewerCanEdit
      }
    }
  }
`;
interface DraftData {
  recommendation: {
    id: string;
    text: string;
    draftText: { documentName: string; text: string; html: string; viewerCanEdit: boolean } | null;
  };
}

let server: TestServer;
let ana: GraphqlClient; // NPM admin: issues the recommendation
let bruno: GraphqlClient; // NPM editor
let fernando: GraphqlClient; // Ministry of Justice admin: the addressee, reads it, may not write the NPM's draft
let lucia: GraphqlClient; // Sierra Alta's NPM: another country
let diego: GraphqlClient; // a CSO of the working group: reads the recommendation, not the NPM's draft
let recommendationId: string;
const open: CollabClient[] = [];

function connect(client: GraphqlClient, documentName: string): CollabClient {
  const connection = collabClient(server.url, client.cookie, documentName);
  open.push(connection);
  return connection;
}

const ADOPT = /* GraphQL */ `
  mutation Adopt($input: AdoptRecommendationDraftInput!) {
    adoptRecommendationDraft(input: $input) {
      recommendation {
        id
        version
        text
      }
      userErrors {
        field
        code
      }
    }
  }
`;
interface AdoptData {
  adoptRecommendationDraft: {
    recommendation: { id: string; version: number; text: string } | null;
    userErrors: { field: string[]; code: string }[];
  };
}

function adoptAs(client: GraphqlClient, expectedVersion?: number) {
  return client.request<AdoptData>(ADOPT, { input: { recommendationId, expectedVersion } });
}

function draftAs(client: GraphqlClient) {
  return client.request<DraftData>(DRAFT, { id: recommendationId });
}

beforeAll(async () => {
  server = await startTestServer();
  [ana, bruno, fernando, lucia, diego] = await Promise.all([
    signedIn(server, 'ana.mnp@demo.opcat'),
    signedIn(server, 'bruno.mnp@demo.opcat'),
    signedIn(server, 'fernando.minjus@demo.opcat'),
    signedIn(server, 'lucia.mnpsa@demo.opcat'),
    signedIn(server, 'diego.voces@demo.opcat'),
  ]);
  const ids = await demoIds(server);
  const issued = await ana.request<{ issueRecommendation: PayloadData }>(ISSUE, {
    input: issueInput(ids.organisation('ministry'), {
      classification: 'WORKING_GROUP',
      workingGroupId: ids.workingGroup('NATIONAL_WORKING_GROUP'),
    }),
  });
  const id = issued.data?.issueRecommendation.recommendation?.id;
  if (!id) throw new Error(`issueRecommendation failed: ${JSON.stringify(issued.errors ?? issued.data)}`);
  recommendationId = id;
});

afterAll(async () => {
  for (const connection of open) connection.destroy();
  await server?.close();
});

describe("a recommendation's draft text", () => {
  it('two writers co-edit it; their organisation reads both edits, with the right to write it or not', async () => {
    const name = `recommendation:${recommendationId}`;
    const anaEditor = connect(ana, name);
    const brunoEditor = connect(bruno, name);
    expect(await anaEditor.authenticated).toEqual({ readOnly: false });
    expect(await brunoEditor.authenticated).toEqual({ readOnly: false });
    await Promise.all([anaEditor.synced, brunoEditor.synced]);
    appendParagraph(anaEditor.doc, 'Examen médico en las primeras 24 horas.');
    appendParagraph(brunoEditor.doc, 'Registro firmado por el médico.');
    await Promise.all([anaEditor.acknowledged(), brunoEditor.acknowledged()]);
    await waitFor(() => anaEditor.doc.getXmlFragment('narrative').length === 2, 5000, "Bruno's paragraph at Ana's");

    const draft = (await draftAs(bruno)).data?.recommendation.draftText;
    expect(draft?.documentName).toBe(name);
    expect(draft?.text.split('\n\n').sort()).toEqual([
      'Examen médico en las primeras 24 horas.',
      'Registro firmado por el médico.',
    ]);
    expect(draft?.html).toContain('<p>Registro firmado por el médico.</p>');
    expect(draft?.viewerCanEdit).toBe(true);
    expect((await storedText(server, name)).text).toBe(draft?.text);
  });

  it('the addressee and a working-group partner read the recommendation, never the draft: null, and /collab refuses it like an unknown document', async () => {
    const name = `recommendation:${recommendationId}`;
    const unknown = `recommendation:${randomUUID()}`;
    for (const reader of [fernando, diego]) {
      const read = await draftAs(reader);
      expect(read.errors).toBeUndefined();
      expect(read.data?.recommendation.id).toBe(recommendationId);
      expect(read.data?.recommendation.draftText).toBeNull();

      const refusals: string[] = [];
      for (const documentName of [name, unknown]) {
        const connection = connect(reader, documentName);
        refusals.push(
          await connection.authenticated.then(
            (scope) => `authenticated ${JSON.stringify(scope)}`,
            (error: Error) => error.message,
          ),
        );
        await connection.closed;
        // Nothing of the draft reached the refused connection.
        expect(connection.doc.getXmlFragment('narrative').length).toBe(0);
      }
      expect(refusals[0]).toBe(refusals[1]);
      expect(refusals[0]).not.toMatch(/^authenticated/);
    }
  });

  it('someone who cannot read the recommendation is refused on /collab and gets NOT_FOUND from GraphQL', async () => {
    const foreign = connect(lucia, `recommendation:${recommendationId}`);
    await expect(foreign.authenticated).rejects.toThrow();
    await foreign.closed;
    const res = await draftAs(lucia);
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    expect(res.data?.recommendation ?? null).toBeNull();
  });

  it('the issuing organisation adopts the draft, as it reads now, as the recommendation’s text', async () => {
    const name = `recommendation:${recommendationId}`;
    const editor = connect(bruno, name);
    await editor.synced;
    appendParagraph(editor.doc, 'Plazo: seis meses.');
    await editor.acknowledged();
    const { text: draft } = await storedText(server, name);
    expect(draft).toContain('Plazo: seis meses.');

    // The addressee may not settle the text; another country does not see the recommendation at all.
    expect((await adoptAs(fernando)).data?.adoptRecommendationDraft.userErrors).toEqual([
      { field: ['input', 'recommendationId'], code: 'FORBIDDEN_CHANGE' },
    ]);
    expect(errorCodes(await adoptAs(lucia))).toEqual(['NOT_FOUND']);

    const adopted = (await adoptAs(ana)).data?.adoptRecommendationDraft;
    expect(adopted?.userErrors).toEqual([]);
    expect(adopted?.recommendation?.text).toBe(draft);
    // Someone who read the earlier version gets a conflict instead of overwriting.
    const stale = (adopted?.recommendation?.version ?? 0) - 1;
    expect((await adoptAs(bruno, stale)).data?.adoptRecommendationDraft.userErrors).toEqual([
      { field: ['input', 'expectedVersion'], code: 'CONFLICT' },
    ]);
  });
});
