import type { ReactNode } from 'react';
import { actionRequirements, personalLinkActions, type Action } from '@shared/rules/permissions';
import { useSession } from '../features/auth/session';
import { LinkScopeNotice } from './LinkScopeNotice';
import { PermissionNotice } from './PermissionNotice';
import { Loading } from './QueryStatus';

/**
 * Shows `children` to a person who may take `action`, and the reason to anyone else, instead of
 * a page that would only fail. The server checks again: this only spares a broken page.
 */
export function RequirePermission({ action, children }: { action: Action; children: ReactNode }) {
  const { state } = useSession();
  if (state.status === 'loading') return <Loading slow={false} />;
  if (state.status === 'signed_out') return <PermissionNotice missing="signed_in" />;
  // A personal link's session reaches its assembly only (and the person's profile, the archive, the texts).
  if (state.status === 'signed_in' && state.me.scope !== null) {
    return personalLinkActions.includes(action) ? <>{children}</> : <LinkScopeNotice />;
  }
  if (state.status === 'signed_in' && !state.me.permissions[action]) {
    return <PermissionNotice missing={actionRequirements[action]} />;
  }
  // Signed in and allowed, or the server could not be asked: the page asks for its data and
  // shows whatever the server answers.
  return <>{children}</>;
}
