import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { DateTime } from 'luxon';
import type { Assembly } from '@shared/schemas/assembly';
import { assemblyDraftSchema, assemblyKinds, type AssemblyKind } from '@shared/schemas/assembly';
import { closesAtFor } from '@shared/rules/assemblies';
import { earliestOpensAt, noticeVerdict } from '@shared/rules/notice';
import { togetherStatutes } from '@shared/statutes';
import { withFlash } from '../../app/flash';
import { paths } from '../../app/paths';
import { useApiQuery } from '../../api/useApiQuery';
import { zoneName } from '@shared/zoneNames';
import { useLanguage } from '../../i18n/useLanguage';
import { BackLink } from '../../ui/BackLink';
import { Fieldset, TextField } from '../../ui/field';
import { FormFailure, onSubmit, useSubmission } from '../../ui/form';
import { LoadError, Loading } from '../../ui/QueryStatus';
import { RequirePermission } from '../../ui/RequirePermission';
import { useNow } from '../../ui/useNow';
import { usePageTitle } from '../../ui/usePageTitle';
import { createAssembly, fetchAssembly, updateAssembly } from './api';
import { wallClockHours } from './assemblyTime';
import { assemblyFailureText } from './failures';
import { useViewerZone, useWhenText } from './When';

const statutes = togetherStatutes;
const fieldPaths = ['kind', 'title', 'opensAt', 'hybrid'];

interface Draft {
  kind: AssemblyKind | '';
  title: string;
  /** What the datetime-local input holds: a wall-clock time in the viewer's zone, "2027-03-12T10:00". */
  opensAtLocal: string;
  hybrid: boolean;
}

/** R.6, R.7: the Table drafts an assembly, or changes a draft (`/assemblies/:id/edit`). */
export function AssemblyFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  usePageTitle(id ? t('assemblyForm.editTitle') : t('assemblyForm.newTitle'));
  return (
    <div className="page page--narrow">
      <BackLink
        to={id ? paths.assembly(id) : paths.assemblies}
        label={id ? t('assemblyForm.backToAssembly') : t('assemblies.title')}
      />
      <h1>{id ? t('assemblyForm.editTitle') : t('assemblyForm.newTitle')}</h1>
      <RequirePermission action="assembly.create">
        {id ? (
          <EditAssembly id={id} />
        ) : (
          <AssemblyForm id={null} initial={{ kind: '', title: '', opensAtLocal: '', hybrid: false }} />
        )}
      </RequirePermission>
    </div>
  );
}

function EditAssembly({ id }: { id: string }) {
  const { t } = useTranslation();
  const zone = useViewerZone();
  const { state, reload } = useApiQuery(`assembly:${id}`, (signal) => fetchAssembly(id, signal));
  if (state.status === 'loading') return <Loading slow={state.slow} />;
  if (state.status === 'error') return <LoadError failure={state.failure} onRetry={reload} />;
  const { assembly } = state.data;
  if (assembly.status !== 'draft') {
    return (
      <div className="notice notice--warning notice--block" role="alert">
        <p>{t('assemblyForm.notDraft')}</p>
        <p>
          <Link to={paths.assembly(id)}>{t('assemblyForm.backToAssembly')}</Link>
        </p>
      </div>
    );
  }
  return <AssemblyForm id={id} initial={draftOf(assembly, zone)} />;
}

function draftOf(assembly: Assembly, zone: string): Draft {
  return {
    kind: assembly.kind,
    title: assembly.title,
    opensAtLocal: DateTime.fromISO(assembly.opensAt).setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm"),
    hybrid: assembly.hybrid,
  };
}

/** The instant a wall-clock time of `zone` stands for, or null while the input is incomplete. */
function instantOf(local: string, zone: string): { iso: string; date: Date; shiftedTo: string | null } | null {
  if (!local) return null;
  const picked = DateTime.fromISO(local, { zone });
  if (!picked.isValid) return null;
  const iso = picked.toISO({ suppressMilliseconds: true });
  if (!iso) return null;
  // A time that does not exist that day (clocks go forward): luxon moves it on; say so.
  const shown = picked.toFormat("yyyy-MM-dd'T'HH:mm");
  return { iso, date: picked.toJSDate(), shiftedTo: shown === local.slice(0, 16) ? null : picked.toFormat('HH:mm') };
}

