import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLASSIFICATIONS, cellExists, oracleAllows } from '@opcat/domain';
import type { Classification, Operation } from '@opcat/domain';
import { AliasBatch, errorsByAlias } from '../test/batch.ts';
import { mapConcurrently } from '../test/concurrency.ts';
import type { GraphqlResponse } from '../test/graphql-client.ts';
import { buildOracleWorld } from '../test/oracle-world.ts';
import type { OracleActor, OracleRecord, OracleWorld } from '../test/oracle-world.ts';
import { startTestServer } from '../test/server.ts';
import type { TestServer } from '../test/server.ts';
import { Finding, Recommendation } from '../db/entities/monitoring.ts';

/** Requests in flight at once: the server shares the 2 cores with this test. */
const CONCURRENCY = 8;
type Subject = 'finding' | 'recommendation';
type Data = Record<string, unknown> | null | undefined;

let server: TestServer;
let world: OracleWorld;
let cellsChecked = 0;

beforeAll(async () => {
  server = await startTestServer();
  world = await buildOracleWorld(server);
}, 120_000);

afterAll(async () => {
  console.log(`oracle cells checked over HTTP: ${cellsChecked}`);
  await server?.close();
});

/** The classifications whose cell exists for this actor, with the record each cell is about. */
function targetsOf(actor: OracleActor): { classification: Classification; record: OracleRecord }[] {
  return CLASSIFICATIONS.filter((c) => cellExists(c, actor.relation, actor.kind)).map((classification) => ({
    classification,
    record: world.target(classification, actor.relation, actor.kind),
  }));
}

/** Compares one cell; returns a line describing the disagreement, if any. */
function compare(
  actor: OracleActor,
  subject: Subject,
  classification: Classification,
  operation: Operation,
  actual: boolean,
  mismatches: string[],
): void {
  cellsChecked++;
  const expected = oracleAllows(classification, operation, actor.relation, actor.kind, actor.role);
  if (actual !== expected) {
    mismatches.push(
      `${subject} ${classification} ${operation} by ${actor.relation} ${actor.kind} ${actor.role}: ` +
        `API ${actual ? 'allowed' : 'refused'}, oracle ${expected ? 'allows' : 'refuses'}`,
    );
  }
}

/** Refusals must look exactly like absence: only NOT_FOUND, never another error. */
function onlyNotFound(
  actor: OracleActor,
  alias: string,
  errors: readonly { extensions?: Record<string, unknown> }[],
  mismatches: string[],
) {
  const codes = errors.map((e) => e.extensions?.code);
  if (codes.some((c) => c !== 'NOT_FOUND')) {
    mismatches.push(`${actor.email} ${alias}: unexpected error codes ${JSON.stringify(codes)}`);
  }
}

function field<T>(data: Data, alias: string): T | undefined {
  return (data as Record<string, T> | null | undefined)?.[alias];
}

/** GET /api/evidence/<id> of each target finding's attachment: the HTTP status, by classification. */
async function evidenceDownloads(actor: OracleActor, targets: ReturnType<typeof targetsOf>) {
  const statuses = await Promise.all(
    targets.map(async ({ record }) => {
      const response = await fetch(`${server.url}/api/evidence/${record.evidenceId}`, {
        headers: { cookie: actor.client.cookie ?? '' },
      });
      await response.arrayBuffer();
      return response.status;
    }),
  );
  return new Map(targets.map((t, i) => [t.classification, statuses[i]]));
}

