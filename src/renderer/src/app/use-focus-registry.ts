import { useCallback, useEffect, useRef, useState, type RefCallback } from 'react';

/**
 * Moves keyboard focus to an element that may only exist after the next
 * render (the next row after an archive, the button of a renamed row). The
 * first key in the list that is on screen wins, so callers give fallbacks.
 */
export function useFocusRegistry() {
  const elements = useRef(new Map<string, HTMLElement>());
  const pending = useRef<readonly string[]>([]);
  const [request, setRequest] = useState(0);

  useEffect(() => {
    const keys = pending.current;
    pending.current = [];
    for (const key of keys) {
      const element = elements.current.get(key);
      if (element) {
        element.focus();
        return;
      }
    }
  }, [request]);

  const register = useCallback(
    (key: string): RefCallback<HTMLElement> =>
      (element) => {
        if (!element) return;
        elements.current.set(key, element);
        return () => {
          if (elements.current.get(key) === element) elements.current.delete(key);
        };
      },
    [],
  );

  const focusAfterRender = useCallback((...keys: string[]) => {
    pending.current = keys;
    setRequest((count) => count + 1);
  }, []);

  return { register, focusAfterRender };
}

export type FocusRegistry = ReturnType<typeof useFocusRegistry>;
