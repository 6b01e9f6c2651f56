import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { MONITORING_AREAS, can } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { loadActor } from '../../auth/load-actor.ts';
import { tokenFromCookieHeader } from '../../auth/session.ts';
import { demoUsers } from '../../db/demo-world.ts';
import { Finding, Recommendation } from '../../db/entities/monitoring.ts';
import { CANARY_PATTERN, entitledCanaries, plantCanaries } from '../../test/canary-world.ts';
import type { CanaryWorld } from '../../test/canary-world.ts';
import { mapConcurrently } from '../../test/concurrency.ts';
import { seededRandom } from '../../test/query-generator.ts';
import { docxText, pdfText } from '../../test/report-files.ts';
import { signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';
import { recordFacts } from '../records/facts.ts';

/** Fixed, so a failure can be replayed. */
const SEED = 20261207;

interface Viewer {
  email: string;
  actor: Actor;
  client: GraphqlClient;
}

let server: TestServer;
let world: CanaryWorld;
let viewers: Viewer[] = [];
let recommendations: Recommendation[] = [];
let findings: Finding[] = [];
let links: { recommendation_id: string; finding_id: string }[] = [];

async function get(viewer: Viewer, format: string, filter: Record<string, unknown> = {}) {
  const query = new URLSearchParams({ lang: 'en', filter: JSON.stringify(filter) });
  const res = await fetch(`${server.url}/api/reports/annual.${format}?${query.toString()}`, {
    headers: { cookie: viewer.client.cookie ?? '' },
  });
  return { status: res.status, bytes: new Uint8Array(await res.arrayBuffer()) };
}

async function xlsxText(bytes: Uint8Array): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const cells: string[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) => {
      for (const value of (row.values as unknown[]).slice(1)) if (value != null) cells.push(String(value as string));
    });
  }
  return cells.join('\n');
}

beforeAll(async () => {
  server = await startTestServer();
  world = await plantCanaries(server, seededRandom(SEED));
  const em = server.orm.em.fork() as EntityManager;
  recommendations = await em.find(Recommendation, {}, { populate: ['ownerOrganisation'] as never });
  findings = await em.find(Finding, {}, { populate: ['ownerOrganisation'] as never });
  links = await em
    .getConnection()
    .execute<{ recommendation_id: string; finding_id: string }[]>('select * from recommendation_finding');
  viewers = await Promise.all(
    demoUsers.map(async ({ email }) => {
      const client = await signedIn(server, email);
      const actor = await loadActor(em.fork(), tokenFromCookieHeader(client.cookie), server.env.SESSION_SECRET);
      if (!actor) throw new Error(`no actor for ${email}`);
      return { email, actor, client };
    }),
  );
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('annual report canary scan: every demo user, every format', () => {
  it('no report carries a canary its downloader may not read, nor any personal data; figures count readable records only', async () => {
    // Only the recommendations' own text and dialogue go into an annual report: record canaries.
    const recordCanaries = world.canaries.filter((c) => c.guard.kind === 'record');
    const personal = new Set(world.canaries.filter((c) => c.guard.kind !== 'record').map((c) => c.value));
    const leaks: string[] = [];
    const wrongTotals: string[] = [];
    const seen = new Set<string>();
    let thematicCounted = 0;
    const random = seededRandom(SEED + 1);
    const areas = viewers.map(() => MONITORING_AREAS[Math.floor(random.next() * MONITORING_AREAS.length)]);
    await mapConcurrently(viewers, 3, async (viewer, index) => {
      const entitled = entitledCanaries(viewer.actor, recordCanaries);
      const readable = recommendations.filter((r) => can(viewer.actor, 'record:read', recordFacts(r)));
      // A theme counts a recommendation through a finding in that area the viewer reads, never another.
      const area = areas[index];
      const inArea = new Set(
        findings
          .filter((f) => f.monitoringArea === area && can(viewer.actor, 'record:read', recordFacts(f)))
          .map((f) => f.id),
      );
      const thematic = readable.filter((r) =>
        links.some((l) => l.recommendation_id === r.id && inArea.has(l.finding_id)),
      );
      thematicCounted += thematic.length;
      const preview = await viewer.client.request<{ all: { total: number }; theme: { total: number } }>(
        `query ($area: MonitoringArea) { all: annualReportPreview { total } theme: annualReportPreview(filter: { area: $area }) { total } }`,
        { area },
      );
      for (const [name, got, expected] of [
        ['all', preview.data?.all.total, readable.length],
        [area, preview.data?.theme.total, thematic.length],
      ] as const) {
        if (got !== expected) wrongTotals.push(`${viewer.email} ${name}: ${got} ≠ ${expected}`);
      }
      const xlsx = await get(viewer, 'xlsx');
      const docx = await get(viewer, 'docx');
      const pdf = await get(viewer, 'pdf', { area });
      expect([xlsx.status, docx.status, pdf.status]).toEqual([200, 200, 200]);
      const { text, joined } = await pdfText(pdf.bytes);
      for (const body of [await xlsxText(xlsx.bytes), await docxText(docx.bytes), text, joined]) {
        for (const canary of body.match(CANARY_PATTERN) ?? []) {
          seen.add(canary);
          if (!entitled.has(canary) || personal.has(canary)) leaks.push(`${viewer.email}: ${canary}`);
        }
      }
    });
    console.log(`annual report canary scan: ${viewers.length} users × XLSX, DOCX, PDF; ${seen.size} canaries seen`);
    expect(leaks).toEqual([]);
    expect(wrongTotals).toEqual([]);
    expect(thematicCounted).toBeGreaterThan(0);
    // Not vacuous: planted recommendations reached their readers, SPT-confidential ones included.
    expect(seen.size).toBeGreaterThan(0);
    expect([...seen].some((c) => c.startsWith('CANARY-SPT_CONFIDENTIAL-'))).toBe(true);
  }, 240_000);
});