function AssemblyForm({ id, initial }: { id: string | null; initial: Draft }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const formId = useId();
  const navigate = useNavigate();
  const zone = useViewerZone();
  const formRef = useRef<HTMLFormElement>(null);
  const submission = useSubmission(formRef, fieldPaths);
  const [draft, setDraft] = useState<Draft>(initial);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((previous) => ({ ...previous, [key]: value }));
  const opening = instantOf(draft.opensAtLocal, zone);

  const save = async () => {
    const parsed = assemblyDraftSchema.safeParse({
      kind: draft.kind || undefined,
      title: draft.title,
      opensAt: opening?.iso ?? '',
      hybrid: draft.kind === 'extraordinary' && draft.hybrid,
    });
    const answer = await submission.submit(parsed, (input) => (id ? updateAssembly(id, input) : createAssembly(input)));
    if (answer)
      void navigate(paths.assembly(answer.assembly.id), { state: withFlash(id ? 'assemblySaved' : 'assemblyCreated') });
  };

  const failureText =
    submission.failure && !submission.formMessage ? assemblyFailureText(submission.failure, t) : submission.formMessage;

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit(() => void save())}>
      <p className="page__intro">{t('assemblyForm.intro')}</p>
      <Fieldset id={`${formId}-kind`} legend={t('assemblyForm.kind')} error={submission.fieldErrors.kind}>
        <div className="choices">
          {assemblyKinds.map((kind) => (
            <label key={kind} className="choice choice--described">
              <input
                type="radio"
                name={`${formId}-kind`}
                value={kind}
                checked={draft.kind === kind}
                onChange={() =>
                  setDraft((previous) => ({ ...previous, kind, hybrid: kind === 'extraordinary' && previous.hybrid }))
                }
              />
              <span>
                <strong>{t(`assemblyKind.${kind}`)}</strong>
                <span className="choice__hint">{t(`assemblyForm.kindExplained.${kind}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </Fieldset>
      <TextField
        id={`${formId}-title`}
        label={t('assemblyForm.title')}
        hint={t('assemblyForm.titleHint')}
        error={submission.fieldErrors.title}
        value={draft.title}
        onChange={(value) => set('title', value)}
      />
      <TextField
        id={`${formId}-opens`}
        label={t('assemblyForm.opensAt')}
        hint={t('assemblyForm.opensAtHint', { zone: zoneName(zone, language) })}
        error={submission.fieldErrors.opensAt}
        type="datetime-local"
        value={draft.opensAtLocal}
        onChange={(value) => set('opensAtLocal', value)}
      />
      {opening?.shiftedTo && (
        <p className="notice notice--warning notice--block" role="status">
          {t('assemblyForm.shifted', { time: opening.shiftedTo, zone: zoneName(zone, language) })}
        </p>
      )}
      {draft.kind === 'extraordinary' && (
        <div className={submission.fieldErrors.hybrid ? 'field field--invalid' : 'field'}>
          <label className="choice">
            <input
              type="checkbox"
              checked={draft.hybrid}
              onChange={(event) => set('hybrid', event.target.checked)}
              aria-describedby={`${formId}-hybrid-hint`}
            />
            <span>
              <strong>{t('assemblyForm.hybrid')}</strong>
              <span id={`${formId}-hybrid-hint`} className="choice__hint facts__block">
                {t('assemblyForm.hybridHint')}
              </span>
            </span>
          </label>
        </div>
      )}
      <NoticePreview kind={draft.kind} opening={opening?.date ?? null} />
      <FormFailure failure={submission.failure} message={failureText} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={submission.pending}>
          {submission.pending ? t('form.saving') : id ? t('form.save') : t('assemblyForm.create')}
        </button>
        <Link className="button button--secondary" to={id ? paths.assembly(id) : paths.assemblies}>
          {t('form.cancel')}
        </Link>
      </div>
    </form>
  );
}

/**
 * R.6, R.7 while the Table types: the earliest opening a convocation sent now allows, the last
 * moment it can go for the chosen opening, and whether that is enough (the server's own rule).
 */
function NoticePreview({ kind, opening }: { kind: AssemblyKind | ''; opening: Date | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const zone = useViewerZone();
  const when = useWhenText(statutes.referenceTimeZone);
  const now = new Date(useNow(15_000));
  if (!kind) return <p className="notice notice--info notice--block">{t('assemblyForm.noticeChooseKind')}</p>;
  if (!opening) {
    return (
      <p className="notice notice--info notice--block" aria-live="polite">
        {t('assemblyForm.noticeEarliestOnly', { earliest: when(earliestOpensAt(kind, now, statutes)) })}
      </p>
    );
  }
  const verdict = noticeVerdict(kind, opening, now, statutes);
  const closesAt = closesAtFor(opening, statutes);
  const hours = wallClockHours(opening.toISOString(), closesAt.toISOString(), zone);
  return (
    <div
      className={verdict.ok ? 'panel panel--ok notice-preview' : 'panel panel--warning notice-preview'}
      aria-live="polite"
    >
      <p className="notice-preview__verdict">
        <strong>{verdict.ok ? t('assemblyForm.noticeOk') : t('assemblyForm.noticeTooShort')}</strong>
      </p>
      <p>
        {t(verdict.ok ? 'assemblyForm.noticeText' : 'assemblyForm.noticeTextLate', {
          earliest: when(verdict.earliestOpensAt),
          latest: when(verdict.latestDispatchAt),
        })}
      </p>
      {!verdict.ok && <p>{t('assemblyForm.noticeFix')}</p>}
      <p className="hint">
        {t('assemblyForm.window', { opensAt: when(opening), closesAt: when(closesAt) })}
        {hours !== 24 && <> {t('assemblyForm.windowDst', { count: hours, zone: zoneName(zone, language) })}</>}
      </p>
    </div>
  );
}
