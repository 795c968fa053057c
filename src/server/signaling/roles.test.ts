import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { actorsFor, canApply, roles, type EngineEvent } from '../../shared/rounds';
import {
  methods,
  requests,
  roundCommandOf,
  type CommandMethod,
  type Method,
  type RequestInput,
} from '../../shared/signaling';
import { type SignalingClient } from '../../shared/signaling/client';
import { SignalingError } from '../../shared/signaling/errors';
import {
  admitted,
  openRoom,
  startTestServer,
  waitInLobby,
  type TestServer,
} from '../testing/harness';
import { actors, permissions, type Actor } from './roles';

const id = 'AAAAAAAAAAAA';
const token = 'v1.AAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAA';

/** Well-formed data for every method, so a refusal can only come from the role check. */
const samples: { [M in Method]: RequestInput<M> } = {
  ping: {},
  createRoom: { facilitatorKey: 'wrong-key', title: 'Titre', agreements: '', displayName: 'X' },
  claimRoom: { facilitatorKey: 'wrong-key', roomId: id, ownerSecret: token, displayName: 'X' },
  enterLobby: { roomId: id, inviteToken: token, displayName: 'X' },
  reconnect: { roomId: id, peerId: id, reconnectToken: token },
  acknowledgeAgreements: {},
  showAgreements: {},
  leave: {},
  admit: { peerId: id },
  decline: { peerId: id },
  remove: { peerId: id },
  setRole: { peerId: id, role: 'cofacilitator' },
  lockRoom: { locked: false },
  closeRoom: {},
  createInvite: {},
  getRouterRtpCapabilities: {},
  createTransport: { direction: 'send' },
  connectTransport: {
    transportId: 'unknown',
    dtlsParameters: { fingerprints: [{ algorithm: 'sha-256', value: 'AB' }] },
  },
  restartIce: { transportId: 'unknown' },
  startMedia: { rtpCapabilities: {}, sendVideo: true, receiveVideo: true },
  setMediaPreferences: {},
  produce: {
    transportId: 'unknown',
    kind: 'audio',
    rtpParameters: { codecs: [{ mimeType: 'audio/opus', payloadType: 100, clockRate: 48000 }] },
  },
  closeProducer: { producerId: 'unknown' },
  pauseProducer: { producerId: 'unknown' },
  resumeProducer: { producerId: 'unknown' },
  resumeConsumer: { consumerId: 'unknown' },
  setConsumerPreferredLayers: { consumerId: 'unknown', spatialLayer: 0 },
  setPausedByServer: { peerId: id, kind: 'audio', paused: true },
  roundStart: { order: { by: 'join' }, turnMs: 60_000, passAllowed: true, lateJoiners: 'append' },
  roundNext: { peerId: id },
  roundPass: { peerId: id },
  roundSkip: { peerId: id },
  roundExtend: { peerId: id, ms: 30_000 },
  roundPause: {},
  roundResume: {},
  roundBack: {},
  roundReorder: { peerIds: [] },
  roundEnd: {},
  floorStart: { turnMs: null },
  floorRaiseHand: { peerId: id },
  floorLowerHand: { peerId: id },
  floorGiveFloor: { peerId: id },
  floorNext: {},
  floorClearQueue: {},
  floorEnd: {},
  freeStart: { durationMs: 60_000 },
  freePause: {},
  freeResume: {},
  freeExtend: { ms: 60_000 },
  freeEnd: {},
  setTalkingPiece: { on: true },
  getActivityState: {},
};

/** Methods a participant may send about themselves only: the sample names the sender. */
const aboutSelf = new Set<Method>(['roundPass', 'floorRaiseHand', 'floorLowerHand']);
const ids = {} as Record<Actor, string>;
const sampleFor = (method: Method, actor: Actor) =>
  aboutSelf.has(method) ? { peerId: ids[actor] ?? id } : samples[method];

let t: TestServer;
const as = {} as Record<Actor, SignalingClient>;

beforeAll(async () => {
  t = await startTestServer();
  const room = await openRoom(t);
  as.facilitator = room.facilitator;
  ids.facilitator = room.created.peerId;
  const co = await admitted(t, room, 'Co');
  as.cofacilitator = co.client;
  ids.cofacilitator = co.seat.peerId;
  await room.facilitator.request('setRole', { peerId: co.seat.peerId, role: 'cofacilitator' });
  const participant = await admitted(t, room, 'Part');
  as.participant = participant.client;
  ids.participant = participant.seat.peerId;
  const lobby = await waitInLobby(t, room, 'Lobby');
  as.lobby = lobby.client;
  ids.lobby = lobby.seat.peerId;
  as.none = await t.connect();
});
afterAll(async () => {
  await t.close();
});

