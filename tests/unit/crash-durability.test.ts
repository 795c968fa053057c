import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../src/main/core';
import { directoryPlatform } from '../../src/main/platform/directory-platform';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const RUNS = 50;
const KEY = 'crashcrashcrashcrash';
const origin = 'app://cercle/index.html';

/** A session to write into, made through the same router the app uses. */
async function prepare(databasePath: string): Promise<string> {
  const core = openCore({
    databasePath,
    version: 'crash-test',
    isTrustedSender: (url) => url === origin,
    platform: directoryPlatform(tmpdir()),
  });
  const call = async (channel: string, input: unknown) => {
    const result = await core.router.dispatch(channel, input, origin);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as { id: string };
  };
  const group = await call('groups:create', { name: 'Crash' });
  const plan = await call('plans:create', { name: 'P', source: { empty: true } });
  const session = await call('sessions:schedule', {
    groupId: group.id,
    planId: plan.id,
    scheduledAt: 0,
  });
  core.close();
  return session.id;
}

/** Runs the writer until it acknowledged `stopAfter` writes, then SIGKILLs it. */
async function writeThenKill(env: Record<string, string>, stopAfter: number) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', resolve(__dirname, '../host/crash-writer.ts')],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exit = once(child, 'exit');
  const acked = { note: [] as number[], turn: [] as number[] };
  // Keep reading after the kill: acknowledgements already in the pipe count too.
  for await (const line of createInterface({ input: child.stdout })) {
    const [, kind, n] = line.split(' ') as [string, 'note' | 'turn', string];
    acked[kind].push(Number(n));
    if (acked.note.length + acked.turn.length === stopAfter) child.kill('SIGKILL');
  }
  const [code, signal] = await exit;
  return { acked, code, signal };
}

describe('a crash while notes and attendance are being written', () => {
  it(`loses no acknowledged write and leaves a sound database (${RUNS} kills)`, async () => {
    const databasePath = join(tempDir(), 'cercle.db');
    const sessionId = await prepare(databasePath);
    let ackedTurns = 0;
    let unackedMargin = 0;

    for (let run = 0; run < RUNS; run++) {
      const stopAfter = 2 + ((run * 7919) % 37);
      const { acked, signal } = await writeThenKill(
        {
          CERCLE_DB_PATH: databasePath,
          CRASH_SESSION_ID: sessionId,
          CRASH_KEY: KEY,
          CRASH_RUN: String(run),
        },
        stopAfter,
      );
      expect(signal).toBe('SIGKILL');
      ackedTurns += acked.turn.length;
      unackedMargin += 1; // the write in flight at the kill may or may not have landed

      const db = new Database(databasePath);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const notes = new Set(
        db
          .prepare('SELECT block_id FROM notes WHERE block_id LIKE ?')
          .pluck()
          .all(`r${run}-%`) as string[],
      );
      for (const n of acked.note) expect(notes.has(`r${run}-${n}`)).toBe(true);
      const turns = db
        .prepare("SELECT count(*) FROM round_turns WHERE outcome = 'spoke'")
        .pluck()
        .get() as number;
      expect(turns).toBeGreaterThanOrEqual(ackedTurns);
      expect(turns).toBeLessThanOrEqual(ackedTurns + unackedMargin);
      ackedTurns = turns;
      unackedMargin = 0;
      db.close();
    }
  }, 240_000);
});
