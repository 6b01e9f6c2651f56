/**
 * One-command benchmark of the co-editing endpoint: `npm run bench:collab` (from the repo root).
 *
 * Starts, on this machine and in this run, (1) the real opcat-hub server (apps/server/src/main.ts,
 * durability + authorization on) over a fresh, migrated, demo-seeded PostgreSQL database and
 * (2) a bare Hocuspocus 3.4.4 `Server` (no auth, no persistence); runs the same scenarios against
 * both with HocuspocusProvider clients in forked worker processes; writes docs/benchmarks.md.
 * Everything started here is stopped, and the bench database dropped, at the end.
 */
import { fork, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeBenchSection } from '../section.ts';
import { ADMIN_URL, adminExecute, cpuSeconds, cpuTimes, median, percentile } from '../shared.ts';
import { randomBytes } from 'node:crypto';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openOrm, ormConfig } from '../../apps/server/src/db/orm.ts';
import type { MikroORM } from '../../apps/server/src/db/orm.ts';
import { seedDemoWorld } from '../../apps/server/src/db/seed.ts';
import { Organisation, User, WorkingGroup } from '../../apps/server/src/db/entities/identity.ts';
import { Workplan } from '../../apps/server/src/db/entities/workplan.ts';
import { signedIn } from '../../apps/server/src/test/graphql-client.ts';
import { freePortSafe } from '../ports.ts';
import type { ClientSpec, ToWorker, WorkerResult } from './protocol.ts';

const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 3_000);
const MEASURE_MS = Number(process.env.BENCH_MEASURE_MS ?? 15_000);
const GRACE_MS = 2_000;
/** BENCH_ONLY=50x4,50: run only these scenarios (for investigating; the report then says "not run" for the rest). */
const ONLY = process.env.BENCH_ONLY?.split(',');
/** BENCH_TARGETS=hub: measure only these servers. */
const TARGETS = process.env.BENCH_TARGETS?.split(',');
/** Edits per second per editor (BENCH_RATE_HZ to investigate; the report is written for the default). */
const RATE_HZ = Number(process.env.BENCH_RATE_HZ ?? 5);
const WRITERS = ['ana.mnp@demo.opcat', 'bruno.mnp@demo.opcat', 'diego.voces@demo.opcat', 'carmen.cndh@demo.opcat'];
/** Receiving more than this many updates per second is spread over two client processes. */
const DELIVERIES_PER_WORKER = 20_000;

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const serverRoot = join(repoRoot, 'apps/server');
const workerPath = fileURLToPath(new URL('./client-worker.ts', import.meta.url));
/** Node flags for both servers: TypeScript via tsx, and the heap probe (with gc exposed). */
/** BENCH_NODE_FLAGS="--trace-gc …": extra Node flags for both servers, for investigating. */
const EXTRA_NODE_FLAGS = process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
const WITH_HEAP_PROBE = [
  ...EXTRA_NODE_FLAGS,
  '--expose-gc',
  '--import',
  'tsx',
  '--import',
  fileURLToPath(new URL('./heap-probe.ts', import.meta.url)),
];

interface Scenario {
  id: string;
  title: string;
  docs: number;
  editors: number;
}
const SCENARIOS: Scenario[] = [
  // First, on a freshly started server: the RSS delta of its 50 open documents is measured here.
  { id: '50x4', title: '50 documents × 4 editors', docs: 50, editors: 4 },
  { id: '10', title: '10 editors on one document', docs: 1, editors: 10 },
  { id: '50', title: '50 editors on one document', docs: 1, editors: 50 },
  { id: '100', title: '100 editors on one document', docs: 1, editors: 100 },
];
/** 50 × 4 is also measured at these slower typing rates (edits per second per editor): BENCH_ONLY=sweep. */
const SWEEP_HZ = [0.2, 1, 2];
/**
 * Run first on each server, on documents of its own. Forty connections, not two: the heap per document
 * is measured next, and with a 2-client warm-up half of the heap the 50 × 4 scenario added was the
 * code V8 compiled for the connection path (2.2 MB of 4.9 MB in a heap snapshot diff), which does not
 * grow with the number of documents.
 */
