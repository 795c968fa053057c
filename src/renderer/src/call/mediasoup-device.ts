// The media library's own chunk: the participant page loads it when media starts
// (see load-mediasoup.ts), never before its first screen.
export { Device } from 'mediasoup-client';
