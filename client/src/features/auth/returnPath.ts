import { isLocalPath } from '../../app/paths';

const KEY = 'agora.returnAfterSignIn';
/** A saved page older than the link's life (20 minutes) and some margin is forgotten. */
const MAX_AGE_MS = 60 * 60 * 1000;

interface Saved {
  path: string;
  savedAt: number;
}

/**
 * Remembers the page to come back to after signing in. The e-mail link usually opens in a new
 * tab, which starts with an empty sessionStorage: the same note also goes to localStorage, for
 * an hour, so the new tab finds it too.
 */
export function saveReturnPath(path: string): void {
  if (!isLocalPath(path)) return;
  const saved: Saved = { path, savedAt: Date.now() };
  for (const storage of storages()) {
    try {
      storage.setItem(KEY, JSON.stringify(saved));
    } catch {
      // Storage disabled: the person lands on the home page instead.
    }
  }
}

/** The page saved before signing in, if any (and forgets it): this tab's first, else a recent one. */
export function takeReturnPath(): string | null {
  let found: string | null = null;
  for (const storage of storages()) {
    try {
      const saved = parse(storage.getItem(KEY));
      storage.removeItem(KEY);
      if (found === null && saved && Date.now() - saved.savedAt < MAX_AGE_MS) found = saved.path;
    } catch {
      // Unreadable storage: nothing saved.
    }
  }
  return found;
}

function storages(): Storage[] {
  const list: Storage[] = [];
  try {
    list.push(window.sessionStorage, window.localStorage);
  } catch {
    // Some browsers throw on merely reading the property when storage is disabled.
  }
  return list;
}

function parse(text: string | null): Saved | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<Saved>;
    return typeof value.path === 'string' && typeof value.savedAt === 'number' && isLocalPath(value.path)
      ? { path: value.path, savedAt: value.savedAt }
      : null;
  } catch {
    return null;
  }
}
