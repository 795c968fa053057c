import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import WebSocket from 'ws';
import { printFigure } from './machine';

/*
 * What an attacker with no seat can hold on one session server, measured on
 * a real server in its own process (its memory apart from the clients'):
 * sockets from one address, memory for 2,000 idle connections, how long a
 * seatless socket lives, and memory after 100,000 malformed messages, with a
 * heap-snapshot comparison of what stays. Linux: the clients come from many
 * loopback addresses (127.0.0.0/8) to stand for many attackers.
 */

const root = resolve(__dirname, '../..');
/** The V8 flags of `npm run server` (package.json), plus --expose-gc to measure after a full GC. */
const serverFlags = ['--expose-gc', '--max-semi-space-size=2'];

type Stats = { rss: number; heapUsed: number; heapTotal: number; spaces: Record<string, number> };

type BenchServer = {
  wsUrl: string;
  pid: number;
  stats(): Promise<Stats>;
  snapshot(file: string): Promise<string>;
  stop(): Promise<void>;
};

async function startServer(env: Record<string, string> = {}): Promise<BenchServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [...serverFlags, '--import', 'tsx', resolve(root, 'tests/bench/security-server.ts')],
    { cwd: root, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const waiting: Array<{ prefix: string; resolve: (rest: string) => void }> = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const index = waiting.findIndex((w) => line.startsWith(`${w.prefix} `));
    const waiter = index >= 0 ? waiting.splice(index, 1)[0] : undefined;
    waiter?.resolve(line.slice(waiter.prefix.length + 1));
  });
  const next = (prefix: string) =>
    new Promise<string>((resolveLine) => waiting.push({ prefix, resolve: resolveLine }));
  const ready = JSON.parse(await next('READY')) as { wsUrl: string };
  const ask = (command: string, prefix: string) => {
    const answer = next(prefix);
    child.stdin!.write(`${command}\n`);
    return answer;
  };
  return {
    wsUrl: ready.wsUrl,
    pid: child.pid!,
    stats: async () => JSON.parse(await ask('stats', 'STATS')) as Stats,
    snapshot: (file) => ask(`snapshot ${file}`, 'SNAPSHOT'),
    stop: async () => {
      const exited = new Promise((done) => child.once('exit', done));
      child.stdin!.end();
      await exited;
    },
  };
}

/** Opens a socket from `address`; resolves with it open, or undefined if the server refused. */
function open(wsUrl: string, address: string): Promise<WebSocket | undefined> {
  return new Promise((resolveSocket) => {
    const ws = new WebSocket(wsUrl, { localAddress: address });
    ws.once('open', () => resolveSocket(ws));
    ws.once('unexpected-response', () => resolveSocket(undefined));
    ws.once('error', () => resolveSocket(undefined));
  });
}

function closeAll(sockets: WebSocket[]): Promise<void> {
  return Promise.all(
    sockets.map(
      (ws) =>
        new Promise<void>((done) => {
          if (ws.readyState === WebSocket.CLOSED) return done();
          ws.once('close', () => done());
          ws.terminate();
        }),
    ),
  ).then(() => undefined);
}

const frames = [
  'not json',
  '{"id":1}',
  '{"id":1,"method":"nope"}',
  '{"id":2,"method":"enterLobby","data":{"roomId":"x"}}',
  JSON.stringify({ id: 3, method: 'createRoom', data: { facilitatorKey: 'x'.repeat(300) } }),
  '[1,2,3]',
  '{"id":-1,"method":1}',
  JSON.stringify({
    id: 4,
    method: 'reconnect',
    data: { roomId: 'AAAAAAAA', peerId: 'B', reconnectToken: 'short' },
  }),
];

