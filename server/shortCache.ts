/**
 * Remembers values for a short time within one worker process, so the thousands of jobs of one
 * dispatch do not each read the same assembly from Redis. Only for data where being a second
 * late is harmless (a later change brings its own sending).
 */
export function shortCache<T>(ttlMs: number) {
  const entries = new Map<string, { value: Promise<T>; until: number }>();
  return async (key: string, load: () => Promise<T>): Promise<T> => {
    const now = Date.now();
    const hit = entries.get(key);
    if (hit && hit.until > now) return hit.value;
    const value = load();
    entries.set(key, { value, until: now + ttlMs });
    value.catch(() => entries.delete(key));
    if (entries.size > 1000) for (const [stale, entry] of entries) if (entry.until <= now) entries.delete(stale);
    return value;
  };
}
