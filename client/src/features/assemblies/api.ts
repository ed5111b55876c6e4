import type { AssembliesResponse, AssemblyView, CalendarResponse, DeliveriesResponse } from '@shared/api/assemblies';
import type { PersonalLinkResponse } from '@shared/api/session';
import type { AgendaItemInput, AssemblyDocument, AssemblyDraft } from '@shared/schemas/assembly';
import { deleteJson, getJson, patchJson, postFile, postJson } from '../../api/http';

const base = (id: string) => `/api/assemblies/${encodeURIComponent(id)}`;

/** Every assembly a person may see (the Table also sees the drafts). */
export function fetchAssemblies(signal?: AbortSignal): Promise<AssembliesResponse> {
  return getJson<AssembliesResponse>('/api/assemblies', { signal });
}

/** S.6, S.7: the assemblies the statutes require this year, and the last day to convene each. */
export function fetchCalendar(signal?: AbortSignal): Promise<CalendarResponse> {
  return getJson<CalendarResponse>('/api/calendar', { signal });
}

export function fetchAssembly(id: string, signal?: AbortSignal): Promise<AssemblyView> {
  const early = asked?.id === id && Date.now() - asked.at < 10_000 ? asked.answer : null;
  asked = null;
  return early ?? getJson<AssemblyView>(base(id), { signal });
}

/** An assembly asked for before its page was on screen, taken by the page's first load. */
let asked: { id: string; at: number; answer: Promise<AssemblyView> } | null = null;

/** Asks for an assembly now, while its page's code is still on its way (after a personal link). */
export function askForAssemblyEarly(id: string): void {
  asked = { id, at: Date.now(), answer: getJson<AssemblyView>(base(id)) };
  asked.answer.catch(() => undefined); // read, and reported, by the page
}

/** R.6, R.7: the Table drafts an assembly; nothing is sent yet. */
export function createAssembly(draft: AssemblyDraft): Promise<AssemblyView> {
  return postJson<AssemblyView>('/api/assemblies', draft);
}

/** Changes a draft's kind, title or opening (the closing follows, 24 hours later). */
export function updateAssembly(id: string, draft: AssemblyDraft): Promise<AssemblyView> {
  return patchJson<AssemblyView>(base(id), draft);
}

export function addAgendaItem(id: string, item: AgendaItemInput): Promise<AssemblyView> {
  return postJson<AssemblyView>(`${base(id)}/agenda`, item);
}

export function removeAgendaItem(id: string, itemId: string): Promise<AssemblyView> {
  return deleteJson<AssemblyView>(`${base(id)}/agenda/${encodeURIComponent(itemId)}`);
}

/** Moves an item to a 0-based position of the agenda. */
export function moveAgendaItem(id: string, itemId: string, to: number): Promise<AssemblyView> {
  return postJson<AssemblyView>(`${base(id)}/agenda/${encodeURIComponent(itemId)}/move`, { to });
}

/** Attaches a file to an item; the server checks its size (10 MB) and its real type. */
export function uploadDocument(id: string, itemId: string, file: File): Promise<AssemblyDocument> {
  const path = `${base(id)}/agenda/${encodeURIComponent(itemId)}/documents?${new URLSearchParams({ name: file.name }).toString()}`;
  return postFile<AssemblyDocument>(path, file, file.type || 'application/octet-stream');
}

/** Where a document downloads from (an attachment: it never opens inside Agora). */
export function documentUrl(id: string, documentId: string): string {
  return `${base(id)}/documents/${encodeURIComponent(documentId)}`;
}

export type ConveneAnswer = AssemblyView & { dispatchNo: number; sent: boolean };

/** Sends the convocation (or the updated one) to every member; a second call sends nothing more. */
export function conveneAssembly(id: string): Promise<ConveneAnswer> {
  return postJson<ConveneAnswer>(`${base(id)}/convene`, {});
}

/** Cancels the assembly; the members convened are e-mailed the reason. */
export function cancelAssembly(id: string, reason: string): Promise<AssemblyView> {
  return postJson<AssemblyView>(`${base(id)}/cancel`, { reason });
}

export function fetchDeliveries(id: string, signal?: AbortSignal): Promise<DeliveriesResponse> {
  return getJson<DeliveriesResponse>(`${base(id)}/deliveries`, { signal });
}

/** One more sending of a member's convocation, to its representative now. */
/** Resends the one e-mail of the member's representative; says which members it names. */
export function resendConvocation(id: string, memberNo: number): Promise<{ message: string; memberNos: number[] }> {
  return postJson<{ message: string; memberNos: number[] }>(`${base(id)}/deliveries/${memberNo}/resend`, {});
}

/** Spends the token of a convocation's personal link: a session reaching only its assembly. */
export function openPersonalLink(token: string): Promise<PersonalLinkResponse> {
  return postJson<PersonalLinkResponse>('/api/auth/assembly-link', { token });
}
