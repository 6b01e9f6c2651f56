/**
 * bench:subscriptions — `workplanChanged` fan-out of the real server against a bare graphql-ws
 * server, same subscribers, same events, same run. See docs/benchmarks.md (its section) for the method.
 *
 * BENCH_ADMIN_DATABASE_URL: a PostgreSQL URL that may CREATE DATABASE (default: local postgres).
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { openOrm, ormConfig } from '../../apps/server/src/db/orm.ts';
import { seedDemoWorld } from '../../apps/server/src/db/seed.ts';
import { Membership, Organisation, User, WorkingGroup } from '../../apps/server/src/db/entities/identity.ts';
import { Workplan } from '../../apps/server/src/db/entities/workplan.ts';
import { createSession, SESSION_COOKIE } from '../../apps/server/src/auth/session.ts';
import { signedIn } from '../../apps/server/src/test/graphql-client.ts';
import { writeBenchSection } from '../section.ts';
import { ADMIN_URL, adminExecute } from '../shared.ts';
import { freePortSafe } from '../ports.ts';
import { measureRounds, spawnLogged, subscriber, waitUntil } from '../fan-out.ts';
import type { FanOutTarget, Pair, RoundsResult, Subscriber } from '../fan-out.ts';

/** BENCH_SIZES=1000: only these sizes (for investigating; the report is written for the default). */
const SIZES = process.env.BENCH_SIZES?.split(',').map(Number) ?? [200, 1000];
/** Events per round and server, and rounds (alternating which server goes first). */
const EVENTS = Number(process.env.BENCH_EVENTS ?? 30);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
/** Within the server's default caps (20 sockets per session, 50 per user). */
const SOCKETS_PER_SESSION = 20;
const SESSIONS_PER_USER = 2;
const USERS = Math.ceil(Math.max(...SIZES) / SOCKETS_PER_SESSION / SESSIONS_PER_USER);
/** Bound on waiting for one event to reach every subscriber (a failure, not a measure). */
const EVENT_BOUND_MS = 120_000;

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const serverRoot = join(repoRoot, 'apps/server');
const SESSION_SECRET = `bench-session-secret-${randomBytes(16).toString('hex')}`;
const started: ChildProcess[] = [];

const SUBSCRIPTION = `subscription Changed($workplanId: ID!) { workplanChanged(workplanId: $workplanId) { workplanId kind subjectId } }`;
const ADD_PRIORITY = `mutation AddPriority($input: AddPriorityInput!) { addPriority(input: $input) { priority { id } userErrors { code } } }`;

/** Migrates, seeds the demo world, adds demo-like readers of the national working group with sessions, one plan. */
async function prepareDatabase(url: string): Promise<{ planId: string; cookies: string[] }> {
  const orm = await openOrm(url, {
    dynamicImportProvider: (id: string) => import(id),
    migrations: { ...ormConfig(url).migrations, silent: true },
  });
  try {
    await orm.getMigrator().up();
    if (!(await seedDemoWorld(orm.em.fork()))) throw new Error('demo world not seeded');
    const em = orm.em.fork();
    const owner = await em.findOneOrFail(Organisation, { kind: 'NPM', countryCode: 'XV' });
    const group = await em.findOneOrFail(WorkingGroup, { kind: 'NATIONAL_WORKING_GROUP' });
    const author = await em.findOneOrFail(User, { email: 'ana.mnp@demo.opcat' });
    const plan = em.create(Workplan, {
      ownerOrganisation: owner,
      workingGroup: group,
      classification: 'WORKING_GROUP',
      countryCode: 'XV',
      title: 'Plan de carga',
      periodStart: '2026-01-01',
      createdBy: author,
    });
    const cookies: string[] = [];
    for (let u = 0; u < USERS; u++) {
      const user = em.create(User, {
        email: `lector${u + 1}.mnp@bench.opcat`,
        displayName: `Lector ${u + 1}`,
        // Never signed in with a password: sessions are made directly below.
        passwordHash: `bench-no-password-${randomBytes(8).toString('hex')}`,
      });
      em.create(Membership, { user, organisation: owner, role: u % 2 === 0 ? 'VIEWER' : 'CONTRIBUTOR' } as never);
      for (let s = 0; s < SESSIONS_PER_USER; s++) {
        const { token } = createSession(em as never, user, SESSION_SECRET, { ip: '127.0.0.1', userAgent: 'bench' });
        cookies.push(`${SESSION_COOKIE}=${token}`);
      }
    }
    await em.flush();
    return { planId: plan.id, cookies };
  } finally {
    await orm.close(true);
  }
}

type Target = FanOutTarget & { wsUrl: string; cookies: (string | undefined)[] };

