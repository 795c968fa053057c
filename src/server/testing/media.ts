import type { RequestInput } from '../../shared/signaling';
import type { SignalingClient } from '../../shared/signaling/client';

/** Test support for media: what a browser would send, without a browser. */

type Produce = RequestInput<'produce'>['rtpParameters'];

/** What a browser would send for Opus; fixed SSRCs since no packets flow in these tests. */
export const opus = (ssrc: number): Produce => ({
  mid: '0',
  codecs: [
    {
      mimeType: 'audio/opus',
      payloadType: 111,
      clockRate: 48000,
      channels: 2,
      parameters: { useinbandfec: 1 },
    },
  ],
  headerExtensions: [{ uri: 'urn:ietf:params:rtp-hdrext:sdes:mid', id: 1 }],
  encodings: [{ ssrc }],
  rtcp: { cname: `a${ssrc}` },
});

/** VP8 with three simulcast layers, as mediasoup-client sends it. */
export const vp8Simulcast = (ssrc: number): Produce => ({
  mid: '1',
  codecs: [
    {
      mimeType: 'video/VP8',
      payloadType: 96,
      clockRate: 90000,
      rtcpFeedback: [
        { type: 'nack' },
        { type: 'nack', parameter: 'pli' },
        { type: 'ccm', parameter: 'fir' },
      ],
    },
    { mimeType: 'video/rtx', payloadType: 97, clockRate: 90000, parameters: { apt: 96 } },
  ],
  headerExtensions: [{ uri: 'urn:ietf:params:rtp-hdrext:sdes:mid', id: 1 }],
  encodings: [0, 1, 2].map((layer) => ({
    ssrc: ssrc + layer * 2,
    rtx: { ssrc: ssrc + layer * 2 + 1 },
    scalabilityMode: 'L1T3',
  })),
  rtcp: { cname: `v${ssrc}` },
});

/** Transports both ways and startMedia, as the CallClient will do. */
export async function setUpMedia(
  client: SignalingClient,
  prefs = { sendVideo: true, receiveVideo: true },
) {
  const { rtpCapabilities } = await client.request('getRouterRtpCapabilities', {});
  const send = await client.request('createTransport', { direction: 'send' });
  const recv = await client.request('createTransport', { direction: 'recv' });
  await client.request('startMedia', { rtpCapabilities, ...prefs });
  return { send, recv, rtpCapabilities };
}
