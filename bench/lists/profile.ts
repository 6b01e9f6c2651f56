/**
 * Where a list request's time goes in the server's JavaScript: `npm run bench:lists:profile`.
 *
 * Uses a bench database made by `npm run bench:lists` (`BENCH_KEEP=1`, same `BENCH_DATABASE_PREFIX`; size
 * PROFILE_SIZE, default 10000), starts the real server in this process as run.ts does, and for each user × list
 * (PROFILE_USERS, default CSO,NPM; PROFILE_LISTS, default recommendations):
 *
 * 1. CPU per request: process CPU time (user + system) over PROFILE_REQUESTS sequential first-page requests,
 *    beside `{ __typename }` with the same session (HTTP, session and the in-process client's own cost) and
 *    beside the same page with the read scope replaced by `true` (benchmark-unscoped.ts);
 * 2. a V8 CPU profile of PROFILE_REQUESTS more (inspector Session, 100 µs sampling), printed as the top
 *    self-time functions and the self time per package, in ms per request; written as a .cpuprofile file into
 *    PROFILE_DIR when set (open it in Chrome DevTools or speedscope).
 *
 * The client (fetch) runs in this process too: its share shows as `undici`/`node:` in the tables.
 */
import { Session } from 'node:inspector/promises';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphqlClient } from '../../apps/server/src/test/graphql-client.ts';
import { benchDatabase, databaseExists } from './database.ts';
import { LISTS, listQueries } from './queries.ts';
import { unscopeReadsForBenchmark } from '../../apps/server/src/modules/records/benchmark-unscoped.ts';
import { USERS, serverEnv, startServer } from './server.ts';

const SIZE = Number(process.env.PROFILE_SIZE ?? 10000);
const PREFIX = process.env.BENCH_DATABASE_PREFIX ?? 'bench_lists';
const REQUESTS = Number(process.env.PROFILE_REQUESTS ?? 300);
const WARMUP = Number(process.env.PROFILE_WARMUP ?? 50);
const TOP = Number(process.env.PROFILE_TOP ?? 30);
const WANTED_USERS = (process.env.PROFILE_USERS ?? 'CSO,NPM').split(',');
const WANTED_LISTS = (process.env.PROFILE_LISTS ?? 'recommendations').split(',');
const OUT = process.env.PROFILE_DIR;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Where a frame's code lives: a package, a server file, Node itself, or V8's pseudo-frames. */
function area(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  if (url.startsWith('node:')) return 'node:';
  const src = url.indexOf('/apps/server/src/');
  if (src >= 0) return url.slice(src + '/apps/'.length);
  const pkg = url.indexOf('/packages/');
  if (pkg >= 0) return url.slice(pkg + 1);
  return url.replace(/^file:\/\//, '');
}

function shortUrl(url: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) return url.slice(modules + 'node_modules/'.length);
  const apps = url.indexOf('/apps/');
  if (apps >= 0) return url.slice(apps + 1);
  const pkg = url.indexOf('/packages/');
  return pkg >= 0 ? url.slice(pkg + 1) : url;
}

