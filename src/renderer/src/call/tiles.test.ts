import { describe, expect, it } from 'vitest';
import type { CallSnapshot } from './call-client';
import { tilesOf } from './tiles';

const track = (id: string) => ({ id }) as MediaStreamTrack;

function snapshot(change: Partial<CallSnapshot> = {}): CallSnapshot {
  return {
    phase: 'live',
    selfId: 'self-peer-1',
    role: 'participant',
    room: {
      roomId: 'room-abcdef',
      title: 'Groupe',
      locked: false,
      peers: [
        {
          peerId: 'anim-peer-1',
          displayName: 'Animation',
          role: 'facilitator',
          connected: true,
          audioOnly: false,
        },
        {
          peerId: 'self-peer-1',
          displayName: 'Alix',
          role: 'participant',
          connected: true,
          audioOnly: false,
        },
        {
          peerId: 'bao--peer-1',
          displayName: 'Bao',
          role: 'participant',
          connected: false,
          audioOnly: true,
        },
      ],
    },
    local: { audio: track('mic'), video: track('cam') },
    micMuted: false,
    cameraOff: false,
    audioOnly: false,
    held: { audio: false, video: false },
    videoDropped: false,
    ownScores: {},
    feeds: {
      'anim-peer-1': {
        audio: {
          consumerId: 'c1',
          peerId: 'anim-peer-1',
          kind: 'audio',
          track: track('a1'),
          paused: false,
        },
        video: {
          consumerId: 'c2',
          peerId: 'anim-peer-1',
          kind: 'video',
          track: track('v1'),
          paused: true,
        },
      },
    },
    speaking: ['anim-peer-1'],
    activeSpeaker: 'anim-peer-1',
    notice: null,
    mediaProblem: null,
    audioBlocked: false,
    end: null,
    ...change,
  };
}

describe('the people of a call as tiles', () => {
  it('shows oneself first, then the room in order, with what each person sends', () => {
    const [self, anim, bao] = tilesOf(snapshot());
    expect([self?.name, anim?.name, bao?.name]).toEqual(['Alix', 'Animation', 'Bao']);
    expect(self).toMatchObject({ isSelf: true, video: { id: 'cam' }, micOff: false });
    // A paused camera shows initials, not a frozen picture.
    expect(anim).toMatchObject({ video: null, micOff: false, speaking: true, role: 'facilitator' });
    expect(bao).toMatchObject({ audioOnly: true, away: true, micOff: false });
  });

  it('says when one’s microphone is off, and when the facilitator holds it', () => {
    expect(tilesOf(snapshot({ micMuted: true }))[0]).toMatchObject({
      micOff: true,
      micHeld: false,
    });
    expect(tilesOf(snapshot({ held: { audio: true, video: false } }))[0]).toMatchObject({
      micOff: true,
      micHeld: true,
    });
    expect(tilesOf(snapshot({ audioOnly: true }))[0]).toMatchObject({
      video: null,
      audioOnly: true,
    });
  });

  it('rates each connection by its weakest stream, and says nothing before a score is known', () => {
    const anim = snapshot().feeds['anim-peer-1']!;
    const rated = snapshot({
      ownScores: { audio: 10, video: 9 },
      feeds: {
        'anim-peer-1': {
          audio: { ...anim.audio!, score: 10, producerScore: 4 },
          video: { ...anim.video!, paused: false, score: 9, producerScore: 9 },
        },
      },
    });
    const [self, animTile, bao] = tilesOf(rated);
    expect(animTile?.quality).toBe('poor');
    expect(self?.quality).toBe('good');
    expect(bao?.quality).toBeNull();
    expect(tilesOf(snapshot())[0]?.quality).toBeNull();
  });

  it('shows initials instead of a frozen picture when no layer fits the downlink', () => {
    const anim = snapshot().feeds['anim-peer-1']!;
    const stalled = snapshot({
      feeds: {
        'anim-peer-1': { ...anim, video: { ...anim.video!, paused: false, spatialLayer: null } },
      },
    });
    expect(tilesOf(stalled)[1]).toMatchObject({ video: null, pictureStalled: true });
    const flowing = snapshot({
      feeds: {
        'anim-peer-1': { ...anim, video: { ...anim.video!, paused: false, spatialLayer: 0 } },
      },
    });
    expect(tilesOf(flowing)[1]).toMatchObject({ video: { id: 'v1' }, pictureStalled: false });
  });

  it('does not call anyone muted before media is live', () => {
    const tiles = tilesOf(snapshot({ phase: 'connecting', feeds: {} }));
    expect(tiles.map((tile) => tile.micOff)).toEqual([false, false, false]);
  });
});
