import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssemblyView } from '@shared/api/assemblies';
import type { AgendaItem, AssemblyDocument } from '@shared/schemas/assembly';
import { paths } from '../../app/paths';
import { toApiFailure } from '../../api/http';
import { FormFailure } from '../../ui/form';
import { useRequest } from '../../ui/useRequest';
import { documentUrl, moveAgendaItem, removeAgendaItem, uploadDocument } from './api';
import { assemblyFailureText } from './failures';
import { DocumentItem } from './DocumentItem';

/** The largest document the server takes (checked there too): refused here before a long upload. */
const documentMaxBytes = 10 * 1024 * 1024;
const acceptedFiles = '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.webp,.gif';

interface Props {
  view: AssemblyView;
  /** The Table, while the agenda may still change (a draft, or convened with notice left). */
  canEdit: boolean;
  onView: (view: AssemblyView) => void;
  /** Something changed that the answer did not carry (a document): load the assembly again. */
  onChanged: () => void;
}

/** The agenda (R.6, R.7: sent with the convocation), each item with its documents; the Table edits it here. */
export function AgendaSection({ view, canEdit, onView, onChanged }: Props) {
  const { t } = useTranslation();
  const { assembly } = view;
  const documents = new Map(view.documents.map((document) => [document.id, document]));
  const { pending, failure, run } = useRequest();
  const listRef = useRef<HTMLOListElement>(null);

  /** Runs one change of the agenda; `focus` names the control to give the focus back to afterwards. */
  const change = (itemId: string, action: () => Promise<AssemblyView>, focus: string | null) =>
    run(async () => {
      onView(await action());
      if (focus) {
        requestAnimationFrame(() => {
          const list = listRef.current;
          const target =
            list?.querySelector<HTMLButtonElement>(`[data-control="${focus}"][data-item="${itemId}"]:not(:disabled)`) ??
            list?.querySelector<HTMLButtonElement>(`[data-item="${itemId}"][data-control^="move"]:not(:disabled)`);
          target?.focus();
        });
      }
    });

  return (
    <section className="agenda" aria-labelledby="agenda-title">
      <h2 id="agenda-title">
        {t('agenda.title')} <span className="count-pill">{assembly.agenda.length}</span>
      </h2>
      {failure && <FormFailure failure={failure} message={assemblyFailureText(failure, t)} />}
      {assembly.agenda.length === 0 ? (
        <p className="empty empty--small">{canEdit ? t('agenda.emptyTable') : t('agenda.empty')}</p>
      ) : (
        <ol ref={listRef} className="agenda-list">
          {assembly.agenda.map((item, index) => (
            <li key={item.id} className="agenda-item" data-testid="agenda-item">
              <div className="agenda-item__head">
                <span className="agenda-item__no" aria-hidden="true">
                  {index + 1}.
                </span>
                <h3 className="agenda-item__title">{item.title}</h3>
                <span className={`badge badge--agenda badge--agenda-${item.kind}`}>{t(`agendaKind.${item.kind}`)}</span>
              </div>
              {item.subjectMemberNo !== null && (
                <p className="agenda-item__member">
                  {t('agenda.member')}{' '}
                  <Link to={paths.member(item.subjectMemberNo)}>
                    {t('register.memberNo', { memberNo: item.subjectMemberNo })}
                  </Link>
                </p>
              )}
              {item.description && <p className="prose-text agenda-item__description">{item.description}</p>}
              <DocumentList assemblyId={assembly.id} item={item} documents={documents} />
              {canEdit && (
                <div className="agenda-item__tools">
                  <div className="toolbar">
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      data-item={item.id}
                      data-control="move-up"
                      disabled={index === 0 || pending}
                      onClick={() =>
                        void change(item.id, () => moveAgendaItem(assembly.id, item.id, index - 1), 'move-up')
                      }
                    >
                      <span aria-hidden="true">↑ </span>
                      {t('agenda.moveUp')}
                      <span className="visually-hidden"> {item.title}</span>
                    </button>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      data-item={item.id}
                      data-control="move-down"
                      disabled={index === assembly.agenda.length - 1 || pending}
                      onClick={() =>
                        void change(item.id, () => moveAgendaItem(assembly.id, item.id, index + 1), 'move-down')
                      }
                    >
                      <span aria-hidden="true">↓ </span>
                      {t('agenda.moveDown')}
                      <span className="visually-hidden"> {item.title}</span>
                    </button>
                    <RemoveItem
                      item={item}
                      disabled={pending}
                      onRemove={() => void change(item.id, () => removeAgendaItem(assembly.id, item.id), null)}
                    />
                  </div>
                  <DocumentUpload assemblyId={assembly.id} item={item} onUploaded={onChanged} />
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function DocumentList({
  assemblyId,
  item,
  documents,
}: {
  assemblyId: string;
  item: AgendaItem;
  documents: Map<string, AssemblyDocument>;
}) {
  const { t } = useTranslation();
  const attached = item.documentIds
    .map((id) => documents.get(id))
    .filter((document): document is AssemblyDocument => document !== undefined);
  if (attached.length === 0) return null;
  return (
    <div className="documents">
      <h4 className="documents__title">{t('agenda.documents')}</h4>
      <ul className="documents__list">
        {attached.map((document) => (
          <DocumentItem key={document.id} document={document} url={documentUrl(assemblyId, document.id)} />
        ))}
      </ul>
    </div>
  );
}

/** Removing an item asks once more: its documents leave the agenda with it. */
function RemoveItem({ item, disabled, onRemove }: { item: AgendaItem; disabled: boolean; onRemove: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  if (!confirming) {
    return (
      <button
        ref={openRef}
        type="button"
        className="button button--secondary button--small button--quiet-danger"
        disabled={disabled}
        onClick={() => {
          setConfirming(true);
          requestAnimationFrame(() => confirmRef.current?.focus());
        }}
      >
        {t('agenda.remove')}
        <span className="visually-hidden"> {item.title}</span>
      </button>
    );
  }
  return (
    <span className="inline-confirm" role="group" aria-label={t('agenda.removeConfirm', { title: item.title })}>
      <span className="inline-confirm__text">{t('agenda.removeConfirm', { title: item.title })}</span>
      <button
        ref={confirmRef}
        type="button"
        className="button button--danger button--small"
        disabled={disabled}
        onClick={onRemove}
      >
        {t('agenda.removeYes')}
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => {
          setConfirming(false);
          requestAnimationFrame(() => openRef.current?.focus());
        }}
      >
        {t('form.cancel')}
      </button>
    </span>
  );
}

type Upload =
  | { status: 'idle' }
  | { status: 'sending'; name: string }
  | { status: 'done'; name: string }
  | { status: 'failed'; message: string };

/** A file for one item, sent as soon as it is chosen; size and type errors come back next to the field. */
function DocumentUpload({
  assemblyId,
  item,
  onUploaded,
}: {
  assemblyId: string;
  item: AgendaItem;
  onUploaded: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [upload, setUpload] = useState<Upload>({ status: 'idle' });

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > documentMaxBytes) {
      setUpload({ status: 'failed', message: t('assemblyErrors.file_too_large') });
      input.value = '';
      return;
    }
    setUpload({ status: 'sending', name: file.name });
    try {
      const document = await uploadDocument(assemblyId, item.id, file);
      setUpload({ status: 'done', name: document.name });
      onUploaded();
    } catch (error) {
      const failure = toApiFailure(error);
      setUpload(
        failure.kind === 'aborted'
          ? { status: 'idle' }
          : { status: 'failed', message: assemblyFailureText(failure, t) },
      );
    } finally {
      input.value = ''; // the same file can be chosen again after a correction
    }
  };

  const error = upload.status === 'failed' ? upload.message : null;
  return (
    <div className={error ? 'field field--invalid document-upload' : 'field document-upload'}>
      <label htmlFor={`${id}-file`}>
        {t('agenda.attach')}
        <span className="visually-hidden"> {t('agenda.attachTo', { title: item.title })}</span>
      </label>
      <span id={`${id}-hint`} className="field__hint">
        {t('agenda.attachHint')}
      </span>
      {error && (
        <span id={`${id}-error`} className="field__error" role="alert">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </span>
      )}
      <input
        id={`${id}-file`}
        className="input input--file"
        type="file"
        accept={acceptedFiles}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
        disabled={upload.status === 'sending'}
        onChange={(event) => void choose(event)}
      />
      {upload.status === 'sending' && (
        <span className="field__hint" role="status">
          {t('agenda.uploading', { name: upload.name })}
        </span>
      )}
      {upload.status === 'done' && (
        <span className="form__saved" role="status">
          {t('agenda.uploaded', { name: upload.name })}
        </span>
      )}
    </div>
  );
}