async function checkReads(actor: OracleActor, mismatches: string[]): Promise<void> {
  const targets = targetsOf(actor);

  // read: finding(id) / recommendation(id) answer the record, or NOT_FOUND. One request each: the
  // first NOT_FOUND of a non-null root field ends the operation, and later errors go unreported.
  const viewerCan = 'viewerCan { read update share reclassify comment export }';
  const abilities = new Map<string, Record<string, boolean>>();
  const reads = targets.flatMap(({ classification, record }) => [
    { subject: 'finding' as const, classification, alias: `f_${classification}`, id: record.findingId },
    { subject: 'recommendation' as const, classification, alias: `r_${classification}`, id: record.recommendationId },
  ]);
  await Promise.all(
    reads.map(async ({ subject, classification, alias, id }) => {
      const read = new AliasBatch('query');
      read.add(alias, `${subject}(id: ${read.variable('ID!', id)}) { id ${viewerCan} }`);
      const response = await read.run<Record<string, { id: string; viewerCan: Record<string, boolean> }>>(actor.client);
      const errors = errorsByAlias(response.errors).get(alias);
      const answer = response.data?.[alias];
      if (errors) onlyNotFound(actor, alias, errors, mismatches);
      else if (answer?.id !== id) mismatches.push(`${actor.email} ${alias}: answered ${JSON.stringify(answer)}`);
      else abilities.set(alias, answer.viewerCan);
      compare(actor, subject, classification, 'read', !errors, mismatches);
    }),
  );

  // list and count: filtered and counted in SQL, so the record appears (and counts) exactly when readable.
  const lists = new AliasBatch('query');
  const owners = [...new Map(targets.map((t) => [t.record.ownerKind, t.record])).values()];
  for (const owner of owners) {
    lists.add(
      `lf_${owner.ownerKind}`,
      // A search, not the visit: filtering by a visit the viewer may not read names nothing.
      `findings(filter: { search: ${lists.variable('String', `Oracle finding ${owner.ownerKind} `)} }, limit: 200) { nodes { id } }`,
    );
    lists.add(
      `lr_${owner.ownerKind}`,
      `recommendations(filter: { search: ${lists.variable('String', `Oracle recommendation ${owner.ownerKind} `)} }, limit: 200) { nodes { id } }`,
    );
  }
  for (const { classification: c, record } of targets) {
    const filter = `{ classification: ${c}, search: ${lists.variable('String', record.reference)} }`;
    lists.add(`cf_${c}`, `findings(filter: ${filter}) { totalCount }`);
    lists.add(
      `cr_${c}`,
      `recommendations(filter: { search: ${lists.variable('String', record.reference)} }) { totalCount }`,
    );
  }
  const listResponse = await lists.run(actor.client);
  if (listResponse.errors?.length || !listResponse.data) {
    mismatches.push(`${actor.email} lists failed: ${JSON.stringify(listResponse.errors)}`);
    return;
  }
  const listed = (alias: string) =>
    new Set((field<{ nodes: { id: string }[] }>(listResponse.data, alias)?.nodes ?? []).map((n) => n.id));
  const counted = (alias: string) => field<{ totalCount: number }>(listResponse.data, alias)?.totalCount;
  for (const { classification: c, record } of targets) {
    compare(actor, 'finding', c, 'list', listed(`lf_${record.ownerKind}`).has(record.findingId), mismatches);
    compare(
      actor,
      'recommendation',
      c,
      'list',
      listed(`lr_${record.ownerKind}`).has(record.recommendationId),
      mismatches,
    );
    for (const [subject, alias] of [
      ['finding', `cf_${c}`],
      ['recommendation', `cr_${c}`],
    ] as const) {
      const count = counted(alias);
      if (count !== 0 && count !== 1) mismatches.push(`${actor.email} ${alias}: count ${count}, expected 0 or 1`);
      compare(actor, subject, c, 'count', count === 1, mismatches);
    }
  }

  // export: what viewerCan says for readable findings, and what the evidence download does.
  const downloads = await evidenceDownloads(actor, targets);
  for (const { classification: c } of targets) {
    // viewerCan must agree with what the mutations below do; checked here, counted there.
    for (const alias of [`f_${c}`, `r_${c}`]) {
      const can = abilities.get(alias);
      if (!can) continue;
      for (const operation of ['update', 'share', 'reclassify', 'comment'] as const) {
        if (can[operation] !== oracleAllows(c, operation, actor.relation, actor.kind, actor.role)) {
          mismatches.push(`${actor.email} ${alias}: viewerCan.${operation} = ${can[operation]}`);
        }
      }
    }
    const viewerCanExport = abilities.get(`f_${c}`)?.export;
    const status = downloads.get(c);
    if (status !== 200 && status !== 404) mismatches.push(`${actor.email} evidence of ${c}: HTTP ${status}`);
    const downloaded = status === 200;
    if (abilities.has(`f_${c}`) && viewerCanExport !== downloaded) {
      mismatches.push(`${actor.email} ${c}: viewerCan.export ${viewerCanExport} but download ${status}`);
    }
    compare(actor, 'finding', c, 'export', downloaded && viewerCanExport === true, mismatches);
  }
}

interface MutationCell {
  alias: string;
  subject: Subject;
  classification: Classification;
  operation: Operation;
  /** Adds the aliased mutation to a batch. */
  add(batch: AliasBatch): void;
}

