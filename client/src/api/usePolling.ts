import { useEffect, useRef } from 'react';

/**
 * Calls `poll` every `intervalMs` while `active` (and the tab is visible: a phone in a pocket
 * does not keep asking). Stops as soon as `active` turns false or the component goes away.
 */
export function usePolling(poll: () => void, intervalMs: number, active: boolean): void {
  const pollRef = useRef(poll);
  useEffect(() => {
    pollRef.current = poll;
  });
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') pollRef.current();
    }, intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
}
