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

  it('does not call anyone muted before media is live', () => {
    const tiles = tilesOf(snapshot({ phase: 'connecting', feeds: {} }));
    expect(tiles.map((tile) => tile.micOff)).toEqual([false, false, false]);
  });
});
