import { createContext, useContext } from 'react';

/**
 * Whether a screen should take focus when it appears: yes after the user
 * picked it in the navigation (so a screen reader lands on its title), no on
 * the first render of the app.
 */
export const ScreenFocusContext = createContext(false);

export function useFocusOnMount(): boolean {
  return useContext(ScreenFocusContext);
}
