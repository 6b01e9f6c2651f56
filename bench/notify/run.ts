/**
 * bench:notify — one notification event fanned out to N connected recipients (the real server: the
 * command's transaction, the in-process delivery after its commit (decision 0042), the policy per recipient, the bus and the fan-out) against a
 * bare graphql-ws server publishing one event to the same number of sockets without authorization
 * (bench/subscriptions/bare-server.ts), same run; then a burst of due deadline reminders processed by
 * the job runner. Results: docs/benchmarks.md, section "notify".
 *
 * BENCH_ADMIN_DATABASE_URL: a PostgreSQL URL that may CREATE DATABASE (default: local postgres).
 * BENCH_RECIPIENTS (1000), BENCH_EVENTS (20 per round and server), BENCH_ROUNDS (6), BENCH_DEADLINES (10000): sizes;
 * BENCH_BASELINE_DEADLINES (1000): the same burst on a second server delivering one reminder per job
 * (NOTIFY_DEADLINE_BATCH=1), same run; BENCH_BURST_ONLY=1 skips the fan-out.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { openOrm, ormConfig } from '../../apps/server/src/db/orm.ts';
import { seedDemoWorld } from '../../apps/server/src/db/seed.ts';
import { migrateJobQueue } from '../../apps/server/src/jobs/runner.ts';
import { Membership, Organisation, User } from '../../apps/server/src/db/entities/identity.ts';
import { Recommendation } from '../../apps/server/src/db/entities/monitoring.ts';
import { createSession, SESSION_COOKIE } from '../../apps/server/src/auth/session.ts';
import { signedIn } from '../../apps/server/src/test/graphql-client.ts';
import { writeBenchSection } from '../section.ts';
import { ADMIN_URL, adminExecute, cpuSeconds } from '../shared.ts';
import { freePortSafe } from '../ports.ts';
import { measureRounds, spawnLogged, subscriber, waitUntil } from '../fan-out.ts';
import type { FanOutTarget, Pair, RoundsResult, Subscriber } from '../fan-out.ts';

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 1000);
/** Events per round and server, and rounds (alternating which server goes first). */
const EVENTS = Number(process.env.BENCH_EVENTS ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
/** The issue's size: batched delivery (decision 0034) processes it in a few minutes on the shared 2-core machine. */
const DEADLINES = Number(process.env.BENCH_DEADLINES ?? 10000);
/** The baseline (one reminder per job and transaction) is slow: a smaller burst, reported per second. */
const BASELINE_DEADLINES = Number(process.env.BENCH_BASELINE_DEADLINES ?? 1000);
const EVENT_BOUND_MS = 120_000;

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const serverRoot = join(repoRoot, 'apps/server');
const SESSION_SECRET = `bench-session-secret-${randomBytes(16).toString('hex')}`;
const started: ChildProcess[] = [];

const HUB_SUBSCRIPTION = 'subscription { notificationReceived { notificationId event } }';
const BARE_SUBSCRIPTION =
  'subscription S($workplanId: ID!) { workplanChanged(workplanId: $workplanId) { workplanId subjectId } }';
const ISSUE = `mutation Issue($input: IssueRecommendationInput!) { issueRecommendation(input: $input) { recommendation { id } userErrors { code message } } }`;

interface Prepared {
  cookies: string[];
  authorityId: string;
  npmId: string;
  burstAuthorityId: string;
}

/** Migrates, seeds the demo world, a State authority with RECIPIENTS members (one session each), another with one member. */
async function prepareDatabase(url: string): Promise<Prepared> {
  const orm = await openOrm(url, {
    dynamicImportProvider: (id: string) => import(id),
    migrations: { ...ormConfig(url).migrations, silent: true },
  });
  try {
    await orm.getMigrator().up();
    // The queue's schema first, as main.ts does: the demo seed queues its notifications.
    await migrateJobQueue(url);
    if (!(await seedDemoWorld(orm.em.fork()))) throw new Error('demo world not seeded');
    const em = orm.em.fork();
    const npm = await em.findOneOrFail(Organisation, { kind: 'NPM', countryCode: 'XV' });
    const authority = em.create(Organisation, {
      name: 'Dirección de Centros Penales (bench)',
      kind: 'STATE_AUTHORITY',
      countryCode: 'XV',
    });
    const burst = em.create(Organisation, {
      name: 'Dirección de Migración (bench)',
      kind: 'STATE_AUTHORITY',
      countryCode: 'XV',
    });
    const cookies: string[] = [];
    for (let u = 0; u < RECIPIENTS; u++) {
      const user = em.create(User, {
        email: `funcionario${u + 1}@bench.opcat`,
        displayName: `Funcionario ${u + 1}`,
        passwordHash: `bench-no-password-${randomBytes(8).toString('hex')}`,
      });
      em.create(Membership, { user, organisation: authority, role: 'VIEWER' } as never);
      const { token } = createSession(em as never, user, SESSION_SECRET, { ip: '127.0.0.1', userAgent: 'bench' });
      cookies.push(`${SESSION_COOKIE}=${token}`);
    }
    const reader = em.create(User, { email: 'migracion@bench.opcat', displayName: 'Migración', passwordHash: '-' });
    em.create(Membership, { user: reader, organisation: burst, role: 'ADMIN' } as never);
    await em.flush();
    return { cookies, authorityId: authority.id, npmId: npm.id, burstAuthorityId: burst.id };
  } finally {
    await orm.close(true);
  }
}

interface Target extends FanOutTarget {
  wsUrl: string;
  cookies: (string | undefined)[];
  query: string;
  variables: object;
}

async function open(target: Target): Promise<Subscriber[]> {
  const subs: Subscriber[] = [];
  for (let i = 0; i < RECIPIENTS; i += 50) {
    const batch = Array.from({ length: Math.min(50, RECIPIENTS - i) }, (_, j) =>
      subscriber(target.wsUrl, target.cookies[(i + j) % target.cookies.length], target.query, target.variables),
    );
    subs.push(...(await Promise.all(batch)));
  }
  return subs;
}

/** RECIPIENTS subscribers on each server, then ROUNDS alternated rounds of EVENTS events. */
async function scenario(targets: Pair<Target>): Promise<RoundsResult> {
  const subs = { bare: await open(targets.bare), hub: await open(targets.hub) };
  return measureRounds(subs, targets, {
    rounds: ROUNDS,
    events: EVENTS,
    boundMs: EVENT_BOUND_MS,
    warmupAttempts: 50,
    warmupWaitMs: 3000,
    log: (line) => console.log(`bench: ${line}`),
  });
}

interface Burst {
  seconds: number;
  rows: number;
  cpuSeconds: number;
}

/**
 * DEADLINES overdue recommendations addressed to an authority with one member, their reminders scheduled
 * through the real scheduling function in one transaction (all due at once): time until every reminder is stored.
 */
async function burst(
  url: string,
  prepared: Prepared,
  pid: number,
  size: number,
  prefix: string,
  dueOn: string,
): Promise<Burst> {
  const { scheduleResponseDeadlines } = await import('../../apps/server/src/modules/notification/deadlines.ts');
  const { createJobQueue } = await import('../../apps/server/src/jobs/queue.ts');
  const orm = await openOrm(url, { dynamicImportProvider: (id: string) => import(id) });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const em = orm.em.fork();
    const npm = em.getReference(Organisation, prepared.npmId);
    const addressee = em.getReference(Organisation, prepared.burstAuthorityId);
    const author = await em.findOneOrFail(User, { email: 'ana.mnp@demo.opcat' });
    for (let i = 0; i < size; i++) {
      em.create(Recommendation, {
        ownerOrganisation: npm,
        classification: 'ORGANISATION',
        countryCode: 'XV',
        createdBy: author,
        reference: `${prefix}-${i}`,
        title: `Recomendación ${i}`,
        source: 'NPM_VISIT_REPORT',
        addressee,
        level: 'POLICY',
        priority: 'MEDIUM',
        issuedOn: '2026-01-05',
        responseDueOn: dueOn,
      });
      if (i % 1000 === 999) await em.flush();
    }
    await em.flush();
    const ids = (
      await client.query<{ id: string }>('select id from recommendation where reference like $1', [`${prefix}-%`])
    ).rows;
    const count = async () =>
      Number(
        (
          await client.query<{ n: string }>(
            "select count(*) as n from notification where event = 'RESPONSE_OVERDUE' and event_key like $1",
            [`RESPONSE_OVERDUE:%:${dueOn}`],
          )
        ).rows[0]?.n ?? 0,
      );
    const before = await count();
    const ctx = { services: { jobs: createJobQueue() } };
    const s0 = performance.now();
    let cpu0 = 0;
    let t0 = 0;
    await orm.em.fork().transactional(async (tx) => {
      for (const { id } of ids) await scheduleResponseDeadlines(ctx, tx as never, { id, responseDueOn: dueOn }, false);
      // Every reminder becomes due when this commits.
      cpu0 = cpuSeconds(pid);
      t0 = performance.now();
    });
    console.log(`bench: scheduling ${size} × 4 reminders took ${((t0 - s0) / 1000).toFixed(1)} s`);
    await waitUntil(async () => (await count()) - before >= size, 'the burst of reminders', 12_000);
    const seconds = (performance.now() - t0) / 1000;
    return { seconds, rows: (await count()) - before, cpuSeconds: cpuSeconds(pid) - cpu0 };
  } finally {
    await client.end();
    await orm.close(true);
  }
}

