import { useEffect, type RefObject } from 'react';
import type { Parsed } from './form';

/** What a form needs of a shared schema: its check. */
interface Schema<T> {
  safeParse(input: unknown): Parsed<T>;
}

/**
 * A shared schema whose code (zod with it) is fetched when a form needs it, not with the page:
 * on a slow line the page shows sooner, and the check is there by the time the person sends.
 */
export interface LazySchema<T> {
  /** Checks `input`, fetching the schema first if it is not there yet (rejects when it cannot be fetched). */
  safeParse(input: unknown): Promise<Parsed<T>>;
  /** Starts fetching the schema now. */
  preload(): Promise<unknown>;
}

export function lazySchema<T>(load: () => Promise<Schema<T>>): LazySchema<T> {
  let loading: Promise<Schema<T>> | null = null;
  const fetchSchema = () => {
    loading ??= load().catch((error: unknown) => {
      loading = null; // the next attempt tries again
      throw error;
    });
    return loading;
  };
  return {
    safeParse: async (input) => (await fetchSchema()).safeParse(input),
    preload: fetchSchema,
  };
}

/**
 * Fetches a form's schema as soon as the person starts on the form (a tap in it, or the focus
 * entering it), so the check is there by the time they send, and someone who only reads never
 * fetches it. A failure is left to the send, which says so next to the button.
 */
export function usePreloadedSchema(schema: LazySchema<unknown>, formRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const events = ['pointerdown', 'focusin'] as const;
    const stop = () => events.forEach((name) => document.removeEventListener(name, onStart, true));
    function onStart(event: Event) {
      if (!(event.target instanceof Node) || !formRef.current?.contains(event.target)) return;
      stop();
      schema.preload().catch(() => undefined);
    }
    events.forEach((name) => document.addEventListener(name, onStart, true));
    return stop;
  }, [schema, formRef]);
}
