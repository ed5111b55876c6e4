import { useCallback, useSyncExternalStore } from 'react';

/** From here on, a screen is wide enough for tables and side-by-side panes (the same 60em as the stylesheets). */
export const WIDE_SCREEN = '(min-width: 60em)';

/** Whether a CSS media query matches now; follows the window as it is resized or turned. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}
