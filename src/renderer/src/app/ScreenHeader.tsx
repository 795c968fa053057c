import { useEffect, useRef, type ReactNode } from 'react';
import { LiveRegion } from './announcer';
import { useFocusOnMount } from './screen-focus';

type ScreenHeaderProps = {
  title: string;
  intro?: ReactNode;
};

/** Every screen's title, introduction and the place where action results appear. */
export function ScreenHeader({ title, intro }: ScreenHeaderProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusOnMount = useFocusOnMount();
  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);
  return (
    <header className="screen-header">
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {intro ? <p className="screen-intro">{intro}</p> : null}
      <LiveRegion />
    </header>
  );
}