/** Self time (µs) per function and per area, from the samples and their time deltas. */
function selfTimes(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const functions = new Map<string, number>();
  const areas = new Map<string, number>();
  for (const [i, id] of profile.samples.entries()) {
    const node = byId.get(id);
    if (!node) continue;
    const us = profile.timeDeltas[i + 1] ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || '(anonymous)'} ${url ? `${shortUrl(url)}:${lineNumber + 1}` : ''}`.trim();
    functions.set(name, (functions.get(name) ?? 0) + us);
    const a = area(url, functionName);
    areas.set(a, (areas.get(a) ?? 0) + us);
  }
  return { functions, areas, totalUs: profile.endTime - profile.startTime };
}

const ms = (us: number, n: number) => (us / 1000 / n).toFixed(3);

/**
 * Process CPU time and wall time per call of each of `runs`, `n` calls each, in alternating blocks of 10 so
 * that a change in the machine's load weighs on all of them alike.
 */
async function interleaved(n: number, runs: (() => Promise<void>)[]): Promise<{ cpu: number; wall: number }[]> {
  const totals = runs.map(() => ({ cpu: 0, wall: 0 }));
  for (let done = 0; done < n; done += 10) {
    for (const [i, run] of runs.entries()) {
      const block = Math.min(10, n - done);
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      for (let k = 0; k < block; k++) await run();
      const cpu = process.cpuUsage(cpu0);
      const total = totals[i] as { cpu: number; wall: number };
      total.cpu += (cpu.user + cpu.system) / 1000;
      total.wall += performance.now() - t0;
    }
  }
  return totals.map((t) => ({ cpu: t.cpu / n, wall: t.wall / n }));
}

async function main() {
  const name = `${PREFIX}_${SIZE}`;
  if (!(await databaseExists(name))) {
    throw new Error(
      `${name} does not exist: make it with BENCH_DATABASE_PREFIX=${PREFIX} BENCH_SIZES=${SIZE} BENCH_KEEP=1 npm run bench:lists`,
    );
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'opcat-bench-lists-profile-'));
  const db = benchDatabase(name);
  const server = await startServer(serverEnv(db, dataDir), db);
  const session = new Session();
  try {
    for (const user of USERS.filter((u) => WANTED_USERS.includes(u.key))) {
      const client = new GraphqlClient(server);
      await client.signIn(user.email);
      for (const spec of LISTS.filter((l) => WANTED_LISTS.includes(l.key))) {
        const q = listQueries(spec);
        const page = async () => {
          const res = await client.request(q.page, q.firstPage);
          if (res.status !== 200 || res.errors?.length) throw new Error(JSON.stringify(res.errors));
        };
        const typename = async () => {
          const res = await client.request('{ __typename }');
          if (res.status !== 200) throw new Error(`status ${res.status}`);
        };
        for (let i = 0; i < WARMUP; i++) await page();
        for (let i = 0; i < WARMUP; i++) await typename();
        const [base, list, unscoped] = (await interleaved(REQUESTS, [
          typename,
          page,
          () => {
            unscopeReadsForBenchmark(server.env, true);
            return page().finally(() => unscopeReadsForBenchmark(server.env, false));
          },
        ])) as [{ cpu: number; wall: number }, { cpu: number; wall: number }, { cpu: number; wall: number }];
        // Connected only now: an inspector session slows every request down while it is attached.
        session.connect();
        await session.post('Profiler.enable');
        await session.post('Profiler.setSamplingInterval', { interval: 100 });
        await session.post('Profiler.start');
        for (let i = 0; i < REQUESTS; i++) await page();
        const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
        session.disconnect();
        const { functions, areas, totalUs } = selfTimes(profile);
        console.log(`\n## ${SIZE} ${user.key} ${spec.key} (${q.documentName}), ${REQUESTS} requests`);
        console.log(
          `CPU per request: page ${list.cpu.toFixed(2)} ms (wall ${list.wall.toFixed(2)}), ` +
            `{ __typename } ${base.cpu.toFixed(2)} ms (wall ${base.wall.toFixed(2)}), ` +
            `page with read scope = \`true\` ${unscoped.cpu.toFixed(2)} ms (wall ${unscoped.wall.toFixed(2)}); ` +
            `profiled wall ${ms(totalUs, REQUESTS)} ms per request`,
        );
        console.log('\nself time by area, ms per request:');
        for (const [a, us] of [...areas.entries()].sort((x, y) => y[1] - x[1]).slice(0, 25))
          console.log(`  ${ms(us, REQUESTS).padStart(7)}  ${a}`);
        console.log(`\ntop ${TOP} functions by self time, ms per request:`);
        for (const [f, us] of [...functions.entries()].sort((x, y) => y[1] - x[1]).slice(0, TOP))
          console.log(`  ${ms(us, REQUESTS).padStart(7)}  ${f}`);
        if (OUT) {
          mkdirSync(OUT, { recursive: true });
          const file = join(OUT, `lists-${SIZE}-${user.key}-${spec.key}.cpuprofile`);
          writeFileSync(file, JSON.stringify(profile));
          console.log(`\nwrote ${file}`);
        }
      }
    }
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
process.exit(0);
