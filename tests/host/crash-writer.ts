/**
 * A process that writes notes and attendance through the real IPC router as
 * fast as it can, printing `ACK <kind> <n>` after each write is acknowledged,
 * until it is killed. tests/unit/crash-durability.test.ts SIGKILLs it.
 *
 * env: CERCLE_DB_PATH, CRASH_SESSION_ID, CRASH_KEY, CRASH_RUN
 */
import { writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { openCore } from '../../src/main/core';
import { directoryPlatform } from '../../src/main/platform/directory-platform';

const origin = 'app://cercle/index.html';
const core = openCore({
  databasePath: process.env.CERCLE_DB_PATH!,
  version: 'crash-test',
  isTrustedSender: (url) => url === origin,
  platform: directoryPlatform(tmpdir()),
});
const sessionId = process.env.CRASH_SESSION_ID!;
const key = process.env.CRASH_KEY!;
const run = process.env.CRASH_RUN!;

async function main(): Promise<void> {
  const peerId = `crash-seat-${run}`;
  const joined = await core.router.dispatch(
    'attendance:presence',
    {
      sessionId,
      peers: [{ peerId, role: 'participant', displayName: 'Crash', returningKey: key }],
    },
    origin,
  );
  if (!joined.ok) throw new Error(joined.error.message);
  for (let n = 0; ; n++) {
    const note = await core.router.dispatch(
      'notes:save',
      { sessionId, blockId: `r${run}-${n}`, text: `note ${run}/${n} `.repeat(20) },
      origin,
    );
    if (!note.ok) throw new Error(note.error.message);
    writeSync(1, `ACK note ${n}\n`);
    // One round per write, so each acknowledged turn is a row of its own.
    const turn = await core.router.dispatch(
      'attendance:turnOutcome',
      {
        sessionId,
        turn: { roundStartedAt: Number(run) * 1_000_000 + n, peerId, outcome: 'spoke' },
      },
      origin,
    );
    if (!turn.ok) throw new Error(turn.error.message);
    writeSync(1, `ACK turn ${n}\n`);
  }
}

void main();