async function codeOf(actor: Actor, method: Method): Promise<string | undefined> {
  try {
    await as[actor].request(method, sampleFor(method, actor) as never);
    return undefined;
  } catch (error) {
    if (error instanceof SignalingError) return error.code;
    throw error;
  }
}

const refusedCases = methods.flatMap((method) =>
  actors
    .filter((actor) => !permissions[method].includes(actor))
    .map((actor) => ({ method, actor })),
);

/**
 * Who may do what, written out independently of roles.ts so that widening a
 * permission takes a deliberate change here too (DESIGN.md "Roles").
 * n = no seat, l = lobby, p = participant, c = co-facilitator, f = facilitator.
 */
const expected = `
ping nlpcf | createRoom n | claimRoom n | enterLobby n | reconnect n
acknowledgeAgreements l | showAgreements cf | leave lpcf | admit cf | decline cf | remove cf | setRole f
lockRoom cf | closeRoom f | createInvite f | setPausedByServer f
getRouterRtpCapabilities pcf | createTransport pcf | connectTransport pcf | restartIce pcf
startMedia pcf | setMediaPreferences pcf | produce pcf | closeProducer pcf
pauseProducer pcf | resumeProducer pcf | resumeConsumer pcf | setConsumerPreferredLayers pcf
roundStart cf | roundNext cf | roundPass pcf | roundSkip cf | roundExtend cf | roundPause cf
roundResume cf | roundBack cf | roundReorder cf | roundEnd cf | floorStart cf
floorRaiseHand pcf | floorLowerHand pcf | floorGiveFloor cf | floorNext cf | floorClearQueue cf
floorEnd cf | freeStart cf | freePause cf | freeResume cf | freeExtend cf | freeEnd cf
setTalkingPiece cf | getActivityState pcf`;
const letters: Record<string, Actor> = {
  n: 'none',
  l: 'lobby',
  p: 'participant',
  c: 'cofacilitator',
  f: 'facilitator',
};
const expectedTable = Object.fromEntries(
  expected
    .split(/[|\n]/)
    .map((cell) => cell.trim())
    .filter(Boolean)
    .map((cell) => {
      const [method, who] = cell.split(' ');
      return [method, [...(who ?? '')].map((letter) => letters[letter])];
    }),
);

describe('the role table', () => {
  test('every sample is valid data for its method', () => {
    for (const method of methods) {
      expect(requests[method].data.safeParse(samples[method]).success, method).toBe(true);
    }
  });

  test('the table is the one documented above', () => {
    expect(permissions).toEqual(expectedTable);
  });

  test('each round command has the engine rule of its event as its row: one table, not two', () => {
    for (const method of Object.keys(roundCommandOf) as CommandMethod[]) {
      const type = roundCommandOf[method];
      expect(permissions[method], method).toEqual(actorsFor(type));
      // And the engine lets exactly those roles send it (about themselves, for a participant).
      const event = { type, peerId: 'self', at: 0 } as unknown as EngineEvent;
      for (const role of roles) {
        const allowed = permissions[method].includes(role);
        expect(canApply(event, { peerId: 'self', role }), `${method} as ${role}`).toBe(allowed);
      }
    }
  });

  test('every command states who may send it, and none is open to everyone but ping', () => {
    for (const method of methods) {
      expect(permissions[method].length, method).toBeGreaterThan(0);
      if (method !== 'ping') expect(permissions[method].length, method).toBeLessThan(actors.length);
    }
  });

  test.each(refusedCases)('$method is refused for $actor', async ({ method, actor }) => {
    expect(await codeOf(actor, method)).toBe('FORBIDDEN');
  });

  test('the allowed roles get past the role check (refused later for other reasons, if at all)', async () => {
    // Skip the ones that would change the seats this file relies on.
    const disruptive = new Set<Method>(['leave', 'closeRoom']);
    for (const method of methods) {
      if (disruptive.has(method)) continue;
      for (const actor of permissions[method]) {
        expect(await codeOf(actor, method), `${method} as ${actor}`).not.toBe('FORBIDDEN');
      }
    }
  });
});
