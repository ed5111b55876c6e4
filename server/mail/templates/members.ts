import type { Language } from '@shared/schemas/person';
import { html, type SafeHtml } from '../html';

/** A member an e-mail is about, named by its organisation. */
export interface ConcernedMember {
  organisation: string;
  memberNo: number;
  /** Associates and members pending validation take part but do not vote. */
  voting?: boolean;
}

const words: Record<
  Language,
  { heading: (count: number) => string; member: (member: ConcernedMember) => string; notVoting: string }
> = {
  en: {
    heading: (count) => (count === 1 ? 'For the member you represent:' : `For the ${count} members you represent:`),
    member: (member) => `${member.organisation} (member no. ${member.memberNo})`,
    notVoting: ' — takes part in the discussion, does not vote',
  },
  fr: {
    heading: (count) =>
      count === 1 ? 'Pour le membre que vous représentez :' : `Pour les ${count} membres que vous représentez :`,
    member: (member) => `${member.organisation} (membre n° ${member.memberNo})`,
    notVoting: ' — prend part aux discussions, ne vote pas',
  },
  pt: {
    heading: (count) => (count === 1 ? 'Pelo membro que representa:' : `Pelos ${count} membros que representa:`),
    member: (member) => `${member.organisation} (membro n.º ${member.memberNo})`,
    notVoting: ' — participa na discussão, não vota',
  },
  ru: {
    heading: (count) =>
      count === 1 ? 'За представляемого вами участника:' : `За представляемых вами участников (${count}):`,
    member: (member) => `${member.organisation} (участник № ${member.memberNo})`,
    notVoting: ' — участвует в обсуждении, не голосует',
  },
};

/** One e-mail per person names every member it concerns: the heading and one line per member. */
export function concernedMembers(
  language: Language,
  members: readonly ConcernedMember[],
): { text: string[]; html: SafeHtml } {
  const w = words[language];
  const line = (member: ConcernedMember) => `${w.member(member)}${member.voting === false ? w.notVoting : ''}`;
  return {
    text: [w.heading(members.length), ...members.map((member) => `  - ${line(member)}`)],
    html: html`<p>${w.heading(members.length)}</p>
      <ul>
        ${members.map((member) => html`<li>${line(member)}</li>`)}
      </ul>`,
  };
}
