import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agendaItemKinds, motionKindOfAgendaItem } from '@shared/rules/motions';
import { amendedTextMaxLength, textAmendedBy } from '@shared/rules/textChanges';
import type { AgendaItem, AgendaItemKind } from '@shared/schemas/assembly';
import { TextAreaField, TextField } from '../../ui/field';
import { FormButtons, FormFailure, onSubmit, useSubmission } from '../../ui/form';
import { lazySchema, usePreloadedSchema } from '../../ui/lazySchema';
import { useDisclosure } from '../../ui/disclosure';
import { openMotion } from './api';

const openMotionInput = lazySchema(() =>
  import('@shared/schemas/voting').then((schemas) => schemas.openMotionInputSchema),
);

/** The Table puts a motion on an agenda item to the vote; it closes with the room. */
export function OpenMotionForm({
  assemblyId,
  item,
  agenda,
  onOpened,
}: {
  assemblyId: string;
  item: AgendaItem;
  agenda: AgendaItem[];
  onOpened: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const disclosure = useDisclosure();
  const submission = useSubmission(disclosure.panelRef, ['title', 'text', 'amendedText']);
  usePreloadedSchema(openMotionInput, disclosure.panelRef);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [amendedText, setAmendedText] = useState('');
  const [secret, setSecret] = useState(false);
  const [action, setAction] = useState<'add' | 'drop' | 'move'>('add');
  const [target, setTarget] = useState('');
  const [position, setPosition] = useState(1);
  const [newTitle, setNewTitle] = useState('');
  const [newKind, setNewKind] = useState<AgendaItemKind>('ordinary_decision');
  const kind = motionKindOfAgendaItem[item.kind];
  if (!kind || kind === 'election') return null;
  // S.12, R.12: a statute or rules change may carry the whole new text, stored as the next version once adopted.
  const amends = textAmendedBy[kind];

  const send = async () => {
    const agendaChange =
      kind !== 'agenda_change'
        ? null
        : action === 'add'
          ? { action, item: { kind: newKind, title: newTitle, description: '', subjectMemberNo: null } }
          : action === 'drop'
            ? { action, itemId: target }
            : { action, itemId: target, to: position - 1 };
    const input = {
      itemId: item.id,
      kind,
      title,
      text,
      secret,
      subjectMemberNo: item.subjectMemberNo ?? null,
      agendaChange,
      amendedText: amends && amendedText.trim() ? amendedText : null,
    };
    const opened = await submission.submit(openMotionInput.safeParse(input), (parsed) =>
      openMotion(assemblyId, parsed),
    );
    if (opened) {
      setTitle('');
      setText('');
      setAmendedText('');
      disclosure.hide();
      onOpened();
    }
  };

  if (!disclosure.open) {
    return (
      <p>
        <button ref={disclosure.buttonRef} type="button" className="button button--secondary" onClick={disclosure.show}>
          {t('votes.openMotion')}
        </button>
      </p>
    );
  }
  return (
    <form ref={disclosure.panelRef} className="form motion-form" noValidate onSubmit={onSubmit(() => void send())}>
      <TextField
        id={`${id}-title`}
        label={t('votes.motionTitle')}
        error={submission.fieldErrors.title}
        value={title}
        maxLength={200}
        onChange={setTitle}
      />
      <TextAreaField
        id={`${id}-text`}
        label={t('votes.motionText')}
        error={submission.fieldErrors.text}
        rows={4}
        value={text}
        onChange={setText}
      />
      {amends && (
        <TextAreaField
          id={`${id}-amended`}
          label={t('texts.amendedText')}
          hint={t('texts.amendedTextHint', { text: t(`texts.nameOf.${amends}`) })}
          error={submission.fieldErrors.amendedText}
          optional
          lang="fr"
          rows={10}
          maxLength={amendedTextMaxLength}
          value={amendedText}
          onChange={setAmendedText}
        />
      )}
      {kind === 'agenda_change' && (
        <fieldset className="fieldset">
          <legend>{t('votes.agendaChange')}</legend>
          <div className="field">
            <label htmlFor={`${id}-action`}>{t('votes.agendaAction')}</label>
            <select
              id={`${id}-action`}
              value={action}
              onChange={(event) => setAction(event.target.value as typeof action)}
            >
              <option value="add">{t('votes.agendaAdd')}</option>
              <option value="drop">{t('votes.agendaDrop')}</option>
              <option value="move">{t('votes.agendaMove')}</option>
            </select>
          </div>
          {action === 'add' ? (
            <>
              <div className="field">
                <label htmlFor={`${id}-new-kind`}>{t('votes.agendaNewKind')}</label>
                <select
                  id={`${id}-new-kind`}
                  value={newKind}
                  onChange={(event) => setNewKind(event.target.value as AgendaItemKind)}
                >
                  {agendaItemKinds.map((candidate) => (
                    <option key={candidate} value={candidate}>
                      {t(`agendaKind.${candidate}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-new-title`}>{t('votes.agendaNewTitle')}</label>
                <input
                  id={`${id}-new-title`}
                  value={newTitle}
                  maxLength={200}
                  onChange={(event) => setNewTitle(event.target.value)}
                />
              </div>
            </>
          ) : (
            <div className="field">
              <label htmlFor={`${id}-target`}>{t('votes.agendaTarget')}</label>
              <select id={`${id}-target`} value={target} onChange={(event) => setTarget(event.target.value)}>
                <option value="">{t('form.choose')}</option>
                {agenda.map((candidate, index) => (
                  <option key={candidate.id} value={candidate.id}>
                    {index + 1}. {candidate.title}
                  </option>
                ))}
              </select>
            </div>
          )}
          {action === 'move' && (
            <div className="field">
              <label htmlFor={`${id}-position`}>{t('votes.agendaPosition')}</label>
              <input
                id={`${id}-position`}
                type="number"
                min={1}
                max={agenda.length}
                value={position}
                onChange={(event) => setPosition(Number(event.target.value) || 1)}
              />
            </div>
          )}
        </fieldset>
      )}
      <label className="checkbox">
        <input type="checkbox" checked={secret} onChange={(event) => setSecret(event.target.checked)} />{' '}
        {t('votes.secretChoice')}
      </label>
      <p className="hint">{t('votes.closesWithRoom')}</p>
      <FormFailure failure={submission.failure} message={submission.formMessage} />
      <FormButtons pending={submission.pending} label={t('votes.openConfirm')} onCancel={disclosure.hide} />
    </form>
  );
}
