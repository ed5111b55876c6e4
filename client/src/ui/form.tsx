import type { TFunction } from 'i18next';
import { useCallback, useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiFailure } from '../api/http';
import { failureMessage } from './failureMessage';
import { issueText, type IssueLike } from './issueText';
import { isLinkScopeRefusal, LinkScopeNotice } from './LinkScopeNotice';
import { missingPermission, PermissionNotice } from './PermissionNotice';
import { useRequest } from './useRequest';
import { SavedNotice } from './SavedNotice';

/** Per-field messages, by the field's path in the input ("email", "contact.email"). */
export type FieldErrors = Partial<Record<string, string>>;

/** What a zod `safeParse` answers, as far as a form needs it (no zod import here: it stays in the form's chunk). */
export type Parsed<T> = { success: true; data: T } | { success: false; error: { issues: readonly IssueLike[] } };

/** A refused or failed request, above the form's button: the permission that is missing, or what went wrong. */
export function FormFailure({ failure, message }: { failure: ApiFailure | null; message?: string | null }) {
  const { t } = useTranslation();
  if (failure) {
    if (isLinkScopeRefusal(failure)) return <LinkScopeNotice />;
    const missing = missingPermission(failure);
    if (missing) return <PermissionNotice missing={missing} />;
  }
  const text = message ?? (failure ? failureMessage(failure, t) : null);
  if (!text) return null;
  return (
    <div className="notice notice--error form-alert" role="alert" tabIndex={-1}>
      <p>{text}</p>
    </div>
  );
}

/** Field messages of a failed validation: the first one of each path, in the reader's language. */
export function fieldErrorsOf(issues: readonly IssueLike[], t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issueText(issue, t);
  }
  return errors;
}

export interface Submission {
  pending: boolean;
  fieldErrors: FieldErrors;
  failure: ApiFailure | null;
  /** A message for the whole form (an issue no field shows, or "check the fields below"). */
  formMessage: string | null;
  /** Forgets the messages (when the person starts again, or the form is closed). */
  reset: () => void;
  /**
   * Checks the input with the shared schema (`parsed` is on its way while a lazy schema is
   * fetched), then sends it; shows each message where it belongs (next to its field, or above
   * the button) and moves the focus to the first one.
   * Resolves with the server's answer, or null when nothing was sent or it was refused.
   */
  submit: <I, R>(parsed: Parsed<I> | Promise<Parsed<I>>, send: (input: I) => Promise<R>) => Promise<R | null>;
}

/**
 * The life of one form's submission. `fields` are the paths the form shows next to a field;
 * a server issue on any other path is shown with the server's message above the button.
 */
export function useSubmission(formRef: RefObject<HTMLFormElement | null>, fields: readonly string[]): Submission {
  const { t } = useTranslation();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const fieldsRef = useRef(fields);
  useEffect(() => {
    fieldsRef.current = fields;
  });

  const { pending, failure, run, clear } = useRequest((refused) => {
    const issues = refused.apiError?.error.issues ?? [];
    const { shown, rest } = split(
      issues.map((issue) => ({ path: issue.path === '' ? [] : issue.path.split('.'), message: issue.message })),
      fieldsRef.current,
    );
    setFieldErrors(fieldErrorsOf(shown, t));
    // Every issue shown by its field: say so above the button; otherwise the server's sentence.
    setFormMessage(shown.length > 0 && rest.length === 0 ? t('form.checkFields') : null);
    focusFirstError(formRef.current);
  });

  const reset = useCallback(() => {
    setFieldErrors({});
    clear();
    setFormMessage(null);
  }, [clear]);

  const submit = useCallback(
    async <I, R>(parsed: Parsed<I> | Promise<Parsed<I>>, send: (input: I) => Promise<R>): Promise<R | null> =>
      // A second tap while the check or the request is on its way changes nothing (`run` says so).
      run(async () => {
        // A schema that cannot be fetched fails like the request would: "no connection".
        const checked = await parsed;
        if (!checked.success) {
          const { shown, rest } = split(checked.error.issues, fieldsRef.current);
          setFieldErrors(fieldErrorsOf(shown, t));
          setFormMessage(rest.length > 0 ? rest.map((issue) => issueText(issue, t)).join(' ') : t('form.checkFields'));
          focusFirstError(formRef.current);
          return null;
        }
        reset();
        return send(checked.data);
      }),
    [formRef, reset, run, t],
  );

  return { pending, fieldErrors, failure, formMessage, reset, submit };
}

function split(issues: readonly IssueLike[], fields: readonly string[]): { shown: IssueLike[]; rest: IssueLike[] } {
  const shown: IssueLike[] = [];
  const rest: IssueLike[] = [];
  for (const issue of issues) (fields.includes(issue.path.map(String).join('.')) ? shown : rest).push(issue);
  return { shown, rest };
}

/** After the messages render, put the focus on the first wrong field (or the form's alert). */
function focusFirstError(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => {
    if (!form) return;
    // One selector: the first wrong field in the page's order, a radio group's first radio included.
    const target =
      form.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"] input') ??
      form.querySelector<HTMLElement>('.form-alert, .permission a');
    target?.focus();
  });
}

/**
 * A form's buttons: send (its label while it goes: "Sending…", or "Saving…" for a change) and,
 * with `onCancel`, cancel; `danger` for an action that cannot be taken back. `saved` is said next
 * to them once a change is saved; `disabled` while there is nothing to send.
 */
export function FormButtons({
  pending,
  label,
  onCancel,
  saving = false,
  danger = false,
  disabled = false,
  cancelLabel,
  saved,
}: {
  pending: boolean;
  label: string;
  onCancel?: () => void;
  saving?: boolean;
  danger?: boolean;
  disabled?: boolean;
  cancelLabel?: string;
  saved?: string | null;
}) {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      <button type="submit" className={danger ? 'button button--danger' : 'button'} disabled={pending || disabled}>
        {pending ? t(saving ? 'form.saving' : 'form.sending') : label}
      </button>
      {onCancel && (
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={pending}>
          {cancelLabel ?? t('form.cancel')}
        </button>
      )}
      {saved && (
        <SavedNotice key={saved} className="form__saved" within="form">
          {saved}
        </SavedNotice>
      )}
    </div>
  );
}

/** Stops the browser's own submission; the form's handler does the rest. */
export function onSubmit(handler: () => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    handler();
  };
}

/**
 * A whole number typed by a person: "" is null, "12 000" and "12,000" are 12000, anything else
 * NaN (which the schema then refuses with its own message).
 */
export function wholeNumberOrNull(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  // Digits, or digits grouped by three ("1 234 567", "1.234.567"): "12.5" stays a mistake.
  if (/^\d+$/.test(trimmed) || /^\d{1,3}([\s\u00a0\u202f,.']\d{3})+$/.test(trimmed)) {
    return Number(trimmed.replace(/\D/g, ''));
  }
  return Number.NaN;
}
