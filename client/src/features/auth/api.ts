import type { MeResponse, SignInRequestResponse } from '@shared/api/session';
import type { ProfileUpdate, SignInRequest } from '@shared/schemas/auth';
import { getJson, patchJson, postJson } from '../../api/http';

/** Who is signed in, what they represent and may do; 401 when nobody is. */
export function fetchMe(signal?: AbortSignal): Promise<MeResponse> {
  return getJson<MeResponse>('/api/me', { signal });
}

/** Asks for a sign-in link; the answer is the same whether or not the address is known. */
export function requestSignInLink(input: SignInRequest): Promise<SignInRequestResponse> {
  return postJson<SignInRequestResponse>('/api/auth/sign-in', input);
}

/** Spends the token of a sign-in link; the server sets the session cookie. */
export function completeSignIn(token: string): Promise<void> {
  return postJson<void>('/api/auth/sign-in/complete', { token });
}

export function signOut(): Promise<void> {
  return postJson<void>('/api/auth/sign-out', {});
}

/** Ends every session of this person, on every device, this one included. */
export function signOutEverywhere(): Promise<void> {
  return postJson<void>('/api/auth/sign-out-everywhere', {});
}

export function updateProfile(update: ProfileUpdate): Promise<MeResponse> {
  return patchJson<MeResponse>('/api/me', update);
}