const WARMUP_SCENARIO: Scenario = { id: 'warmup', title: 'warm-up', docs: 10, editors: 4 };
/**
 * The scenarios the targets are judged on are run again in rounds, each time on fresh documents: this
 * VM's speed drifts within minutes, so a verdict on one pass measured minutes apart would judge the
 * drift. A round runs A 50, B 50 × 4, B 50, A 50 × 4, with A and B (opcat-hub, bare) swapping every
 * round, because the second of two back-to-back 50-editor runs was the slower whichever server it was
 * (see the report's Method). Targets use the medians. BENCH_ROUNDS=<n> (even: each server takes each
 * place equally often; 0: none); BENCH_ONLY=rounds runs only them.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const PAIRED = ['50', '50x4'];
type Round = Record<string, { hub: Result; bare: Result }>;

interface Result {
  workers: number;
  sent: number;
  deliveries: number;
  expected: number;
  completeEdits: number;
  all: { p50: number; p95: number; p99: number; max: number };
  each: { p50: number; p95: number; p99: number };
  cpuPercent: number;
  /** The part of cpuPercent spent in the kernel (socket reads and writes, mostly). */
  kernelPercent: number;
  /** All PostgreSQL processes together, during the same window. */
  postgresCpuPercent: number;
  machineCpuPercent: number;
  stealPercent: number;
  clientCpuPercent: number;
  loadAverage: string;
  rssBeforeMb: number;
  rssConnectedMb: number;
  heapBeforeMb: number;
  heapConnectedMb: number;
  rssEndMb: number;
  loop: LoopDelay;
  perDocKb?: number;
  heapPerDocKb?: number;
}

const started: ChildProcess[] = [];
const nowUs = (): number => Number(process.hrtime.bigint() / 1000n);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * CPU seconds of each PostgreSQL process on this machine, by pid (opcat-hub's appends and
 * compactions; the bare server has none).
 */
function postgresCpu(): Map<number, number> {
  const seconds = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres')
        seconds.set(Number(entry), cpuSeconds(Number(entry)));
    } catch {
      // the process ended meanwhile
    }
  }
  return seconds;
}
/**
 * PostgreSQL's CPU seconds between two readings: what each process present at the end used since the
 * first (all of it for one started since). A backend that ended in between is left out, rather than
 * counting a long-lived one's whole life when it is reaped.
 */
function postgresCpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}
/**
 * The machine's CPU counters (/proc/stat). Steal is time the hypervisor gave this VM's cores to
 * other guests: runs with much of it measure the neighbours as much as the servers.
 */
function machineCpu(): { busy: number; steal: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] as string;
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const total = v.reduce((a, b) => a + b, 0);
  return { busy: total - (v[3] ?? 0) - (v[4] ?? 0), steal: v[7] ?? 0, total };
}
function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? 0) / 1024;
}
/** The server's V8 heap in use after full garbage collections (see heap-probe.ts). */
function heapMb(child: ChildProcess): Promise<number> {
  const answer = nextMessage<{ heapUsed: number; collected: boolean }>(child, 'heap', 30_000);
  child.send({ type: 'heap' });
  return answer.then((m) => {
    if (!m.collected) throw new Error('heap probe without --expose-gc');
    return m.heapUsed / 2 ** 20;
  });
}

/** The server's event-loop delay since the last reset (see heap-probe.ts). */
function loopDelay(child: ChildProcess): Promise<LoopDelay> {
  const answer = nextMessage<{ [K in keyof LoopDelay]: number | null }>(child, 'loop', 30_000);
  child.send({ type: 'loop' });
  // null: no samples (n/a in the report).
  return answer.then(({ p50, p99, max }) => ({ p50: p50 ?? NaN, p99: p99 ?? NaN, max: max ?? NaN }));
}
interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
}

/** Migrates, seeds the demo world and creates one workplan per benchmark document. */
async function prepareDatabase(url: string, count: number): Promise<string[]> {
  const orm: MikroORM = await openOrm(url, {
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
    const plans = Array.from({ length: count }, (_, i) =>
      em.create(Workplan, {
        ownerOrganisation: owner,
        workingGroup: group,
        classification: 'WORKING_GROUP',
        countryCode: 'XV',
        title: `Plan de carga ${i + 1}`,
        periodStart: '2026-01-01',
        createdBy: author,
      }),
    );
    await em.flush();
    return plans.map((p) => `workplan:${p.id}`);
  } finally {
    await orm.close(true);
  }
}

function spawnLogged(args: string[], cwd: string, env: NodeJS.ProcessEnv): { child: ChildProcess; log: () => string } {
  let log = '';
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  started.push(child);
  child.stdout?.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (log += c.toString()));
  if (EXTRA_NODE_FLAGS.length > 0) {
    // What the flags print (GC traces, …) is kept beside the run.
    const file = join(tmpdir(), `opcat-bench-server-${child.pid}.log`);
    child.once('exit', () => writeFileSync(file, log));
    console.log(`bench: output of server ${child.pid} → ${file}`);
  }
  return { child, log: () => log };
}

