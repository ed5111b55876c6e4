import type { Language } from '@shared/schemas/person';
import { emailLayout, html } from '../html';
import { formatInstant } from '../format';
import type { RenderedEmail } from '../renderedEmail';

export interface ExclusionProposedEmail {
  name: string;
  organisation: string;
  memberNo: number;
  ground: 'deliberate_harm' | 'unmet_obligations';
  reasons: string;
  proposedAt: string;
  earliestDecisionAt: string;
  /** The recipient's time zone, in which the dates are written. */
  timeZone: string;
  networkName: string;
}

const grounds = {
  en: {
    deliberate_harm: 'deliberate and unjustified harm to the network or one of its members',
    unmet_obligations: 'obligations not met for at least three years',
  },
  fr: {
    deliberate_harm: 'un préjudice délibéré et sans justification au réseau ou à l’un de ses membres',
    unmet_obligations: 'des obligations non remplies depuis au moins trois ans',
  },
} as const;

/** S.11: the Direction informs the member of a proposed exclusion and its reasons, at once. */
export const exclusionProposedEmail: Record<Language, (data: ExclusionProposedEmail) => RenderedEmail> = {
  en: (input) => {
    const data = {
      ...input,
      proposedAt: formatInstant(input.proposedAt, 'en', input.timeZone),
      earliestDecisionAt: formatInstant(input.earliestDecisionAt, 'en', input.timeZone),
    };
    return {
      subject: `${data.networkName}: the Direction proposes to exclude ${data.organisation}`,
      text: [
        `Hello ${data.name},`,
        '',
        `On ${data.proposedAt}, the Direction of ${data.networkName} proposed to exclude the member you represent, ${data.organisation} (no. ${data.memberNo}), on the ground of ${grounds.en[data.ground]} (article 11 of the statutes).`,
        '',
        'The reasons given by the Direction:',
        data.reasons,
        '',
        `The decision belongs to a general assembly opening on ${data.earliestDecisionAt} or later, so that the member has at least one month to prepare its defence. You will receive its convocation, and you may present your arguments there.`,
      ].join('\n'),
      html: emailLayout({
        language: 'en',
        title: 'Proposed exclusion',
        body: html`<p>Hello ${data.name},</p>
          <p>
            On ${data.proposedAt}, the Direction of ${data.networkName} proposed to exclude the member you represent,
            <strong>${data.organisation}</strong> (no. ${data.memberNo}), on the ground of ${grounds.en[data.ground]}
            (article 11 of the statutes).
          </p>
          <p>The reasons given by the Direction:</p>
          <blockquote style="border-left:4px solid #c7ccd6;margin:0;padding:4px 12px;white-space:pre-wrap;">
            ${data.reasons}
          </blockquote>
          <p>
            The decision belongs to a general assembly opening on <strong>${data.earliestDecisionAt}</strong> or later,
            so that the member has at least one month to prepare its defence. You will receive its convocation, and you
            may present your arguments there.
          </p>`,
        footer: `${data.networkName} — statutes, article 11.`,
      }),
    };
  },
  fr: (input) => {
    const data = {
      ...input,
      proposedAt: formatInstant(input.proposedAt, 'fr', input.timeZone),
      earliestDecisionAt: formatInstant(input.earliestDecisionAt, 'fr', input.timeZone),
    };
    return {
      subject: `${data.networkName} : la Direction propose l’exclusion de ${data.organisation}`,
      text: [
        `Bonjour ${data.name},`,
        '',
        `Le ${data.proposedAt}, la Direction de ${data.networkName} a proposé d’exclure le membre que vous représentez, ${data.organisation} (n° ${data.memberNo}), pour ${grounds.fr[data.ground]} (article 11 des statuts).`,
        '',
        'Les motifs donnés par la Direction :',
        data.reasons,
        '',
        `La décision revient à une assemblée générale ouverte le ${data.earliestDecisionAt} ou plus tard, afin que le membre dispose d’au moins un mois pour présenter sa défense. Vous en recevrez la convocation et pourrez y présenter vos arguments.`,
      ].join('\n'),
      html: emailLayout({
        language: 'fr',
        title: 'Proposition d’exclusion',
        body: html`<p>Bonjour ${data.name},</p>
          <p>
            Le ${data.proposedAt}, la Direction de ${data.networkName} a proposé d’exclure le membre que vous
            représentez, <strong>${data.organisation}</strong> (n° ${data.memberNo}), pour ${grounds.fr[data.ground]}
            (article 11 des statuts).
          </p>
          <p>Les motifs donnés par la Direction :</p>
          <blockquote style="border-left:4px solid #c7ccd6;margin:0;padding:4px 12px;white-space:pre-wrap;">
            ${data.reasons}
          </blockquote>
          <p>
            La décision revient à une assemblée générale ouverte le <strong>${data.earliestDecisionAt}</strong> ou plus
            tard, afin que le membre dispose d’au moins un mois pour présenter sa défense. Vous en recevrez la
            convocation et pourrez y présenter vos arguments.
          </p>`,
        footer: `${data.networkName} — statuts, article 11.`,
      }),
    };
  },
};
