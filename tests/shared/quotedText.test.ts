import { describe, expect, it } from 'vitest';
import { stripQuotedText } from '../../server/mail/quotedText';

describe('what a person wrote in a reply by e-mail', () => {
  it.each([
    [
      'Gmail in English',
      'I agree with the budget.\n\nOn Mon, 7 Dec 2026 at 10:00, Agora <agora@example.org> wrote:\n> New message',
    ],
    [
      'Gmail in French',
      'I agree with the budget.\n\nLe lun. 7 déc. 2026 à 10:00, Agora <agora@example.org> a écrit :\n> Nouveau message',
    ],
    [
      'Gmail in Portuguese',
      'I agree with the budget.\n\nEm seg., 7 de dez. de 2026 às 10:00, Agora <agora@example.org> escreveu:\n> Nova mensagem',
    ],
    [
      'in Russian',
      'I agree with the budget.\n\n7 дек. 2026 г., в 10:00, Agora <agora@example.org> написал(а):\n> Новое сообщение',
    ],
    ['in Russian, a woman', 'I agree with the budget.\n\nАнна написала:\n> Новое сообщение'],
    [
      'a header wrapped over two lines',
      'I agree with the budget.\n\nOn Mon, 7 Dec 2026 at 10:00, Agora Assembly Room\n<agora@example.org> wrote:\n> quoted',
    ],
    ['lines quoted with >', '> Should we adopt it?\nI agree with the budget.\n>> earlier'],
    ['a signature', 'I agree with the budget.\n-- \nAna Lima\nCoordinator'],
    [
      'Outlook in English',
      'I agree with the budget.\n\n________________________________\nFrom: Agora <agora@example.org>\nSent: Monday\nTo: Ana\nSubject: Budget',
    ],
    [
      'Outlook in French, no rule',
      'I agree with the budget.\n\nDe : Agora <agora@example.org>\nEnvoyé : lundi 7 décembre 2026 10:00\nÀ : Ana\nObjet : Budget',
    ],
    [
      'Outlook in Portuguese, bold',
      'I agree with the budget.\r\n\r\n*De:* Agora <agora@example.org>\r\n*Enviada:* segunda-feira\r\n*Para:* Ana',
    ],
  ])('keeps only the new words (%s)', (_mail, text) => {
    expect(stripQuotedText(text)).toBe('I agree with the budget.');
  });

  it('keeps a paragraph that merely starts like a header', () => {
    expect(stripQuotedText('On Monday we vote.\nDe: nothing follows here.')).toBe(
      'On Monday we vote.\nDe: nothing follows here.',
    );
  });

  it('leaves nothing of a reply that only quotes', () => {
    expect(stripQuotedText('\n\nOn Mon, 7 Dec 2026, Agora <a@b.org> wrote:\n> hello')).toBe('');
  });
});
