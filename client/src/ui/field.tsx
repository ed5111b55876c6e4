import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

/** The props a field hands its control: its id, what describes it, and whether it is wrong. */
export interface ControlProps {
  id: string;
  className: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldFrame {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** Marks the label as optional (most fields are required, so the few optional ones say so). */
  optional?: boolean;
  className?: string;
}

interface FieldProps extends FieldFrame {
  children: (control: ControlProps) => ReactNode;
}

/** A label, an optional hint, the message when the value is wrong, then the control. */
export function Field({ id, label, hint, error, optional, className, children }: FieldProps) {
  const { t } = useTranslation();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={['field', error ? 'field--invalid' : null, className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> {t('form.optional')}</span>}
      </label>
      {hint && (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      )}
      {error && <FieldError id={`${id}-error`} message={error} />}
      {children({
        id,
        className: 'input',
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
    </div>
  );
}

/** A group of radio buttons or checkboxes under one question. */
export function Fieldset({
  legend,
  hint,
  error,
  id,
  children,
}: {
  legend: string;
  hint?: ReactNode;
  error?: string | undefined;
  id: string;
  children: ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset
      className={error ? 'fieldset field--invalid' : 'fieldset'}
      aria-describedby={describedBy || undefined}
      id={id}
      // The first radio gets the focus when the group is wrong (see focusFirstError).
      data-invalid={error ? 'true' : undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      )}
      {error && <FieldError id={`${id}-error`} message={error} />}
      {children}
    </fieldset>
  );
}

function FieldError({ id, message }: { id: string; message: string }) {
  const { t } = useTranslation();
  return (
    <span id={id} className="field__error">
      <span className="visually-hidden">{t('form.errorPrefix')} </span>
      {message}
    </span>
  );
}

/** What a text control takes besides its field's frame: its value, what to do with a new one, and its own attributes. */
type TextControlProps<Attributes> = {
  value: string;
  onChange: (value: string) => void;
} & Omit<Attributes, 'id' | 'className' | 'value' | 'onChange' | 'children'>;

/** Separates a field's frame (label, hint, error…) from what belongs to its control. */
function splitFrame<P extends FieldFrame>({ id, label, hint, error, optional, className, ...control }: P) {
  return [{ id, label, hint, error, optional, className }, control] as const;
}

/** A field whose control is a one-line text input. */
export function TextField(props: FieldFrame & TextControlProps<InputHTMLAttributes<HTMLInputElement>>) {
  const [frame, { value, onChange, ...input }] = splitFrame(props);
  return (
    <Field {...frame}>
      {(control) => <input {...control} {...input} value={value} onChange={(event) => onChange(event.target.value)} />}
    </Field>
  );
}

/** A field whose control is a text area of `rows` lines. */
export function TextAreaField(props: FieldFrame & TextControlProps<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  const [frame, { value, onChange, ...textarea }] = splitFrame(props);
  return (
    <Field {...frame}>
      {(control) => (
        <textarea {...control} {...textarea} value={value} onChange={(event) => onChange(event.target.value)} />
      )}
    </Field>
  );
}

/** A field whose control is a list to choose from; `children` are its options. */
export function SelectField(
  props: FieldFrame & TextControlProps<SelectHTMLAttributes<HTMLSelectElement>> & { children: ReactNode },
) {
  const [frame, { value, onChange, children, ...select }] = splitFrame(props);
  return (
    <Field {...frame}>
      {(control) => (
        <select {...control} {...select} value={value} onChange={(event) => onChange(event.target.value)}>
          {children}
        </select>
      )}
    </Field>
  );
}
