import { describe, expect, test } from 'vitest';
import { displayNameSchema, methods, notifications, requests } from '../signaling';
import { SignalingClient, type SocketLike } from './client';
import { SignalingError } from './errors';

describe('display names', () => {
  test('trimmed, 1–40 characters counted as people see them', () => {
    expect(displayNameSchema.parse('  Zoé  ')).toBe('Zoé');
    expect(displayNameSchema.parse('🙂'.repeat(40))).toBe('🙂'.repeat(40));
    expect(displayNameSchema.parse('👩‍👧 Maman')).toBe('👩‍👧 Maman');
    expect(displayNameSchema.safeParse('').success).toBe(false);
    expect(displayNameSchema.safeParse('   ').success).toBe(false);
    expect(displayNameSchema.safeParse('a'.repeat(41)).success).toBe(false);
  });

  test('control characters and bidi overrides are refused', () => {
    for (const name of [
      'a\u0000b',
      'line\nbreak',
      'tab\there',
      'x\u007f',
      'evil\u202Egnp.exe',
      'a\u2066b',
    ]) {
      expect(displayNameSchema.safeParse(name).success, JSON.stringify(name)).toBe(false);
    }
  });
});

describe('protocol', () => {
  test('every method has a data and a result schema; every notification a data schema', () => {
    expect(methods.length).toBeGreaterThan(20);
    for (const method of methods) {
      expect(requests[method].data).toBeDefined();
      expect(requests[method].result).toBeDefined();
    }
    expect(Object.keys(notifications)).toContain('sessionEnded');
  });
});

/** A socket the test drives by hand. */
function fakeSocket() {
  type Event = { type: string; data?: unknown; code?: number; reason?: string };
  const listeners = new Map<string, Array<(event: Event) => void>>();
  const sent: string[] = [];
  const socket: SocketLike & { emit(type: string, event?: object): void } = {
    readyState: 1,
    send: (data) => sent.push(data),
    close: () => socket.emit('close', { code: 1000, reason: '' }),
    addEventListener: (type, listener) => {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
    emit: (type, event = {}) => {
      for (const listener of listeners.get(type) ?? []) listener({ type, ...event });
    },
  };
  return { socket, sent };
}

describe('signaling client', () => {
  test('matches replies to requests, validates them, and turns refusals into typed errors', async () => {
    const { socket, sent } = fakeSocket();
    const client = await SignalingClient.connect(socket);
    const ping = client.request('ping', {});
    const admit = client.request('admit', { peerId: 'AAAAAAAAAAAA' });
    const [first, second] = sent.map((text) => JSON.parse(text) as { id: number; method: string });
    expect([first?.method, second?.method]).toEqual(['ping', 'admit']);
    socket.emit('message', {
      data: JSON.stringify({
        id: second!.id,
        ok: false,
        error: { code: 'FORBIDDEN', message: 'no' },
      }),
    });
    socket.emit('message', {
      data: JSON.stringify({ id: first!.id, ok: true, data: { serverTime: 42 } }),
    });
    await expect(ping).resolves.toEqual({ serverTime: 42 });
    const refused = await admit.catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SignalingError);
    expect(refused).toMatchObject({ code: 'FORBIDDEN' });
  });

  test('delivers valid notifications only, and rejects pending requests when the socket closes', async () => {
    const { socket } = fakeSocket();
    const client = await SignalingClient.connect(socket);
    const seen: unknown[] = [];
    client.on('activeSpeaker', (data) => seen.push(data));
    socket.emit('message', {
      data: JSON.stringify({ notification: 'activeSpeaker', data: { peerId: 42 } }),
    });
    socket.emit('message', { data: 'not json' });
    socket.emit('message', {
      data: JSON.stringify({ notification: 'activeSpeaker', data: { peerId: null } }),
    });
    expect(seen).toEqual([{ peerId: null }]);
    const pending = client.request('ping', {});
    const ended = client.once('sessionEnded');
    socket.emit('close', { code: 4005, reason: 'roomClosed' });
    await expect(pending).rejects.toThrow('4005');
    await expect(ended).rejects.toThrow('4005');
    expect(client.closed).toEqual({ code: 4005, reason: 'roomClosed' });
  });
});
