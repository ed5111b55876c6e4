import { lazy, type ComponentType, type JSX } from 'react';

/** A component whose code is fetched the first time it is needed, or earlier with `preload`. */
export interface LoadedLater<P extends object> {
  (props: P): JSX.Element;
  /** Starts fetching the code now; resolves when it is there. */
  preload: () => Promise<unknown>;
}

/**
 * Like React's `lazy`, with one difference that counts on a slow line: once the code is there
 * (preloaded while something else was awaited), the component renders at once instead of
 * suspending, so no loading state shows and React does not hold the page back to batch reveals.
 */
export function loadLater<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): LoadedLater<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const fetchCode = () => {
    loading ??= load().then(
      (module) => (loaded = pick(module)),
      (error: unknown) => {
        loading = null; // a later render may try again
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(() => fetchCode().then((component) => ({ default: component })));
  const Component = (props: P) => {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...(props as P & JSX.IntrinsicAttributes)} />;
  };
  Component.preload = fetchCode;
  return Component;
}
