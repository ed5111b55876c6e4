import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * A panel opened by a button: opening puts the focus on the panel's first field, closing
 * gives it back to the button (a keyboard user is not left at the top of the page).
 */
export function useDisclosure(onOpen?: () => void) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLFormElement>(null);
  // Where the focus goes once the change is on screen (not before: on a busy phone the render can
  // come after the next frame, and the focus would fall to the page).
  const focusNext = useRef<'panel' | 'button' | null>(null);
  useLayoutEffect(() => {
    if (focusNext.current === 'panel' && open)
      panelRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    if (focusNext.current === 'button' && !open) buttonRef.current?.focus();
    focusNext.current = null;
  }, [open]);
  const show = useCallback(() => {
    onOpen?.();
    focusNext.current = 'panel';
    setOpen(true);
  }, [onOpen]);
  const hide = useCallback(() => {
    focusNext.current = 'button';
    setOpen(false);
  }, []);
  return { open, show, hide, buttonRef, panelRef };
}

/** The button that opens a disclosed form, in its own paragraph; it gets the focus back on closing. */
export function DisclosureOpener({
  buttonRef,
  onOpen,
  label,
  secondary = true,
}: {
  buttonRef: RefObject<HTMLButtonElement | null>;
  onOpen: () => void;
  label: string;
  secondary?: boolean;
}) {
  return (
    <p>
      <button
        ref={buttonRef}
        type="button"
        className={secondary ? 'button button--secondary' : 'button'}
        onClick={onOpen}
      >
        {label}
      </button>
    </p>
  );
}