/** One connection sends `count` malformed frames (below the rate limit's burst) and waits for every reply. */
async function junk(wsUrl: string, address: string, count: number): Promise<number> {
  const ws = await open(wsUrl, address);
  if (!ws) return 0;
  let replies = 0;
  const done = new Promise<void>((resolveDone) => {
    ws.on('message', () => {
      replies += 1;
      if (replies === count) resolveDone();
    });
    ws.once('close', () => resolveDone());
  });
  for (let i = 0; i < count; i += 1) ws.send(frames[i % frames.length]!);
  await done;
  await closeAll([ws]);
  return replies;
}

async function flood(wsUrl: string, messages: number, perConnection = 150, parallel = 10) {
  let sent = 0;
  let connections = 0;
  while (sent < messages) {
    const batch = Array.from({ length: parallel }, (_, i) =>
      junk(wsUrl, `127.0.30.${((connections + i) % 200) + 1}`, perConnection),
    );
    connections += parallel;
    for (const replies of await Promise.all(batch)) sent += replies;
  }
  return { sent, connections };
}

type Counts = Map<string, { count: number; size: number }>;

/** Objects per constructor in a heap snapshot (V8's format: flat arrays of node fields). */
function countObjects(file: string): Counts {
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const types = snapshot.snapshot.meta.node_types[0];
  const counts: Counts = new Map();
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[snapshot.nodes[i + typeAt]!];
    if (type !== 'object' && type !== 'closure' && type !== 'string') continue;
    const name = type === 'string' ? '(string)' : snapshot.strings[snapshot.nodes[i + nameAt]!]!;
    const entry = counts.get(name) ?? { count: 0, size: 0 };
    entry.count += 1;
    entry.size += snapshot.nodes[i + sizeAt]!;
    counts.set(name, entry);
  }
  return counts;
}

/**
 * Asks for a full GC every 2 s (as V8's idle memory reducer would) until RSS
 * stops falling (two readings within 1 MiB) or `limitMs` passed.
 */
async function settle(server: BenchServer, limitMs: number) {
  const start = Date.now();
  let stats = await server.stats();
  for (;;) {
    await new Promise((r) => setTimeout(r, 2_000));
    const next = await server.stats();
    const steady = Math.abs(next.rss - stats.rss) < 1;
    stats = next;
    if (steady || Date.now() - start >= limitMs) return { stats, ms: Date.now() - start };
  }
}

export async function benchSecurity(): Promise<void> {
  if (process.platform !== 'linux') {
    console.log('skipped: needs Linux loopback addresses (127.0.0.0/8) to stand for many clients');
    return;
  }
  const server = await startServer();
  try {
    // 1. One address asks for 100 sockets.
    const asked = await Promise.all(
      Array.from({ length: 100 }, () => open(server.wsUrl, '127.0.0.66')),
    );
    const held = asked.filter((ws): ws is WebSocket => ws !== undefined);
    printFigure('sockets held by one address (of 100 asked)', held.length, 'sockets');
    await closeAll(held);

    // 2. 2,000 idle connections, 20 from each of 100 addresses.
    const before = await server.stats();
    const idle: WebSocket[] = [];
    for (let a = 0; a < 100; a += 1) {
      const batch = await Promise.all(
        Array.from({ length: 20 }, () => open(server.wsUrl, `127.0.10.${a + 1}`)),
      );
      idle.push(...batch.filter((ws): ws is WebSocket => ws !== undefined));
    }
    const loaded = await server.stats();
    printFigure(`idle connections accepted (of 2000)`, idle.length, 'sockets');
    printFigure('server RSS before them', before.rss, 'MiB');
    printFigure(`server RSS with ${idle.length} idle connections`, loaded.rss, 'MiB');
    printFigure('  per idle connection', ((loaded.rss - before.rss) * 1024) / idle.length, 'KiB');
    await closeAll(idle);
  } finally {
    await server.stop();
  }

  // 3. How long a socket that takes no seat lives (the default deadline).
  const timed = await startServer();
  try {
    const ws = await open(timed.wsUrl, '127.0.0.77');
    const start = process.hrtime.bigint();
    const code = await new Promise<number>((done) =>
      ws!.once('close', (closeCode) => done(closeCode)),
    );
    printFigure(
      `a seatless socket lives (closed with ${code})`,
      Number(process.hrtime.bigint() - start) / 1e6,
    );
  } finally {
    await timed.stop();
  }

  // 4. Memory after 100,000 malformed messages.
  await benchFlood();
}

