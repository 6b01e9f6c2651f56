import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, insertFinding, insertPlace, ISSUE, issueInput } from '../../test/recommendation-fixtures.ts';
import type { PayloadData } from '../../test/recommendation-fixtures.ts';
import { errorCodes, signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';

const ADD = /* GraphQL */ `
  mutation Add($input: AddCommentInput!) {
    addComment(input: $input) {
      comment {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`;
const FINDING = /* GraphQL */ `
  query Finding($id: ID!) {
    finding(id: $id) {
      id
      viewerCan {
        readComments
        comment
      }
      comments {
        body
      }
    }
  }
`;
const RECOMMENDATION = /* GraphQL */ `
  query Recommendation($id: ID!) {
    recommendation(id: $id) {
      id
      viewerCan {
        readComments
        comment
      }
      comments {
        body
      }
    }
  }
`;
interface RecordData {
  id: string;
  viewerCan: { readComments: boolean; comment: boolean };
  comments: { body: string }[];
}
interface AddData {
  addComment: { comment: { id: string } | null; userErrors: { field: string[]; code: string }[] };
}

let server: TestServer;
let ana: GraphqlClient; // the NPM's admin: owns the records and comments on them
let diego: GraphqlClient; // a CSO of the national working group
let hector: GraphqlClient; // the police's admin: reads what is PUBLIC
let fernando: GraphqlClient; // the ministry's admin: the recommendation's addressee
let ids: Awaited<ReturnType<typeof demoIds>>;
let publicFinding: string; // PUBLIC, in no working group
let groupFinding: string; // PUBLIC, in the national working group
let recommendation: string; // ORGANISATION, addressed to the ministry

const NOTE = 'Nota interna del MNP: visita no anunciada prevista para la próxima semana.';

async function comment(client: GraphqlClient, recordType: string, recordId: string, mentionUserIds: string[] = []) {
  return client.request<AddData>(ADD, { input: { recordType, recordId, body: NOTE, mentionUserIds } });
}

beforeAll(async () => {
  server = await startTestServer();
  [ana, diego, hector, fernando] = await Promise.all([
    signedIn(server, 'ana.mnp@demo.opcat'),
    signedIn(server, 'diego.voces@demo.opcat'),
    signedIn(server, 'hector.policia@demo.opcat'),
    signedIn(server, 'fernando.minjus@demo.opcat'),
  ]);
  ids = await demoIds(server);
  const owned = { ownerOrganisationId: ids.organisation('npm'), createdById: ids.user('ana.mnp@demo.opcat') };
  const placeId = await insertPlace(server, {
    ...owned,
    classification: 'PUBLIC',
    name: 'Delegación policial de Río Claro',
    type: 'POLICE_CUSTODY',
    responsibleAuthorityId: ids.organisation('police'),
  });
  publicFinding = await insertFinding(server, { ...owned, classification: 'PUBLIC', placeId, title: 'Celdas sin luz' });
  groupFinding = await insertFinding(server, {
    ...owned,
    classification: 'PUBLIC',
    workingGroupId: ids.workingGroup('NATIONAL_WORKING_GROUP'),
    placeId,
    title: 'Registro incompleto',
  });
  const issued = await ana.request<{ issueRecommendation: PayloadData }>(ISSUE, {
    input: issueInput(ids.organisation('ministry')),
  });
  recommendation = issued.data!.issueRecommendation.recommendation!.id;
  for (const [type, id] of [
    ['FINDING', publicFinding],
    ['FINDING', groupFinding],
    ['RECOMMENDATION', recommendation],
  ] as const) {
    expect((await comment(ana, type, id)).data?.addComment.userErrors).toEqual([]);
  }
});

afterAll(async () => {
  await server?.close();
});

describe("a record's comments are its discussion's, not every reader's", () => {
  it('the police read a PUBLIC finding but none of its comments, and cannot comment on it', async () => {
    const read = await hector.request<{ finding: RecordData }>(FINDING, { id: publicFinding });
    expect(read.errors).toBeUndefined();
    expect(read.data?.finding).toEqual({
      id: publicFinding,
      viewerCan: { readComments: false, comment: false },
      comments: [],
    });
    expect(JSON.stringify(read)).not.toContain('visita no anunciada');
    const res = await comment(hector, 'FINDING', publicFinding);
    expect(res.data?.addComment?.comment ?? null).toBeNull();
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    // The owner still reads its own note.
    const own = await ana.request<{ finding: RecordData }>(FINDING, { id: publicFinding });
    expect(own.data?.finding.comments).toEqual([{ body: NOTE }]);
  });

  it('the addressee reads the recommendation, not the monitor’s comments on it', async () => {
    const read = await fernando.request<{ recommendation: RecordData }>(RECOMMENDATION, { id: recommendation });
    expect(read.errors).toBeUndefined();
    expect(read.data?.recommendation.viewerCan).toEqual({ readComments: false, comment: false });
    expect(read.data?.recommendation.comments).toEqual([]);
  });

  it('a partner of the working group reads and writes the comments of a PUBLIC finding of that group', async () => {
    const read = await diego.request<{ finding: RecordData }>(FINDING, { id: groupFinding });
    expect(read.data?.finding.viewerCan).toEqual({ readComments: true, comment: true });
    expect(read.data?.finding.comments).toEqual([{ body: NOTE }]);
    expect((await comment(diego, 'FINDING', groupFinding)).data?.addComment.userErrors).toEqual([]);
    // Outside that group's finding, the same partner is a PUBLIC reader only.
    const other = await diego.request<{ finding: RecordData }>(FINDING, { id: publicFinding });
    expect(other.data?.finding.comments).toEqual([]);
  });

  it('mentioning a reader outside the discussion fails exactly like an unknown id', async () => {
    const outsider = await comment(ana, 'FINDING', publicFinding, [ids.user('hector.policia@demo.opcat')]);
    const unknown = await comment(ana, 'FINDING', publicFinding, [randomUUID()]);
    expect(outsider.data?.addComment).toEqual({
      comment: null,
      userErrors: [{ field: ['input', 'mentionUserIds'], code: 'NOT_FOUND' }],
    });
    expect(outsider.data).toEqual(unknown.data);
  });
});
