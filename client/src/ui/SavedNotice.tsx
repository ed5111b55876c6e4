import { useEffect, useRef, useState } from 'react';

/** Long enough to read a line; short enough that it is not taken for the state of a later change. */
export const savedNoticeMs = 8000;

/**
 * A line saying something was done ("The changes are saved."): it goes once the person edits again
 * anywhere in `within` (the form, by default the page's main part), or after a few seconds.
 * Remount it (a new `key`) to show it again for a new save.
 */
export function SavedNotice({
  children,
  className,
  within = 'main',
  live = true,
}: {
  children: string;
  className: string;
  within?: string;
  /** False when a live region around it already announces it. */
  live?: boolean;
}) {
  const ref = useRef<HTMLParagraphElement>(null);
  const [shown, setShown] = useState(true);
  useEffect(() => {
    const hide = () => setShown(false);
    const timer = window.setTimeout(hide, savedNoticeMs);
    const area = ref.current?.closest(within) ?? document;
    area.addEventListener('input', hide);
    return () => {
      window.clearTimeout(timer);
      area.removeEventListener('input', hide);
    };
  }, [within]);
  if (!shown) return null;
  return (
    <p ref={ref} className={className} role={live ? 'status' : undefined} data-testid="saved-notice">
      {children}
    </p>
  );
}