/**
 * 100,000 malformed messages over many connections. RSS is measured on one
 * server, and the heap compared on another: writing a heap snapshot itself
 * takes ~100 MiB of native memory that would drown the figure.
 */
async function benchFlood(): Promise<void> {
  const measured = await startServer();
  try {
    await flood(measured.wsUrl, 5_000); // warm-up: every code path compiled once
    await new Promise((r) => setTimeout(r, 6_000)); // and its garbage given back
    const start = await measured.stats();
    const { sent, connections } = await flood(measured.wsUrl, 100_000);
    const right = rssOf(measured.pid);
    // Left alone, V8 gives memory back when the process goes idle (its memory reducer).
    const idleStart = Date.now();
    let idle = right;
    while (idle > start.rss * 1.1 && Date.now() - idleStart < 60_000) {
      await new Promise((r) => setTimeout(r, 5_000));
      idle = rssOf(measured.pid);
    }
    const idleMs = Date.now() - idleStart;
    const after = await settle(measured, 60_000);
    printFigure(`malformed messages answered (${connections} connections)`, sent, 'messages');
    printFigure('server RSS before', start.rss, 'MiB');
    printFigure('server RSS right after (no GC asked)', right, 'MiB');
    printFigure(`server RSS left idle ${Math.round(idleMs / 1000)} s (no GC asked)`, idle, 'MiB');
    printFigure(
      `server RSS after a full GC, ${Math.round(after.ms / 1000)} s later`,
      after.stats.rss,
      'MiB',
    );
    printFigure('  change from before', ((after.stats.rss - start.rss) / start.rss) * 100, '%');
    printFigure('JS heap in use before (after a full GC)', start.heapUsed, 'MiB');
    printFigure('JS heap in use after (after a full GC)', after.stats.heapUsed, 'MiB');
  } finally {
    await measured.stop();
  }

  const compared = await startServer();
  const dir = tmpdir();
  const first = join(dir, `cercle-bench-${process.pid}-1.heapsnapshot`);
  const second = join(dir, `cercle-bench-${process.pid}-2.heapsnapshot`);
  try {
    await flood(compared.wsUrl, 5_000);
    await compared.snapshot(first);
    await flood(compared.wsUrl, 100_000);
    await compared.snapshot(second);
    const a = countObjects(first);
    const b = countObjects(second);
    const ours = ['Connection', 'Peer', 'WebSocket', 'TokenBucket', 'Receiver', 'Sender', 'Socket'];
    console.log(
      `  heap snapshots, after vs before the 100,000: ${ours.map((name) => `${name} ${b.get(name)?.count ?? 0} (was ${a.get(name)?.count ?? 0})`).join(', ')}`,
    );
    const growth = [...b.entries()]
      .map(([name, entry]) => ({
        name,
        bytes: entry.size - (a.get(name)?.size ?? 0),
        count: entry.count - (a.get(name)?.count ?? 0),
      }))
      .sort((x, y) => y.bytes - x.bytes)
      .slice(0, 5);
    console.log(
      `  largest growth by constructor: ${growth.map((g) => `${g.name || '(anonymous)'} ${g.count >= 0 ? '+' : ''}${g.count} (${(g.bytes / 1024).toFixed(1)} KiB)`).join(', ')}`,
    );
  } finally {
    await compared.stop();
    rmSync(first, { force: true });
    rmSync(second, { force: true });
  }
}

/** The resident memory of a process as the kernel counts it (Linux), in MiB. */
function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}
