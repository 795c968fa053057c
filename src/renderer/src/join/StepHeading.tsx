import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Each step's title. It takes focus when the step appears (not on first
 * load), so a screen reader starts reading the new step from its top.
 */
export function StepHeading({ children, focus }: { children: ReactNode; focus: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