/** `count` subscribers of the plan on one server, opened 50 at a time. */
async function open(target: Target, planId: string, count: number): Promise<Subscriber[]> {
  const subs: Subscriber[] = [];
  for (let i = 0; i < count; i += 50) {
    const batch = Array.from({ length: Math.min(50, count - i) }, (_, j) => {
      const session = Math.floor((i + j) / SOCKETS_PER_SESSION) % target.cookies.length;
      return subscriber(target.wsUrl, target.cookies[session], SUBSCRIPTION, { workplanId: planId });
    });
    subs.push(...(await Promise.all(batch)));
  }
  return subs;
}

/** `count` subscribers on each server, then ROUNDS alternated rounds of EVENTS events. */
async function scenario(targets: Pair<Target>, planId: string, count: number): Promise<RoundsResult> {
  const subs = { bare: await open(targets.bare, planId, count), hub: await open(targets.hub, planId, count) };
  return measureRounds(subs, targets, {
    rounds: ROUNDS,
    events: EVENTS,
    boundMs: EVENT_BOUND_MS,
    warmupAttempts: 100,
    warmupWaitMs: 2000,
    log: (line) => console.log(`bench: ${count} subscribers, ${line}`),
  });
}

async function main() {
  const runStarted = new Date();
  const dbName = `bench_${randomBytes(6).toString('hex')}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'opcat-bench-subs-'));
  const dbUrl = new URL(ADMIN_URL);
  dbUrl.pathname = `/${dbName}`;
  let created = false;
  try {
    console.log(`bench: creating database ${dbName}`);
    await adminExecute(`CREATE DATABASE "${dbName}"`);
    created = true;
    const { planId, cookies } = await prepareDatabase(dbUrl.toString());
    // Ports the system reports free (a fixed one in the ephemeral range can be taken by an outgoing connection).
    const HUB_PORT = await freePortSafe();
    const BARE_PORT = await freePortSafe();

    // BENCH_CPU_PROF=<dir>: a V8 CPU profile of opcat-hub, written when it exits.
    const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
    const hub = spawnLogged(started, [...profile, '--import', 'tsx', 'src/main.ts'], serverRoot, {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      PORT: String(HUB_PORT),
      DATABASE_URL: dbUrl.toString(),
      SESSION_SECRET,
      DATA_DIR: dataDir,
      DEMO_SEED: 'false',
      LOG_LEVEL: 'warn',
    });
    const hubUrl = `http://127.0.0.1:${HUB_PORT}`;
    await waitUntil(
      async () => {
        if (hub.child.exitCode !== null) throw new Error(`opcat-hub exited early:\n${hub.log()}`);
        return fetch(`${hubUrl}/healthz`).then(
          (r) => r.ok,
          () => false,
        );
        // Up to 3 minutes: under tsx the server compiles its sources at start, slow on a busy shared machine.
      },
      'opcat-hub /healthz',
      1800,
    );
    const bare = spawnLogged(
      started,
      ['--import', 'tsx', join(repoRoot, 'bench/subscriptions/bare-server.ts')],
      repoRoot,
      {
        PATH: process.env.PATH,
        PORT: String(BARE_PORT),
      },
    );
    await waitUntil(() => {
      if (bare.child.exitCode !== null) throw new Error(`bare server exited early:\n${bare.log()}`);
      return bare.log().includes('ready');
    }, 'bare graphql-ws server');

    const ana = await signedIn({ url: hubUrl }, 'ana.mnp@demo.opcat');
    const targets: Pair<Target> = {
      hub: {
        wsUrl: `ws://127.0.0.1:${HUB_PORT}/graphql`,
        pid: hub.child.pid as number,
        cookies,
        trigger: async (i: number) => {
          const res = await ana.request<{ addPriority: { userErrors: unknown[] } }>(ADD_PRIORITY, {
            input: { workplanId: planId, title: `Prioridad ${i}` },
          });
          if (res.errors || res.data?.addPriority.userErrors.length) throw new Error(JSON.stringify(res));
        },
      },
      bare: {
        wsUrl: `ws://127.0.0.1:${BARE_PORT}/graphql`,
        pid: bare.child.pid as number,
        cookies: [undefined],
        trigger: async (i: number) => {
          const res = await fetch(`http://127.0.0.1:${BARE_PORT}/publish?workplanId=${planId}&subjectId=${i}`, {
            method: 'POST',
          });
          if (!res.ok) throw new Error(`publish ${res.status}`);
        },
      },
    };
    const results: Record<number, RoundsResult> = {};
    for (const size of SIZES) {
      console.log(`bench: ${size} subscribers on each server, ${ROUNDS} rounds of ${EVENTS} events`);
      results[size] = await scenario(targets, planId, size);
      console.log(`bench: ${size} subscribers, median p99 ratio ${results[size].medianRatio.toFixed(2)}`);
    }
    if (process.env.BENCH_SIZES) console.log('bench: BENCH_SIZES set, docs/benchmarks.md left as it was');
    else await writeReport(runStarted, results);
  } finally {
    for (const child of started) if (child.exitCode === null) child.kill('SIGTERM');
    await sleep(2000);
    if (created) await adminExecute(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function writeReport(runStarted: Date, results: Record<number, RoundsResult>) {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const rows = SIZES.flatMap((size) =>
    (['bare', 'hub'] as const).map((key) => {
      const r = results[size]!.median[key];
      const ratio = key === 'hub' ? `**${results[size]!.medianRatio.toFixed(2)}×**` : '1×';
      return `| ${size} | ${key === 'hub' ? 'opcat-hub' : 'bare graphql-ws'} | ${ms(r.p50)} | ${ms(r.p99)} | ${ratio} | ${ms(r.firstP50)} / ${ms(r.lastP50)} (${ms(r.lastP50 - r.firstP50)}) | ${r.cpuSeconds.toFixed(2)} s (${((r.cpuSeconds / r.wallSeconds) * 100).toFixed(0)} % of a core) |`;
    }),
  );
  const roundRows = SIZES.flatMap((size) =>
    results[size]!.rounds.map(
      (round, i) =>
        `| ${size} | ${i + 1} (${i % 2 === 0 ? 'bare first' : 'hub first'}) | ${ms(round.bare.p99)} | ${ms(round.hub.p99)} | ${results[size]!.ratios[i]!.toFixed(2)}× | ${round.bare.cpuSeconds.toFixed(2)} s / ${round.hub.cpuSeconds.toFixed(2)} s |`,
    ),
  );
  const text = `## Subscriptions: \`workplanChanged\` fan-out (\`npm run bench:subscriptions\`)

- Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}
- Date: ${runStarted.toISOString()}
- Load average at the end of the run: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} (the machine is shared; other work may run alongside)
- Target: opcat-hub p99 ≤ 1.5 × bare p99 (median of the rounds' p99s)

Medians over ${ROUNDS} alternated rounds of ${EVENTS} events per server:

| subscribers | server | p50 | p99 | p99 vs bare | per-event p50: first delivery / last delivery (spread) | server CPU per round of ${EVENTS} events |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Each round (p99 ratio of the round; the table above gives the median ratio):

| subscribers | round | bare p99 | opcat-hub p99 | ratio | CPU bare / hub |
| --- | --- | --- | --- | --- | --- |
${roundRows.join('\n')}

Method: one fresh database (migrated, demo world seeded) with one working-group workplan of the national NPM and
${USERS} demo-like users of that NPM (viewers and contributors), ${SESSIONS_PER_USER} sessions each. opcat-hub runs
as its own process (\`src/main.ts\`, NODE_ENV=test, no Redis); the bare server is graphql-ws on \`ws\` with a trivial
schema of one subscription fed by an in-process emitter (\`bench/subscriptions/bare-server.ts\`), also its own
process. For each size, N subscribers are connected to each server at the same time, every one a WebSocket with one
\`workplanChanged\` subscription on that plan (${SOCKETS_PER_SESSION} sockets per session, within the default caps of
20 per session and 50 per user; the bare server has no sessions). Warm-up events are sent until every subscriber of
both servers received one; then ${ROUNDS} rounds, each of ${EVENTS} events to one server and ${EVENTS} to the other
(which goes first alternates), every event sent once the previous one reached everybody: on opcat-hub a real
\`addPriority\` mutation over HTTP (its transaction, the commit watcher, the bus, the fan-out, graphql-ws), on the
bare server an HTTP POST that emits the event. Latency is from sending the request to each subscriber receiving the
\`next\` message (${EVENTS} × N deliveries make a round's p50/p99); "first delivery" is the event's fastest
subscriber (the trigger's own path: request, transaction, bus), "last delivery" its slowest, the spread between them
the fan-out itself. The bare server does less by design and is kept so: no database, no session, no authorization,
no transaction; opcat-hub's trigger is the real path (HTTP, Apollo, the caller's actor from the instance's actor
cache — decision 0038, no statement when warm —, BEGIN, the plan locked through its read scope, the count of its
priorities, INSERT, COMMIT, then the event; the mutation's answer waits for the actor cache's barrier after the
event is out). The figures are medians over the rounds. The clients share the bench process. Server CPU is user +
system time of the server process (/proc) over a round. \`BENCH_ROUNDS\`, \`BENCH_EVENTS\`, \`BENCH_SIZES\` change
the sizes.
`;
  await writeBenchSection('subscriptions', text);
}

await main();
process.exit(0);
