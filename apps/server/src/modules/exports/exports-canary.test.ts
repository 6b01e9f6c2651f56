import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadActor } from '../../auth/load-actor.ts';
import type { SessionActor } from '../../auth/load-actor.ts';
import { tokenFromCookieHeader } from '../../auth/session.ts';
import { ExportJob } from '../../db/entities/export-job.ts';
import { Organisation } from '../../db/entities/identity.ts';
import { demoUsers } from '../../db/demo-world.ts';
import { buildOperationContext } from '../../operation/build.ts';
import { CANARY_PATTERN, entitledCanaries, leakedCanaries, plantCanaries } from '../../test/canary-world.ts';
import type { CanaryWorld } from '../../test/canary-world.ts';
import { mapConcurrently } from '../../test/concurrency.ts';
import { csvRows, downloadExport, exportPath, xlsxRows } from '../../test/export-files.ts';
import { seededRandom } from '../../test/query-generator.ts';
import { signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';
import { exportJobForDownload, runExportJob } from './export-job.ts';

/** Fixed, so a failure can be replayed. */
const SEED = 20261206;
const LISTS = ['places', 'visits', 'findings', 'recommendations', 'workplan-actions', 'reprisals'] as const;

interface Viewer {
  email: string;
  client: GraphqlClient;
  actor: SessionActor;
  entitled: Set<string>;
}

let server: TestServer;
let world: CanaryWorld;
let viewers: Viewer[] = [];
let organisationIds: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  world = await plantCanaries(server, seededRandom(SEED));
  organisationIds = (await server.orm.em.fork().find(Organisation, {})).map((o) => o.id);
  viewers = await Promise.all(
    demoUsers.map(async ({ email }) => {
      const client = await signedIn(server, email);
      const actor = await loadActor(
        server.orm.em.fork() as EntityManager,
        tokenFromCookieHeader(client.cookie),
        server.env.SESSION_SECRET,
      );
      if (!actor) throw new Error(`no actor for ${email}`);
      return { email, client, actor, entitled: entitledCanaries(actor, world.canaries) };
    }),
  );
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('export canary scan: every list, both formats, every demo user', () => {
  it('no export hands a viewer a canary the policy does not let them read', async () => {
    const leaks: string[] = [];
    const seenBy = new Map<string, number>();
    let files = 0;
    await mapConcurrently(viewers, 3, async (viewer) => {
      const seen = new Set<string>();
      const paths = [
        ...LISTS.flatMap((list) => (['csv', 'xlsx'] as const).map((format) => exportPath(list, format))),
        // Every organisation's audit log: the viewer's own (if they administer it) and everyone else's (NOT_FOUND).
        ...organisationIds.map((organisationId) => exportPath('audit-log', 'csv', { organisationId })),
      ];
      for (const path of paths) {
        const file = await downloadExport(server.url, path, viewer.client.cookie);
        files++;
        expect([200, 404], `${viewer.email} ${path}`).toContain(file.status);
        // Cells read back, and the raw bytes of CSV files and error bodies, all scanned.
        const text = `${file.rows.flat().join('\n')}\n${path.includes('.xlsx') ? '' : file.body.toString('utf8')}`;
        leaks.push(...leakedCanaries(text, viewer.entitled).map((c) => `${viewer.email} ${path}: ${c}`));
        for (const c of text.match(CANARY_PATTERN) ?? []) seen.add(c);
      }
      seenBy.set(viewer.email, seen.size);
    });
    console.log(`export canary scan: ${files} files for ${viewers.length} users`);
    expect(leaks).toEqual([]);
    // Not vacuous: exports carried planted text to those entitled to it, and more to some than to others.
    const counts = [...seenBy.values()];
    expect(Math.max(...counts)).toBeGreaterThan(10);
    expect(Math.min(...counts)).toBeLessThan(Math.max(...counts));
  }, 120_000);

  it('personal data (interviewee identities) reaches only the visit team, in the findings export', async () => {
    const identities = world.canaries.filter((c) => c.guard.kind === 'personal').map((c) => c.value);
    expect(identities.length).toBeGreaterThan(0);
    let entitledViewers = 0;
    let handedOut = 0;
    for (const viewer of viewers) {
      const file = await downloadExport(server.url, exportPath('findings', 'csv'), viewer.client.cookie);
      const text = file.rows.flat().join('\n');
      const mine = identities.filter((c) => viewer.entitled.has(c));
      if (mine.length) entitledViewers++;
      handedOut += mine.filter((c) => text.includes(c)).length;
      expect(leakedCanaries(text, viewer.entitled), viewer.email).toEqual([]);
    }
    expect(entitledViewers).toBeGreaterThan(0);
    // Not vacuous: the visit team does get the identities in its export.
    expect(handedOut).toBeGreaterThan(0);
  }, 60_000);

  it('a job export (run at once here) holds only what its requester may read', async () => {
    const leaks: string[] = [];
    for (const viewer of viewers) {
      for (const [list, format] of [
        ['findings', 'xlsx'],
        ['recommendations', 'csv'],
      ] as const) {
        const em = server.orm.em.fork();
        const job = em.create(ExportJob, {
          requestedBy: viewer.actor.userId,
          actingOrganisationId:
            viewer.actor.actingOrganisationId ?? viewer.actor.memberships[0]?.organisationId ?? null,
          list,
          format,
          filter: {},
          fileName: `canary.${format}`,
        });
        await em.flush();
        const ctx = await buildOperationContext(server.services, { transport: 'job', actor: null });
        await runExportJob(ctx, job.id);
        const asViewer = await buildOperationContext(server.services, { transport: 'http', actor: viewer.actor });
        const done = await exportJobForDownload(asViewer, job.id);
        expect(done?.job.status, `${viewer.email} ${list}`).toBe('DONE');
        const bytes = await buffer(done!.stream);
        // Sealed at rest: the stored pieces are not the file.
        const stored = await server.orm.em
          .fork()
          .getConnection()
          .execute<{ content: Buffer }[]>(
            'select content from export_file_chunk where export_job_id = ? order by seq',
            [job.id],
          );
        expect(stored.length).toBeGreaterThan(0);
        expect(Buffer.concat(stored.map((s) => s.content)).includes(bytes.subarray(0, 64))).toBe(false);
        const rows = format === 'xlsx' ? await xlsxRows(bytes) : csvRows(bytes);
        leaks.push(...leakedCanaries(rows.flat().join('\n'), viewer.entitled).map((c) => `${viewer.email}: ${c}`));
      }
    }
    expect(leaks).toEqual([]);
  }, 120_000);
});
