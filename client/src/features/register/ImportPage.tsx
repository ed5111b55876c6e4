import { useEffect, useId, useRef, useState, type ChangeEvent, type RefObject } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { importProblemCodes, type ImportRefusal, type ImportSummary } from '@shared/api/register';
import { registerCsvColumns } from '@shared/schemas/registerCsv';
import { paths } from '../../app/paths';
import { isApiError, toApiFailure, type ApiFailure } from '../../api/http';
import { Field } from '../../ui/field';
import { FormFailure, onSubmit } from '../../ui/form';
import { Page } from '../../ui/Page';
import { importRegister } from './api';

type Outcome =
  | { status: 'idle' }
  | { status: 'sending' }
  | { status: 'stored'; summary: ImportSummary }
  | { status: 'refused'; problems: ImportRefusal['problems'] }
  | { status: 'failed'; failure: ApiFailure };

/** R.8: the secretariat loads a whole register file; it is stored whole, or not at all. */
export function ImportPage() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('import.title')}
      width="medium"
      back={{ to: paths.register, label: t('member.back') }}
      permission="register.edit"
    >
      <ImportForm />
    </Page>
  );
}

function ImportForm() {
  const { t } = useTranslation();
  const id = useId();
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [readFailed, setReadFailed] = useState(false);
  const [emptyError, setEmptyError] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ status: 'idle' });
  const resultRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (outcome.status === 'stored' || outcome.status === 'refused') resultRef.current?.focus();
  }, [outcome]);

  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setReadFailed(false);
    const reader = new FileReader();
    reader.onload = () => {
      setCsv(typeof reader.result === 'string' ? reader.result : '');
      setFileName(file.name);
      setEmptyError(false);
      setOutcome({ status: 'idle' });
    };
    reader.onerror = () => setReadFailed(true);
    reader.readAsText(file, 'utf-8');
  };

  const send = async () => {
    if (csv.trim() === '') {
      setEmptyError(true);
      document.getElementById(`${id}-text`)?.focus();
      return;
    }
    setEmptyError(false);
    setOutcome({ status: 'sending' });
    try {
      setOutcome({ status: 'stored', summary: await importRegister(csv) });
    } catch (error) {
      const failure = toApiFailure(error);
      setOutcome(
        isImportRefusal(failure.body)
          ? { status: 'refused', problems: failure.body.problems }
          : { status: 'failed', failure },
      );
    }
  };

  return (
    <>
      <p className="page__intro">{t('import.intro')}</p>
      <details className="panel columns-help">
        <summary>{t('import.columnsTitle')}</summary>
        <p>{t('import.columnsText')}</p>
        <ol className="columns-list">
          {registerCsvColumns.map((column) => (
            <li key={column}>
              <code>{column}</code>
            </li>
          ))}
        </ol>
        <p className="hint">{t('import.columnsHint')}</p>
      </details>
      <form className="form" noValidate onSubmit={onSubmit(() => void send())}>
        <Field
          id={`${id}-file`}
          label={t('import.file')}
          hint={t('import.fileHint')}
          error={readFailed ? t('import.readFailed') : undefined}
        >
          {(control) => (
            <input
              {...control}
              className="input input--file"
              type="file"
              accept=".csv,text/csv"
              onChange={chooseFile}
            />
          )}
        </Field>
        <Field
          id={`${id}-text`}
          label={t('import.text')}
          hint={fileName ? t('import.loadedFrom', { name: fileName }) : t('import.textHint')}
          error={emptyError ? t('import.empty') : undefined}
        >
          {(control) => (
            <textarea
              {...control}
              className="input input--code"
              rows={10}
              spellCheck={false}
              value={csv}
              onChange={(event) => {
                setCsv(event.target.value);
                setFileName(null);
              }}
            />
          )}
        </Field>
        {outcome.status === 'failed' && <FormFailure failure={outcome.failure} />}
        <div className="form__actions">
          <button type="submit" className="button" disabled={outcome.status === 'sending'}>
            {outcome.status === 'sending' ? t('import.sending') : t('import.send')}
          </button>
        </div>
      </form>
      {outcome.status === 'stored' && <Summary summary={outcome.summary} headingRef={resultRef} />}
      {outcome.status === 'refused' && <Problems problems={outcome.problems} headingRef={resultRef} />}
    </>
  );
}

/** A problem in the reader's language, from its code (the server's English sentence if the code is unknown). */
function problemText(problem: ImportRefusal['problems'][number], t: TFunction): string {
  return (importProblemCodes as readonly string[]).includes(problem.code)
    ? (t as (key: string, options: Record<string, unknown>) => string)(
        `import.problemCodes.${problem.code}`,
        problem.params,
      )
    : problem.message;
}

function isImportRefusal(body: unknown): body is ImportRefusal {
  return isApiError(body) && Array.isArray((body as { problems?: unknown }).problems);
}

function Summary({
  summary,
  headingRef,
}: {
  summary: ImportSummary;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const counts = [
    ['membersCreated', summary.membersCreated],
    ['membersUpdated', summary.membersUpdated],
    ['membersUnchanged', summary.membersUnchanged],
    ['peopleCreated', summary.peopleCreated],
    ['representativesChanged', summary.representativesChanged],
  ] as const;
  const nothingChanged =
    summary.membersCreated + summary.membersUpdated + summary.peopleCreated + summary.representativesChanged === 0;
  return (
    <section className="panel panel--ok" aria-labelledby="import-result" role="status">
      <h2 id="import-result" className="panel__title" ref={headingRef} tabIndex={-1}>
        {nothingChanged ? t('import.nothingChanged') : t('import.stored')}
      </h2>
      <ul className="counts">
        {counts.map(([key, count]) => (
          <li key={key}>
            <span className="counts__number">{count}</span> {t(`import.counts.${key}`, { count })}
          </li>
        ))}
      </ul>
      <p>
        <Link to={paths.register}>{t('import.toRegister')}</Link>
      </p>
    </section>
  );
}

function Problems({
  problems,
  headingRef,
}: {
  problems: ImportRefusal['problems'];
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  return (
    <section className="panel panel--error" aria-labelledby="import-problems">
      <h2 id="import-problems" className="panel__title" ref={headingRef} tabIndex={-1}>
        {t('import.refused', { count: problems.length })}
      </h2>
      <p>
        <strong>{t('import.nothingStored')}</strong> {t('import.fixAndRetry')}
      </p>
      <ol className="import-problems" aria-label={t('import.problemsCaption')}>
        {problems.map((problem, index) => (
          <li key={`${problem.line}-${problem.column ?? ''}-${index}`} className="import-problem">
            <p className="import-problem__where">
              <span>
                {t('import.line')} {problem.line}
              </span>
              {problem.column && (
                <span>
                  {t('import.column')} <code>{problem.column}</code>
                </span>
              )}
              {problem.organisation && <span className="import-problem__organisation">{problem.organisation}</span>}
            </p>
            {problem.value !== null && (
              <p className="import-problem__value">
                {t('import.value')} <code>{problem.value === '' ? '""' : problem.value}</code>
              </p>
            )}
            <p>{problemText(problem, t)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
