import { useEffect, useRef } from 'react';
import { markFirstRemoteFrame } from './metrics';

type VideoSurfaceProps = {
  track: MediaStreamTrack;
  /** One's own camera is shown as in a mirror, as people expect. */
  mirrored?: boolean;
  /** Marks the first picture of someone else (performance timing). */
  remote?: boolean;
  label?: string;
  /** Told the picture's height on screen when it changes (CSS pixels). */
  onHeight?: (height: number) => void;
};

/** A muted <video> showing one track; sound plays elsewhere (AudioOutput). */
export function VideoSurface({
  track,
  mirrored = false,
  remote = false,
  label,
  onHeight,
}: VideoSurfaceProps) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const video = ref.current;
    if (!video || !onHeight || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) onHeight(Math.round(entry.contentRect.height));
    });
    observer.observe(video);
    return () => observer.disconnect();
  }, [onHeight]);
  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    video.srcObject = new MediaStream([track]);
    void video.play().catch(() => undefined);
    if (remote) {
      // Firefox before 132 lacks requestVideoFrameCallback; the first decoded data is close enough.
      if (typeof video.requestVideoFrameCallback === 'function') {
        video.requestVideoFrameCallback(markFirstRemoteFrame);
      } else {
        (video as HTMLVideoElement).addEventListener('loadeddata', markFirstRemoteFrame, {
          once: true,
        });
      }
    }
    return () => {
      video.srcObject = null;
    };
  }, [track, remote]);
  return (
    <video
      ref={ref}
      className={mirrored ? 'video mirrored' : 'video'}
      autoPlay
      playsInline
      muted
      aria-label={label}
      aria-hidden={label ? undefined : true}
    />
  );
}
