import { useSession } from '../features/auth/session';
import { browserTimeZone } from './format';

/** The zone to show instants in: the signed-in person's own (from their profile), else this browser's. */
export function useTimeZone(): string {
  const { me } = useSession();
  return me?.person.timeZone ?? browserTimeZone();
}