async function waitUntil(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

async function startHub(databaseUrl: string, dataDir: string) {
  const port = await freePortSafe();
  // BENCH_CPU_PROF=<dir>: write a V8 CPU profile of the hub (when it exits) for finding hot spots.
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const { child, log } = spawnLogged([...profile, ...WITH_HEAP_PROBE, 'src/main.ts'], serverRoot, {
    PATH: process.env.PATH,
    NODE_ENV: 'test',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: `bench-session-secret-${randomBytes(16).toString('hex')}`,
    DATA_DIR: dataDir,
    DEMO_SEED: 'false',
    LOG_LEVEL: 'warn',
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntil(async () => {
    if (child.exitCode !== null) throw new Error(`opcat-hub exited early:\n${log()}`);
    return fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
  }, 'opcat-hub /healthz');
  return { url, child, log };
}

async function startBare() {
  const port = await freePortSafe();
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const { child, log } = spawnLogged(
    [...profile, ...WITH_HEAP_PROBE, join(repoRoot, 'bench/collab/bare-server.ts')],
    repoRoot,
    {
      PATH: process.env.PATH,
      PORT: String(port),
    },
  );
  await waitUntil(() => {
    if (child.exitCode !== null) throw new Error(`bare server exited early:\n${log()}`);
    return log().includes('ready');
  }, 'bare Hocuspocus');
  return { url: `http://127.0.0.1:${port}`, child, log };
}

function nextMessage<T>(worker: ChildProcess, type: string, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker: no '${type}' within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (m: { type: string; message?: string }) => {
      if (m.type === 'error') {
        cleanup();
        reject(new Error(m.message));
      } else if (m.type === type) {
        cleanup();
        resolve(m as T);
      }
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`worker exited (${code}) while waiting for '${type}'`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('exit', onExit);
    };
    worker.on('message', onMessage);
    worker.on('exit', onExit);
  });
}

async function runScenario(
  target: { url: string; pid: number; child: ChildProcess },
  scenario: Scenario,
  documents: string[],
  cookies: (string | undefined)[],
  timing = { warmupMs: WARMUP_MS, measureMs: MEASURE_MS },
  rateHz = RATE_HZ,
): Promise<Result> {
  const deliveriesPerSecond = scenario.docs * scenario.editors * (scenario.editors - 1) * rateHz;
  const workerCount = deliveriesPerSecond > DELIVERIES_PER_WORKER ? 2 : 1;
  const workers = Array.from({ length: workerCount }, () => {
    const w = fork(workerPath, [], {
      execArgv: ['--import', 'tsx'],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    started.push(w);
    return w;
  });
  try {
    await Promise.all(workers.map((w) => nextMessage(w, 'ready', 30_000)));
    const specs: ClientSpec[][] = workers.map(() => []);
    for (let d = 0; d < scenario.docs; d++)
      for (let e = 0; e < scenario.editors; e++) {
        const index = d * scenario.editors + e;
        specs[index % workerCount]?.push({
          index,
          document: documents[d] as string,
          cookie: cookies[index % cookies.length],
        });
      }
    const heapBeforeMb = await heapMb(target.child);
    const rssBeforeMb = rssMb(target.pid);
    const connected = workers.map((w) => nextMessage(w, 'connected', 120_000));
    workers.forEach((w, i) => w.send({ type: 'connect', url: target.url, clients: specs[i] ?? [] } satisfies ToWorker));
    await Promise.all(connected);
    await sleep(1000);
    const rssConnectedMb = rssMb(target.pid);
    const heapConnectedMb = await heapMb(target.child);

    const measureStartUs = nowUs() + timing.warmupMs * 1000;
    const measureEndUs = measureStartUs + timing.measureMs * 1000;
    const results = workers.map((w) =>
      nextMessage<WorkerResult>(w, 'result', timing.warmupMs + timing.measureMs + 60_000),
    );
    for (const w of workers)
      w.send({ type: 'type', rateHz, measureStartUs, measureEndUs, graceMs: GRACE_MS } satisfies ToWorker);
    await sleep((measureStartUs - nowUs()) / 1000);
    const cpu0 = cpuTimes(target.pid);
    const postgres0 = postgresCpu();
    const clients0 = workers.reduce((n, w) => n + cpuSeconds(w.pid as number), 0);
    const machine0 = machineCpu();
    target.child.send({ type: 'loop-reset' });
    const t0 = nowUs();
    await sleep((measureEndUs - nowUs()) / 1000);
    const cpu1 = cpuTimes(target.pid);
    const postgres1 = postgresCpu();
    const clients1 = workers.reduce((n, w) => n + cpuSeconds(w.pid as number), 0);
    const loadAverage = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    const machine1 = machineCpu();
    const t1 = nowUs();
    const rssEndMb = rssMb(target.pid);
    const loop = await loopDelay(target.child);
    const outputs = await Promise.all(results);

    let sent = 0;
    let deliveries = 0;
    for (const o of outputs) {
      sent += o.sent;
      deliveries += o.deliveries.length;
    }
    const each = new Float64Array(deliveries);
    let k = 0;
    for (const o of outputs) for (const ms of o.deliveries) each[k++] = ms;
    each.sort();
    const perEdit = new Map<string, { count: number; max: number }>();
    for (const o of outputs)
      for (const [key, count, max] of o.perEdit) {
        const entry = perEdit.get(key);
        if (entry) {
          entry.count += count;
          entry.max = Math.max(entry.max, max);
        } else perEdit.set(key, { count, max });
      }
    const complete = [...perEdit.values()].filter((e) => e.count === scenario.editors - 1).map((e) => e.max);
    const all = Float64Array.from(complete).sort();
    return {
      workers: workerCount,
      sent,
      deliveries,
      expected: sent * (scenario.editors - 1),
      completeEdits: complete.length,
      all: { p50: percentile(all, 50), p95: percentile(all, 95), p99: percentile(all, 99), max: percentile(all, 100) },
      each: { p50: percentile(each, 50), p95: percentile(each, 95), p99: percentile(each, 99) },
      cpuPercent: ((cpu1.user + cpu1.system - cpu0.user - cpu0.system) / ((t1 - t0) / 1e6)) * 100,
      kernelPercent: ((cpu1.system - cpu0.system) / ((t1 - t0) / 1e6)) * 100,
      postgresCpuPercent: (postgresCpuBetween(postgres0, postgres1) / ((t1 - t0) / 1e6)) * 100,
      clientCpuPercent: ((clients1 - clients0) / ((t1 - t0) / 1e6)) * 100,
      loadAverage,
      machineCpuPercent: ((machine1.busy - machine0.busy) / (machine1.total - machine0.total)) * 100,
      stealPercent: ((machine1.steal - machine0.steal) / (machine1.total - machine0.total)) * 100,
      rssBeforeMb,
      rssConnectedMb,
      heapBeforeMb,
      heapConnectedMb,
      rssEndMb,
      loop,
    };
  } finally {
    for (const w of workers) if (w.connected) w.send({ type: 'close' } satisfies ToWorker);
    await Promise.all(
      workers.map((w) =>
        w.exitCode !== null || w.signalCode !== null
          ? undefined
          : Promise.race([new Promise((r) => w.once('exit', r)), sleep(5000).then(() => w.kill('SIGKILL'))]),
      ),
    );
    await sleep(1500); // let the server close and unload the documents
  }
}

const f1 = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? 'n/a' : n.toFixed(1));
const f2 = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? 'n/a' : n.toFixed(2));

function scenarioTable(s: Scenario, hub: Result | string, bare: Result | string): string {
  const rows: [string, (r: Result) => string][] = [
    ['p50 latency to all receivers (ms)', (r) => f2(r.all.p50)],
    ['p95 latency to all receivers (ms)', (r) => f2(r.all.p95)],
    ['**p99 latency to all receivers (ms)**', (r) => `**${f2(r.all.p99)}**`],
    ['max latency to all receivers (ms)', (r) => f1(r.all.max)],
    ['p50 / p99 per single delivery (ms)', (r) => `${f2(r.each.p50)} / ${f2(r.each.p99)}`],
    ['edits measured / reached everyone', (r) => `${r.sent} / ${r.completeEdits}`],
    ['deliveries received / expected', (r) => `${r.deliveries} / ${r.expected}`],
    [
      'server event-loop delay p50 / p99 / max (ms)',
      (r) => `${f2(r.loop.p50)} / ${f2(r.loop.p99)} / ${f1(r.loop.max)}`,
    ],
    ['server CPU (% of one core)', (r) => f1(r.cpuPercent)],
    ['of it in the kernel (% of one core)', (r) => f1(r.kernelPercent)],
    ['PostgreSQL processes CPU (% of one core)', (r) => f1(r.postgresCpuPercent)],
    ['client processes CPU (% of one core)', (r) => f1(r.clientCpuPercent)],
    [
      'whole machine CPU / of it stolen by other VMs (% of all cores) / load average',
      (r) => `${f1(r.machineCpuPercent)} / ${f1(r.stealPercent)} / ${r.loadAverage}`,
    ],
    [
      'server RSS before → connected → end (MB)',
      (r) => `${f1(r.rssBeforeMb)} → ${f1(r.rssConnectedMb)} → ${f1(r.rssEndMb)}`,
    ],
    ['client processes', (r) => String(r.workers)],
  ];
  rows.push([
    'server heap after GC before → connected (MB)',
    (r) => `${f1(r.heapBeforeMb)} → ${f1(r.heapConnectedMb)}`,
  ]);
  if (s.id === '50x4') {
    rows.push(['**heap per open document (KB)**', (r) => `**${f1(r.heapPerDocKb)}**`]);
    rows.push(['RSS delta per open document (KB)', (r) => f1(r.perDocKb)]);
  }
  const cell = (r: Result | string, fn: (r: Result) => string) => (typeof r === 'string' ? `failed: ${r}` : fn(r));
  return [
    `### ${s.title}`,
    '',
    '| | opcat-hub | bare Hocuspocus |',
    '|---|---:|---:|',
    ...rows.map(([label, fn]) => `| ${label} | ${cell(hub, fn)} | ${cell(bare, fn)} |`),
    '',
  ].join('\n');
}

async function main() {
  const runStarted = new Date();
  const dbName = `bench_${randomBytes(6).toString('hex')}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'opcat-bench-'));
  const dbUrl = new URL(ADMIN_URL);
  dbUrl.pathname = `/${dbName}`;
  const results: Record<string, Record<string, Result | string>> = { hub: {}, bare: {} };
  let created = false;
  const cleanup = async () => {
    for (const child of started)
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await Promise.race([new Promise((r) => child.once('exit', r)), sleep(10_000)]);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
    if (created) await adminExecute(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  try {
    console.log(`bench: creating database ${dbName}`);
    await adminExecute(`CREATE DATABASE "${dbName}"`);
    created = true;
    const scenario = (id: string) => SCENARIOS.find((s) => s.id === id) as Scenario;
    const mainDocs = WARMUP_SCENARIO.docs + SCENARIOS.reduce((n, s) => n + s.docs, 0);
    const docCount = mainDocs + ROUNDS * PAIRED.reduce((n, id) => n + scenario(id).docs, 0);
    const documents = await prepareDatabase(dbUrl.toString(), docCount);
    const hub = await startHub(dbUrl.toString(), dataDir);
    const bare = await startBare();
    const cookies = await Promise.all(WRITERS.map(async (email) => (await signedIn(hub, email)).cookie as string));
    const targets = [
      { key: 'hub', label: 'opcat-hub', url: hub.url, pid: hub.child.pid as number, child: hub.child, cookies },
      {
        key: 'bare',
        label: 'bare',
        url: bare.url,
        pid: bare.child.pid as number,
        child: bare.child,
        cookies: [undefined],
      },
    ];
    for (const target of targets) {
      if (TARGETS && !TARGETS.includes(target.key)) continue;
      let next = 0;
      const take = (n: number) => documents.slice(next, (next += n));
      await runScenario(target, WARMUP_SCENARIO, take(WARMUP_SCENARIO.docs), target.cookies, {
        warmupMs: 1000,
        measureMs: 1000,
      });
      const sweepDocs: string[] = [];
      for (const s of SCENARIOS) {
        const docs = take(s.docs);
        if (s.id === '50x4') sweepDocs.push(...docs);
        if (ONLY && !ONLY.includes(s.id)) continue;
        console.log(`bench: ${target.label} — ${s.title}`);
        try {
          const r = await runScenario(target, s, docs, target.cookies);
          if (s.id === '50x4') {
            r.perDocKb = ((r.rssConnectedMb - r.rssBeforeMb) * 1024) / s.docs;
            r.heapPerDocKb = ((r.heapConnectedMb - r.heapBeforeMb) * 1024) / s.docs;
          }
          results[target.key]![s.id] = r;
          console.log(
            `  clients ${f1(r.clientCpuPercent)} % machine ${f1(r.machineCpuPercent)} % steal ${f1(r.stealPercent)} % load ${r.loadAverage}; p50 ${f2(r.all.p50)} p95 ${f2(r.all.p95)} p99 ${f2(r.all.p99)} ms, cpu ${f1(r.cpuPercent)} % (kernel ${f1(r.kernelPercent)}), postgres ${f1(r.postgresCpuPercent)} %, rss ${f1(r.rssEndMb)} MB, heap ${f1(r.heapBeforeMb)} → ${f1(r.heapConnectedMb)} MB, loop delay p99 ${f2(r.loop.p99)} max ${f1(r.loop.max)} ms, ${r.completeEdits}/${r.sent} edits complete`,
          );
        } catch (error) {
          results[target.key]![s.id] = error instanceof Error ? error.message.split('\n')[0]! : String(error);
          console.log(`  failed: ${String(error)}`);
        }
      }
      const grid = SCENARIOS.find((s) => s.id === '50x4') as Scenario;
      for (const hz of ONLY && !ONLY.includes('sweep') ? [] : SWEEP_HZ) {
        console.log(`bench: ${target.label} — ${grid.title} at ${hz} edits/s per editor`);
        const r = await runScenario(target, grid, sweepDocs, target.cookies, undefined, hz);
        results[target.key]![`50x4@${hz}`] = r;
        console.log(
          `  p99 ${f2(r.all.p99)} ms, cpu ${f1(r.cpuPercent)} %, ${r.completeEdits}/${r.sent} edits complete`,
        );
      }
    }
    const rounds: Round[] = [];
    let nextDoc = mainDocs;
    const fresh = (n: number) => documents.slice(nextDoc, (nextDoc += n));
    for (let round = 0; !TARGETS && (!ONLY || ONLY.includes('rounds')) && round < ROUNDS; round++) {
      const first = targets[round % 2]!;
      const second = targets[1 - (round % 2)]!;
      const docs = { '50': fresh(scenario('50').docs), '50x4': fresh(scenario('50x4').docs) };
      const pairs: Record<keyof typeof docs, Partial<Record<string, Result>>> = { '50': {}, '50x4': {} };
      // Every 50-editor run follows a 50 × 4 run and vice versa (see ROUNDS).
      const schedule = [
        [first, '50'],
        [second, '50x4'],
        [second, '50'],
        [first, '50x4'],
      ] as const;
      for (const [target, id] of schedule) {
        const s = scenario(id);
        console.log(`bench: round ${round + 1} of ${ROUNDS}, ${target.label} — ${s.title}`);
        try {
          const r = await runScenario(target, s, docs[id], target.cookies);
          pairs[id][target.key] = r;
          console.log(
            `  p99 ${f2(r.all.p99)} ms, cpu ${f1(r.cpuPercent)} %, clients ${f1(r.clientCpuPercent)} %, postgres ${f1(r.postgresCpuPercent)} %, steal ${f1(r.stealPercent)} %`,
          );
        } catch (error) {
          console.log(`  failed: ${String(error)}`);
        }
      }
      const measured: Round = {};
      for (const [id, pair] of Object.entries(pairs))
        if (pair.hub && pair.bare) measured[id] = { hub: pair.hub, bare: pair.bare };
      rounds.push(measured);
    }
    if (ONLY || TARGETS)
      console.log('bench: partial run (BENCH_ONLY / BENCH_TARGETS): docs/benchmarks.md left as it is');
    else await writeReport(runStarted, results, rounds);
  } finally {
    await cleanup();
  }
}

function sweepRows(results: Record<string, Record<string, Result | string>>): string {
  const at = (key: string, hz: number) => {
    const r = results[key]?.[hz === RATE_HZ ? '50x4' : `50x4@${hz}`];
    return typeof r === 'object' ? r : undefined;
  };
  const rates = [...SWEEP_HZ, RATE_HZ];
  const row = (label: string, value: (hz: number) => string) => `| ${label} | ${rates.map(value).join(' | ')} |`;
  const cpu = (key: string) => (hz: number) => (at(key, hz) ? f1(at(key, hz)!.cpuPercent) : 'n/a');
  const p99 = (key: string) => (hz: number) => (at(key, hz) ? f2(at(key, hz)!.all.p99) : 'n/a');
  return [
    row('opcat-hub server CPU (% of one core)', cpu('hub')),
    row('bare server CPU (% of one core)', cpu('bare')),
    row('opcat-hub p99 to all receivers (ms)', p99('hub')),
    row('bare p99 to all receivers (ms)', p99('bare')),
  ].join('\n');
}

/** The alternated rounds, one line each, and the medians the targets are judged on. */
function roundsTable(rounds: Round[]): string {
  const cell = (round: Round, id: string, value: (r: Result) => string) => {
    const pair = round[id];
    return pair ? `${value(pair.hub)} / ${value(pair.bare)}` : 'failed';
  };
  const ratio = (round: Round) => (round['50'] ? `${f2(round['50'].hub.all.p99 / round['50'].bare.all.p99)}×` : 'n/a');
  const steal = (round: Round) => {
    const values = Object.values(round).flatMap((p) => [p.hub.stealPercent, p.bare.stealPercent]);
    return values.length ? f1(Math.max(...values)) : 'n/a'; // every scenario of the round failed
  };
  return [
    '| round | 50 editors: p99 hub / bare (ms) | ratio | 50 editors: CPU hub / bare (%) | 50 × 4: CPU hub / bare (%) | 50 × 4: p99 hub / bare (ms) | steal, worst (%) |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rounds.map(
      (round, i) =>
        `| ${i + 1} | ${cell(round, '50', (r) => f2(r.all.p99))} | ${ratio(round)} | ${cell(round, '50', (r) => f1(r.cpuPercent))} | ${cell(round, '50x4', (r) => f1(r.cpuPercent))} | ${cell(round, '50x4', (r) => f2(r.all.p99))} | ${steal(round)} |`,
    ),
  ].join('\n');
}

async function writeReport(
  runStarted: Date,
  results: Record<string, Record<string, Result | string>>,
  rounds: Round[],
) {
  const hub = (id: string) => results.hub?.[id];
  const bare = (id: string) => results.bare?.[id];
  const ok = (r: unknown): r is Result => typeof r === 'object' && r !== null;
  const h50 = hub('50');
  const b50 = bare('50');
  const h4 = hub('50x4');
  const verdict = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? '**met**' : '**missed**');
  // Judged on the medians of the alternated rounds; on the single pass when there are none.
  const ratios = rounds.flatMap((r) => (r['50'] ? [r['50'].hub.all.p99 / r['50'].bare.all.p99] : []));
  const gridCpu = rounds.flatMap((r) => (r['50x4'] ? [r['50x4'].hub.cpuPercent] : []));
  const ratio = ratios.length ? median(ratios) : ok(h50) && ok(b50) ? h50.all.p99 / b50.all.p99 : undefined;
  const cpu = gridCpu.length ? median(gridCpu) : ok(h4) ? h4.cpuPercent : undefined;
  const source = (n: number) => (n ? `median of ${n} alternated rounds` : 'single pass');
  const targets = [
    `| p99 at 50 editors ≤ 1.5 × bare p99 | ${ratio === undefined ? 'n/a' : `${ratio.toFixed(2)}× (${source(ratios.length)})`} | ${verdict(ratio === undefined ? undefined : ratio <= 1.5)} |`,
    `| 50 × 4 under 30 % of one core | ${cpu === undefined ? 'n/a' : `${f1(cpu)} % (${source(gridCpu.length)})`} | ${verdict(cpu === undefined ? undefined : cpu < 30)} |`,
    `| ≤ 100 KB heap per open small document | ${ok(h4) ? `${f1(h4.heapPerDocKb)} KB` : 'n/a'} | ${verdict(ok(h4) ? (h4.heapPerDocKb ?? Infinity) <= 100 : undefined)} |`,
  ];
  const text = `## Co-editing (/collab)

Generated by \`npm run bench:collab\` (bench/collab/run.ts); re-running it replaces this section.

### Machine

- Date: ${runStarted.toISOString()}
- CPU: ${cpus()[0]?.model ?? 'unknown'}, nproc ${cpus().length}; memory ${(totalmem() / 2 ** 30).toFixed(1)} GiB
- OS: ${platform()} ${release()}; Node ${process.version}; @hocuspocus/server 3.4.4
- Load average at the end of the run: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} (the machine is shared; other work may run alongside)
- PostgreSQL: the system server at 127.0.0.1:5432 (same machine)

### Targets

| Target | Measured | |
|---|---|---|
${targets.join('\n')}

### Alternated rounds

The targets' scenarios again on fresh documents, ${ROUNDS} rounds: odd rounds run opcat-hub 50 editors, bare 50 × 4,
bare 50 editors, opcat-hub 50 × 4; even rounds the same with the servers swapped. The targets above are the
medians of these rounds (the ratio is taken per round). Why this order: see Method, Variation.

${rounds.length ? roundsTable(rounds) : 'Not run (BENCH_ROUNDS=0).'}

### Results (one pass: every scenario on opcat-hub, then every scenario on bare)

Latency = from the insert on the sender to its arrival at *every* other client of the document
(the slowest receiver of each edit). ${WARMUP_MS / 1000} s warm-up, then ${MEASURE_MS / 1000} s measured,
each editor inserting one small Y.Text string ${RATE_HZ} times per second.

${SCENARIOS.map((s) => scenarioTable(s, hub(s.id) ?? 'not run', bare(s.id) ?? 'not run')).join('\n')}
#### 50 documents × 4 editors at other typing rates

How the cost grows with the edit rate (same run, same documents; ${RATE_HZ}/s is the table above).

| edits/s per editor (all 200 editors) | ${[...SWEEP_HZ, RATE_HZ].map((hz) => `${hz} (${hz * 200}/s)`).join(' | ')} |
|---|${[...SWEEP_HZ, RATE_HZ].map(() => '---:').join('|')}|
${sweepRows(results)}

### Method

- **opcat-hub**: the real server process (\`node --import tsx src/main.ts\` in apps/server, NODE_ENV=test,
  LOG_LEVEL=warn, no Redis) with authentication at the upgrade, per-document authorization by the policy,
  the awareness guard and the durable store (each update is committed to PostgreSQL before it is
  acknowledged; it is relayed to the other editors at once). Its database \`bench_<random>\` is created on the system PostgreSQL, migrated,
  demo-seeded, given one workplan per benchmark document (\`workplan:<id>\`), and dropped at the end.
  Clients sign in as the demo writers ana.mnp, bruno.mnp, diego.voces and carmen.cndh (round robin) and
  connect to /collab with the session cookie; every client is checked to be writable.
- **bare**: \`new Server({ port })\` from @hocuspocus/server 3.4.4 in its own process (also under tsx),
  no hooks, no persistence.
- **Clients**: one WebSocket per editor speaking the Hocuspocus protocol (authenticate, sync, send updates),
  in forked client processes (two when a scenario delivers more than ${DELIVERIES_PER_WORKER} updates/s, else one).
  Each editor starts at a random phase and inserts \`<editor>.<seq>@<send time>\` at the end of its own
  paragraph (a Y.Text of its own in the document) every ${1000 / RATE_HZ} ms. A received update is scanned for
  these tokens, not applied (HocuspocusProviders applying every update saturated the client process at 50
  editors and measured themselves). Since nobody else writes in an editor's paragraph, its local copy of what it
  edits is complete and the server integrates what real typing sends. (Until 2026-11-23 all editors appended
  to one shared Y.Text without seeing each other's text: inserts at positions no real editor sends.) Send and arrival times are \`process.hrtime\` (CLOCK_MONOTONIC, one clock for every process on the
  machine). Only edits sent inside the measured window count; receivers get ${GRACE_MS / 1000} s grace after it.
  Percentiles are nearest-rank.
- **Server CPU**: utime + stime of the server process from /proc/<pid>/stat over the measured window, as %
  of one core; "of it in the kernel" is the stime part. **PostgreSQL CPU** is the sum over every \`postgres\`
  process on the machine over the same window (a backend that ends inside the window is left out): it is
  opcat-hub's appends and compactions, not in the server's figure, plus PostgreSQL's own background work
  (checkpoints, autovacuum, what opcat-hub's previous run left), which is what the bare server's runs show.
- **RSS**: VmRSS from /proc/<pid>/status before the clients connect, 1 s after all are synced, and at the end.
- **Heap per open document**: in the 50 × 4 scenario, run first on each freshly started server (after a
  warm-up of 10 other documents × 4 editors): (V8 heap in use with 50 documents open and 200 clients synced −
  before) / 50, each measured after two forced full garbage collections (bench/collab/heap-probe.ts, loaded into
  both servers with --expose-gc). It includes the 4 connections of each document, and code V8 compiles while
  they connect, which does not grow with documents: after a 2-client warm-up (until 2026-11-23) that code was
  2.2 MB of opcat-hub's 4.9 MB (a heap snapshot diff), 45 of the 96 KB per document reported then; after the
  40-connection warm-up it is ~1.1 MB of 3.7 MB. The RSS delta is shown beside it;
  RSS grows in chunks and is an upper bound.
- **Variation**: this is a shared 2-core VM; the server, the clients and PostgreSQL compete for the two cores,
  and the VM's speed drifts within minutes: on 2026-11-23 the same opcat-hub build needed 31 % and then 50 % of a
  core for the same 50-editor load in two consecutive runs (its clients 22 % and 34 % for identical work, steal
  reported as 0), and the 50-editor p99 was 7.8 ms in one and 41 ms in the other. That is why the judged scenarios
  run again in rounds and the targets use the medians. The order within a round matters too: in the runs of
  2026-11-23 evening, of two 50-editor runs back to back the second was the slower whichever server it was
  (p99 1.8× the first's when opcat-hub came second, 0.7–1.1× when it came first; the clients needed a quarter
  more CPU for identical work), so a round now puts a 50 × 4 run before every 50-editor run and the two servers
  take each place equally often; steal (time the hypervisor reports giving this
  VM's cores to others) is shown per scenario but does not capture all of it. opcat-hub's latency spikes are
  relays whose socket writes take 1–2 ms each while the process is off the CPU (a CPU profile of a 50-editor run
  showed 99 ms inside \`writev\` relaying one update to its 50 editors, while the clients and PostgreSQL ran). At
  100 editors the clients alone need most of a core and both servers saturate the machine: those latencies
  measure the machine.
- **Where opcat-hub's extra CPU goes** (measured on 2026-11-23 in the 50 × 4 window at 5 edits/s): opcat-hub
  ~28 % of a core (user 22, kernel 6), bare ~16 % (user 11, kernel 4.5); per thread, opcat-hub's main thread
  takes all but ~3 points (V8's helper threads). Garbage collection is not it: ~3 scavenges/s of ~3 ms (bare
  ~4/s of ~1.5 ms) and one full collection in the window. A V8 CPU profile (\`BENCH_CPU_PROF=<dir>\`) puts the
  difference in the append client's socket writes and reads (one INSERT per batch; a loopback write to
  PostgreSQL costs ~0.15 ms of CPU on this VM), the relays' socket writes costing more per write than in bare
  while PostgreSQL runs beside them, and JavaScript spread thinly: Hocuspocus running the extensions' hooks, the
  async hooks of MikroORM's AsyncLocalStorage (on for the whole process once a transaction ran), the guard and
  acknowledgement code. What moved the figure most is PostgreSQL's own load on the shared cores: gathering
  appends for 40 ms instead of 10 ms halved PostgreSQL's CPU (9 % → 5 %) and took opcat-hub from a median of
  30 % to 24 % of a core (three alternated pairs each; the clients, doing identical work, also needed less).
  Earlier changes: an editor's own update is not sent back to it (Hocuspocus relays every update to every
  connection; for a 4-editor document one write in five), acknowledgements are released by the append's
  callback instead of a promise chain per update, updates are not decoded a second time (what Yjs integrated
  is stored), and compaction folds the stored log alone, only after 1,000 appended updates or when the last
  editor leaves. The typing-rate table shows where the gap opens: at a few edits per second per editor the two
  servers are close; at 5/s (1,000 updates/s on one 2-core VM) opcat-hub pays for storing every update.
- Server, clients and PostgreSQL share the machine's cores, so absolute latencies include CPU contention
  with the clients; both servers are measured under the same conditions in the same run.
`;
  await writeBenchSection('collab', text);
}

await main();
