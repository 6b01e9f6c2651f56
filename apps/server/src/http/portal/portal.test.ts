import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can } from '@opcat/domain';
import { CANARY_PATTERN, plantCanaries } from '../../test/canary-world.ts';
import type { CanaryWorld } from '../../test/canary-world.ts';
import { mapConcurrently } from '../../test/concurrency.ts';
import { seededRandom } from '../../test/query-generator.ts';
import { signedIn, startTestServer } from '../../test/server.ts';
import type { TestServer } from '../../test/server.ts';
import { PORTAL_LANGUAGES } from './labels.ts';

let server: TestServer;
let world: CanaryWorld;
/** Canaries an anonymous reader may read, decided by the policy (portal:read of their record). */
let publicCanaries: Set<string>;
let nextAddress = 0;

/**
 * Each request from its own address (the server trusts X-Forwarded-For from loopback, as behind a
 * proxy), so the scan stays under the per-address limit that the last test exercises.
 */
async function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  const n = nextAddress++;
  return fetch(`${server.url}${path}`, {
    redirect: 'manual',
    headers: { 'X-Forwarded-For': `10.9.${(n >> 8) & 255}.${n & 255}`, ...headers },
  });
}

const seen = new Set<string>();
const leaks: { path: string; canaries: string[] }[] = [];
function scan(path: string, body: string): void {
  for (const canary of body.match(CANARY_PATTERN) ?? []) {
    seen.add(canary);
    if (!publicCanaries.has(canary)) leaks.push({ path, canaries: [canary] });
  }
}