async function main() {
  const runStarted = new Date();
  const dbName = `bench_${randomBytes(6).toString('hex')}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'opcat-bench-notify-'));
  const dbUrl = new URL(ADMIN_URL);
  dbUrl.pathname = `/${dbName}`;
  let created = false;
  try {
    console.log(`bench: creating database ${dbName}`);
    await adminExecute(`CREATE DATABASE "${dbName}"`);
    created = true;
    const prepared = await prepareDatabase(dbUrl.toString());
    const HUB_PORT = await freePortSafe();
    const BARE_PORT = await freePortSafe();
    // BENCH_CPU_PROF=<dir>: a V8 CPU profile of opcat-hub, written when it exits.
    const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
    const startHub = async (port: number, extra: Record<string, string> = {}) => {
      const server = spawnLogged(started, [...profile, '--import', 'tsx', 'src/main.ts'], serverRoot, {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        PORT: String(port),
        DATABASE_URL: dbUrl.toString(),
        SESSION_SECRET,
        DATA_DIR: dataDir,
        DEMO_SEED: 'false',
        LOG_LEVEL: 'warn',
        ...extra,
      });
      await waitUntil(async () => {
        if (server.child.exitCode !== null) throw new Error(`opcat-hub exited early:\n${server.log()}`);
        return fetch(`http://127.0.0.1:${port}/healthz`).then(
          (r) => r.ok,
          () => false,
        );
      }, 'opcat-hub /healthz');
      return server;
    };
    const hub = await startHub(HUB_PORT);
    const hubUrl = `http://127.0.0.1:${HUB_PORT}`;
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
    const targets: Record<'hub' | 'bare', Target> = {
      hub: {
        wsUrl: `ws://127.0.0.1:${HUB_PORT}/graphql`,
        pid: hub.child.pid as number,
        cookies: prepared.cookies,
        query: HUB_SUBSCRIPTION,
        variables: {},
        trigger: async (i: number) => {
          const res = await ana.request<{ issueRecommendation: { userErrors: unknown[] } }>(ISSUE, {
            input: {
              ownerOrganisationId: prepared.npmId,
              addresseeId: prepared.authorityId,
              reference: `FAN-${i}-${randomBytes(3).toString('hex')}`,
              title: `Recomendación ${i}`,
              source: 'NPM_VISIT_REPORT',
              level: 'POLICY',
              priority: 'HIGH',
              issuedOn: new Date().toISOString().slice(0, 10),
            },
          });
          if (res.errors || res.data?.issueRecommendation.userErrors.length) throw new Error(JSON.stringify(res));
        },
      },
      bare: {
        wsUrl: `ws://127.0.0.1:${BARE_PORT}/graphql`,
        pid: bare.child.pid as number,
        cookies: [undefined],
        query: BARE_SUBSCRIPTION,
        variables: { workplanId: 'notify' },
        trigger: async (i: number) => {
          const res = await fetch(`http://127.0.0.1:${BARE_PORT}/publish?workplanId=notify&subjectId=${i}`, {
            method: 'POST',
          });
          if (!res.ok) throw new Error(`publish ${res.status}`);
        },
      },
    };
    let results: RoundsResult | null = null;
    if (!process.env.BENCH_BURST_ONLY) {
      console.log(`bench: ${RECIPIENTS} recipients on each server, ${ROUNDS} rounds of ${EVENTS} events`);
      results = await scenario(targets);
      console.log(`bench: median p99 ratio ${results.medianRatio.toFixed(2)}`);
    }
    console.log(`bench: burst of ${DEADLINES} due reminders (batched)`);
    const burstResult = await burst(
      dbUrl.toString(),
      prepared,
      hub.child.pid as number,
      DEADLINES,
      'BURST',
      '2026-02-05',
    );
    console.log(JSON.stringify(burstResult));
    // The baseline: the same server, one reminder per job and transaction, alone on the queue.
    const hubExited = new Promise((resolve) => hub.child.once('exit', resolve));
    hub.child.kill('SIGTERM');
    await hubExited;
    const single = await startHub(await freePortSafe(), { NOTIFY_DEADLINE_BATCH: '1' });
    console.log(`bench: burst of ${BASELINE_DEADLINES} due reminders (one per job)`);
    const baseline = await burst(
      dbUrl.toString(),
      prepared,
      single.child.pid as number,
      BASELINE_DEADLINES,
      'BASE',
      '2026-02-06',
    );
    console.log(JSON.stringify(baseline));
    if (results) await writeReport(runStarted, results, burstResult, baseline);
  } finally {
    for (const child of started) if (child.exitCode === null) child.kill('SIGTERM');
    await sleep(2000);
    if (created) await adminExecute(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function writeReport(runStarted: Date, results: RoundsResult, b: Burst, baseline: Burst) {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const rows = (['bare', 'hub'] as const).map((key) => {
    const r = results.median[key];
    const ratio = key === 'hub' ? `**${results.medianRatio.toFixed(2)}×**` : '1×';
    return `| ${key === 'hub' ? 'opcat-hub (issueRecommendation → commit → in-process delivery → policy → fan-out)' : 'bare graphql-ws (no authorization)'} | ${ms(r.p50)} | ${ms(r.p99)} | ${ratio} | ${ms(r.triggerP50)} | ${ms(r.firstP50)} / ${ms(r.lastP50)} (${ms(r.lastP50 - r.firstP50)}) | ${r.cpuSeconds.toFixed(2)} s (${((r.cpuSeconds / r.wallSeconds) * 100).toFixed(0)} % of a core) |`;
  });
  const roundRows = results.rounds.map(
    (round, i) =>
      `| ${i + 1} (${i % 2 === 0 ? 'bare first' : 'hub first'}) | ${ms(round.bare.p99)} | ${ms(round.hub.p99)} | ${results.ratios[i]!.toFixed(2)}× | ${round.bare.cpuSeconds.toFixed(2)} s / ${round.hub.cpuSeconds.toFixed(2)} s |`,
  );
  const text = `## Notifications: one event to ${RECIPIENTS} recipients, and a burst of due reminders (\`npm run bench:notify\`)

- Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}
- Date: ${runStarted.toISOString()}
- Load average at the end of the run: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} (the machine is shared; other work may run alongside)
- Target: opcat-hub p99 ≤ 1.5 × bare p99

Medians over ${ROUNDS} alternated rounds of ${EVENTS} events per server:

| server | p50 | p99 | p99 vs bare | per-event p50: trigger's own response | per-event p50: first delivery / last delivery (spread) | server CPU per round of ${EVENTS} events |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

| round | bare p99 | opcat-hub p99 | ratio | CPU bare / hub |
| --- | --- | --- | --- | --- |
${roundRows.join('\n')}

| burst | reminders stored | time (commit of the scheduling → last row) | rows per second | server CPU |
| --- | --- | --- | --- | --- |
| ${DEADLINES} overdue recommendations, one recipient each, batched (NOTIFY_DEADLINE_BATCH=250) | ${b.rows} | ${b.seconds.toFixed(1)} s | ${(b.rows / b.seconds).toFixed(0)} | ${b.cpuSeconds.toFixed(1)} s |
| baseline, same run: ${BASELINE_DEADLINES} reminders, one per job and transaction (NOTIFY_DEADLINE_BATCH=1) | ${baseline.rows} | ${baseline.seconds.toFixed(1)} s | ${(baseline.rows / baseline.seconds).toFixed(0)} | ${baseline.cpuSeconds.toFixed(1)} s |

Method: one fresh database (migrated, demo world seeded) with a State authority of ${RECIPIENTS} members, one session
and one WebSocket each, subscribed to \`notificationReceived\`. opcat-hub runs as its own process (\`src/main.ts\`,
NODE_ENV=test, no Redis, job concurrency 2); the bare server is bench/subscriptions/bare-server.ts (graphql-ws on
\`ws\`, one subscription fed by an in-process emitter, no database, no authorization), also its own process, with the
same number of sockets; both servers' sockets are open at the same time and ${ROUNDS} rounds of ${EVENTS} events alternate
between them (which goes first alternates), the figures being medians over rounds. Each event is sent once the previous
reached everybody: on opcat-hub a real
\`issueRecommendation\` to that authority over HTTP (the command's transaction enqueues the fallback delivery job;
right after its commit the same process delivers in-process (decision 0042): reads the subject and the ${RECIPIENTS}
members' facts, asks the policy per member, inserts the ${RECIPIENTS} rows in one statement \`on conflict do nothing\`
and removes the job in the same transaction, publishes one bus event carrying the receive facts; the fan-out re-checks
each subscriber in memory), on the bare server an HTTP POST that emits the event. Latency is from sending the request to
each subscriber receiving its \`next\` message; "first delivery" is the event's fastest subscriber (the trigger's own
path: request, transaction, in-process delivery), "last delivery" its slowest, the spread between them the fan-out itself. The burst: ${DEADLINES} recommendations overdue, their reminders scheduled by
\`scheduleResponseDeadlines\` in one transaction (so all due at once when it commits); time from that commit until
the last reminder row is stored, the server's CPU over the same interval. Job runner: concurrency 2; each
\`notify.deadline\` job claims up to 249 other due reminders off the queue in its transaction
(\`delete … for update skip locked\`), checks them, resolves subjects, recipients and their facts with one statement
each and inserts every row in one statement (decision 0034). The baseline is the same server restarted with
\`NOTIFY_DEADLINE_BATCH=1\` (one reminder per job and transaction, as before decision 0034), on a smaller burst
(\`BENCH_BASELINE_DEADLINES\`, default 1000) because it is slow; compare rows per second.
`;
  await writeBenchSection('notify', text);
}

await main();
process.exit(0);