function mutationCells(actor: OracleActor): MutationCell[] {
  const cells: MutationCell[] = [];
  const payload = (key: string) => `{ ${key} { id } userErrors { code } }`;
  for (const { classification: c, record } of targetsOf(actor)) {
    for (const subject of ['finding', 'recommendation'] as const) {
      const s = subject === 'finding' ? 'f' : 'r';
      const recordType = subject === 'finding' ? 'FINDING' : 'RECOMMENDATION';
      const idOf = (r: OracleRecord) => (subject === 'finding' ? r.findingId : r.recommendationId);
      const cell = (operation: Operation, add: (b: AliasBatch, alias: string) => void): void => {
        const alias = `${operation}_${s}_${c}`;
        cells.push({ alias, subject, classification: c, operation, add: (b) => add(b, alias) });
      };
      cell('update', (b, alias) => {
        const mutation = subject === 'finding' ? 'updateFinding' : 'updateRecommendation';
        const input = b.variable(subject === 'finding' ? 'UpdateFindingInput!' : 'UpdateRecommendationInput!', {
          id: idOf(record),
          title: `Oracle ${subject} edited by ${actor.email}`,
        });
        b.add(alias, `${mutation}(input: ${input}) ${payload(subject)}`);
      });
      cell('comment', (b, alias) => {
        const input = b.variable('AddCommentInput!', {
          recordType,
          recordId: idOf(record),
          body: `from ${actor.email}`,
        });
        b.add(alias, `addComment(input: ${input}) ${payload('comment')}`);
      });
      cell('share', (b, alias) => {
        const target = world.recordFor('share', c, actor);
        // The same list again, or for SPT-confidential material the one organisation it may name.
        const organisationIds = c === 'SPT_CONFIDENTIAL' ? [world.sharedNpmId] : world.sharedWithIds;
        const input = b.variable('ShareRecordInput!', { recordType, recordId: idOf(target), organisationIds });
        b.add(alias, `shareRecord(input: ${input}) ${payload('record')}`);
      });
      cell('reclassify', (b, alias) => {
        const target = world.recordFor('reclassify', c, actor);
        const input = b.variable('ReclassifyRecordInput!', {
          recordType,
          recordId: idOf(target),
          classification: 'ORGANISATION',
        });
        b.add(alias, `reclassifyRecord(input: ${input}) ${payload('record')}`);
      });
    }
  }
  return cells;
}

/**
 * Whether one mutation went through: a NOT_FOUND error or a FORBIDDEN_CHANGE/NOT_FOUND userError
 * is a refusal.
 */
function outcome(
  actor: OracleActor,
  alias: string,
  response: GraphqlResponse<Record<string, unknown>>,
  mismatches: string[],
): boolean {
  const errors = errorsByAlias(response.errors).get(alias);
  if (errors) {
    onlyNotFound(actor, alias, errors, mismatches);
    return false;
  }
  const result = field<Record<string, unknown> & { userErrors: { code: string }[] }>(response.data, alias);
  if (!result) throw new Error(`no payload for ${alias}: ${JSON.stringify(response.errors)}`);
  const codes = result.userErrors.map((e) => e.code);
  if (codes.some((code) => code !== 'FORBIDDEN_CHANGE' && code !== 'NOT_FOUND')) {
    mismatches.push(`${actor.email} ${alias}: unexpected userErrors ${JSON.stringify(codes)}`);
  }
  const record = Object.entries(result).find(([key]) => key !== 'userErrors')?.[1];
  return codes.length === 0 && record != null;
}

/**
 * One request per mutation: mutations run one after the other, and the first refused one (a
 * NOT_FOUND error on a non-null field) stops the rest of its request and nulls every answer.
 */
async function checkMutation(actor: OracleActor, cell: MutationCell, mismatches: string[]): Promise<void> {
  const batch = new AliasBatch('mutation');
  cell.add(batch);
  const allowed = outcome(actor, cell.alias, await batch.run(actor.client), mismatches);
  compare(actor, cell.subject, cell.classification, cell.operation, allowed, mismatches);
}

describe('the confidentiality oracle, cell by cell over GraphQL/HTTP against PostgreSQL', () => {
  it('reads, lists, counts and evidence exports show a record exactly to the actors the oracle lets read it', async () => {
    const mismatches: string[] = [];
    await mapConcurrently(world.actors, CONCURRENCY, (actor) => checkReads(actor, mismatches));
    expect(mismatches).toEqual([]);
  }, 480_000);

  it('updates, comments, shares and reclassifications go through exactly where the oracle allows them', async () => {
    const mismatches: string[] = [];
    const cells = world.actors.flatMap((actor) => mutationCells(actor).map((cell) => ({ actor, cell })));
    await mapConcurrently(cells, CONCURRENCY, ({ actor, cell }) => checkMutation(actor, cell, mismatches));
    expect(mismatches).toEqual([]);
    // Everyone outside the owner organisation tried on the main records: none of them changed.
    const em = server.orm.em.fork();
    const shared = [...world.sharedWithIds].sort();
    for (const record of world.mainRecords) {
      for (const stored of [
        await em.findOneOrFail(Finding, record.findingId),
        await em.findOneOrFail(Recommendation, record.recommendationId),
      ]) {
        expect({ classification: stored.classification, sharedWith: [...stored.sharedWith].sort() }).toEqual({
          classification: record.classification,
          sharedWith: shared,
        });
      }
    }
  }, 480_000);

  it('covers every existing classification × relation × kind × role cell for findings and recommendations', () => {
    // 772 cells × (8 finding operations + 7 recommendation operations).
    expect(cellsChecked).toBeGreaterThan(5000);
  });
});