beforeAll(async () => {
  server = await startTestServer();
  world = await plantCanaries(server, seededRandom(20261206));
  // Every planted finding a good practice, so the portal's practices face every classification.
  await server.ownerOrm.em.getConnection().execute('update finding set good_practice = true');
  publicCanaries = new Set(
    world.canaries
      .filter((c) => c.guard.kind === 'record' && can(null, 'portal:read', c.guard.facts))
      .map((c) => c.value),
  );
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('public portal (signed out)', () => {
  it('shows only public records on every page and download, in every language', async () => {
    const pages = PORTAL_LANGUAGES.flatMap((lang) =>
      ['', 'recommendations', 'practices', 'states', 'data'].map((p) => `/public/${lang}/${p}`),
    );
    const downloads = ['recommendations', 'practices', 'opcat-states'].flatMap((d) => [
      `/public/data/${d}.csv`,
      `/public/data/${d}.json`,
    ]);
    const links = new Set<string>();
    await mapConcurrently([...pages, ...downloads], 4, async (path) => {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      const body = await res.text();
      scan(path, body);
      for (const [, href] of body.matchAll(/href="(\/public\/[a-z]{2}\/(?:recommendations|practices)\/[^"]+)"/g))
        links.add(href as string);
    });
    // Every detail page the lists link to.
    await mapConcurrently([...links], 4, async (path) => {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      scan(path, await res.text());
    });
    expect(leaks).toEqual([]);
    // The scan saw the public canaries of recommendations, responses, statuses and practices.
    const fields = new Set([...seen].map((c) => c.split('-')[2]));
    for (const field of ['recommendationTitle', 'recommendationText', 'responseText', 'statusNote', 'findingTitle'])
      expect(fields, field).toContain(field);
    expect(links.size).toBeGreaterThan(8);
  });

  it('signed in or not, the portal is the same anonymous portal', async () => {
    const spt = await signedIn(server, 'ines.spt@demo.opcat');
    const res = await get('/public/en/recommendations', { cookie: spt.cookie ?? '' });
    const body = await res.text();
    scan('/public/en/recommendations (signed in as the SPT)', body);
    expect(leaks).toEqual([]);
  });

  it('answers every record id that is not public exactly like a random id', async () => {
    const random = async (kind: string) => {
      const res = await get(`/public/es/${kind}/${randomUUID()}`);
      return { status: res.status, body: await res.text(), cache: res.headers.get('cache-control') };
    };
    const reference = { recommendations: await random('recommendations'), practices: await random('practices') };
    expect(reference.recommendations.status).toBe(404);
    expect(reference.practices).toEqual(reference.recommendations);
    let found = 0;
    await mapConcurrently(world.ids, 6, async (id) => {
      for (const kind of ['recommendations', 'practices'] as const) {
        const res = await get(`/public/es/${kind}/${id}`);
        const body = await res.text();
        scan(`/public/es/${kind}/${id}`, body);
        if (res.status === 200) {
          found++;
          continue;
        }
        expect({ status: res.status, body, cache: res.headers.get('cache-control') }).toEqual(reference[kind]);
      }
    });
    expect(leaks).toEqual([]);
    expect(found).toBeGreaterThan(0);
    for (const path of ['/public/es/recommendations/not-a-uuid', '/public/xx/recommendations', '/public/es/nothing']) {
      const res = await get(path);
      expect({ status: res.status, body: await res.text() }, path).toEqual({
        status: 404,
        body: reference.recommendations.body,
      });
    }
  });

  it('the demo: an authorised SPT recommendation is public with both statuses, the others are not found', async () => {
    const rows = await server.orm.em
      .getConnection()
      .execute<{ id: string; reference: string }[]>(
        `select id::text, reference from recommendation where reference in ('SPT-XV-2026-01', 'SPT-XV-2026-02', 'SPT-XV-2026-03', 'MNP-XV-2026-001')`,
      );
    const id = (reference: string) => rows.find((r) => r.reference === reference)?.id as string;
    const authorised = await get(`/public/en/recommendations/${id('SPT-XV-2026-03')}`);
    const page = await authorised.text();
    expect(authorised.status).toBe(200);
    expect(page).toContain('<html lang="en">');
    // Dates as the visitor's language writes them, the ISO date kept for machines.
    expect(page).toContain('Publication authorised by the State on 30 September 2026');
    expect(page).toMatch(/Issued on<\/dt>\s*<dd><time datetime="\d{4}-\d{2}-\d{2}">\d{1,2} [A-Z][a-z]+ \d{4}<\/time>/);
    expect(page).not.toMatch(/>\d{4}-\d{2}-\d{2}</);
    expect(page).toContain('Implementation as reported by the State');
    expect(page).toMatch(/assessed by the monitor<\/dt>\s*<dd>\s*<span class="status">\s*Partially implemented/);
    expect(page).not.toContain('<script');
    // Countries by name: the demo world's (a user-assigned code), and real States' in the page's language.
    expect(page).toMatch(/Country<\/dt>\s*<dd>Costa Verde<\/dd>/);
    const french = await (await get('/public/fr/states')).text();
    expect(french).toMatch(/<th scope="row">\s*Mexique\s*\(MX\)\s*<\/th>/);
    expect(french).toContain('<td><time datetime="2003-09-23">23 sept. 2003</time></td>');
    const npm = await (await get(`/public/es/recommendations/${id('MNP-XV-2026-001')}`)).text();
    expect(npm).toContain('<html lang="es">');
    expect(npm).toMatch(/según el Estado<\/dt>\s*<dd>\s*<span class="status">\s*En curso/);
    for (const reference of ['SPT-XV-2026-01', 'SPT-XV-2026-02'])
      expect((await get(`/public/es/recommendations/${id(reference)}`)).status, reference).toBe(404);
    const csv = await (await get('/public/data/recommendations.csv')).text();
    expect(csv).toContain('SPT-XV-2026-03');
    expect(csv).not.toContain('SPT-XV-2026-01');
    const states = (await (await get('/public/data/opcat-states.json')).json()) as { count: number; items: unknown[] };
    expect(states.count).toBe(94);
    // Counts in words agree with their number (French counts 0 and 1 as singular), never "publicada(s)".
    for (const [language, one, other] of [
      ['es', 'publicada', 'publicadas'],
      ['fr', 'publiée', 'publiées'],
    ] as const) {
      const home = await (await get(`/public/${language}/`)).text();
      const counts = [...home.matchAll(/(\d+) (publicadas?|publiées?)\b/g)];
      expect(counts.length, language).toBe(2);
      for (const [, n, word] of counts) {
        const singular = Number(n) === 1 || (language === 'fr' && Number(n) === 0);
        expect(word, `${language}: ${n}`).toBe(singular ? one : other);
      }
      expect(home).not.toContain('(s)');
    }
  });

  it('is cacheable: Cache-Control and an ETag that revalidates to 304', async () => {
    const first = await get('/public/es/states');
    const etag = first.headers.get('etag');
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    expect(etag).toBeTruthy();
    // fetch adds "Cache-Control: no-cache" to a conditional request unless told otherwise.
    const again = await get('/public/es/states', { 'If-None-Match': etag as string, 'Cache-Control': 'max-age=0' });
    expect(again.status).toBe(304);
  });

  it('limits requests per address: 429 beyond the limit, other addresses unaffected', async () => {
    const limit = server.env.PORTAL_REQUESTS_PER_MINUTE;
    const address = { 'X-Forwarded-For': '10.200.0.1' };
    const statuses: number[] = [];
    for (let i = 0; i <= limit; i++) {
      const res = await fetch(`${server.url}/public/es/data`, { headers: address });
      await res.arrayBuffer();
      statuses.push(res.status);
    }
    expect(statuses.slice(0, limit).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const refused = await fetch(`${server.url}/public/data/recommendations.json`, { headers: address });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await get('/public/es/data')).status).toBe(200);
  });
});
