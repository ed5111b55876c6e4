import { useId, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodiesResponse } from '@shared/api/membership';
import type { TrusteesResponse } from '@shared/api/secretBallots';
import { getJson } from '../../api/http';
import { useApiQuery } from '../../api/useApiQuery';
import { useDisclosure, DisclosureOpener } from '../../ui/disclosure';
import { Fieldset, SelectField } from '../../ui/field';
import { FormButtons, FormFailure, onSubmit, useSubmission } from '../../ui/form';
import { lazySchema, usePreloadedSchema } from '../../ui/lazySchema';
import { chooseTrustees } from './api';
import { officeLabel } from './officeLabel';

const trusteesInput = lazySchema(() =>
  import('@shared/schemas/secretBallots').then((schemas) => schemas.trusteesInputSchema),
);

interface Candidate {
  personId: string;
  name: string;
  office: string | null;
}

/** Who may hold the key: the present trustees, then the people seated in the coordination bodies. */
function candidates(trustees: TrusteesResponse, bodies: BodiesResponse | null): Candidate[] {
  const byId = new Map<string, Candidate>();
  for (const trustee of trustees.trustees) byId.set(trustee.personId, trustee);
  for (const seat of bodies?.seats ?? [])
    if (seat.representative && !byId.has(seat.representative.id))
      byId.set(seat.representative.id, {
        personId: seat.representative.id,
        name: seat.representative.name,
        office: `${seat.body}.${seat.office}`,
      });
  return [...byId.values()];
}

/** The Table chooses the trustees and how many of them are needed to decrypt, until one has started. */
export function TrusteesForm({
  assemblyId,
  trustees,
  onChange,
}: {
  assemblyId: string;
  trustees: TrusteesResponse;
  onChange: (trustees: TrusteesResponse) => void;
}) {
  const { t } = useTranslation();
  const disclosure = useDisclosure();
  const [saved, setSaved] = useState(false);
  if (!disclosure.open)
    return (
      <>
        {saved && (
          <p className="notice notice--ok" role="status">
            {t('trustees.saved')}
          </p>
        )}
        <DisclosureOpener
          buttonRef={disclosure.buttonRef}
          onOpen={() => {
            setSaved(false);
            disclosure.show();
          }}
          label={t('trustees.change')}
        />
      </>
    );
  return (
    <TrusteesPanel
      assemblyId={assemblyId}
      trustees={trustees}
      formRef={disclosure.panelRef}
      onCancel={disclosure.hide}
      onSaved={(answer) => {
        setSaved(true);
        onChange(answer);
        disclosure.hide();
      }}
    />
  );
}

/** The form itself, with the people of the coordination bodies to choose from (fetched when it opens). */
function TrusteesPanel({
  assemblyId,
  trustees,
  formRef,
  onCancel,
  onSaved,
}: {
  assemblyId: string;
  trustees: TrusteesResponse;
  formRef: RefObject<HTMLFormElement | null>;
  onCancel: () => void;
  onSaved: (trustees: TrusteesResponse) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const submission = useSubmission(formRef, ['personIds', 'threshold']);
  usePreloadedSchema(trusteesInput, formRef);
  const bodies = useApiQuery('bodies', (signal) => getJson<BodiesResponse>('/api/bodies', { signal }));
  const [chosen, setChosen] = useState<string[]>(() => trustees.trustees.map((trustee) => trustee.personId));
  const [threshold, setThreshold] = useState(String(trustees.threshold));
  const list = candidates(trustees, bodies.state.status === 'ready' ? bodies.state.data : null);

  const save = async () => {
    const personIds = list.map((candidate) => candidate.personId).filter((personId) => chosen.includes(personId));
    const answer = await submission.submit(
      trusteesInput.safeParse({ personIds, threshold: Number(threshold) }),
      (input) => chooseTrustees(assemblyId, input),
    );
    if (answer) onSaved(answer);
  };

  return (
    <form ref={formRef} className="form trustees-form" noValidate onSubmit={onSubmit(() => void save())}>
      <h2>{t('trustees.change')}</h2>
      <Fieldset
        id={`${id}-people`}
        legend={t('trustees.choose')}
        hint={t('trustees.chooseHint')}
        error={submission.fieldErrors.personIds}
      >
        {list.map((candidate) => (
          <label key={candidate.personId} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.includes(candidate.personId)}
              onChange={(event) =>
                setChosen(
                  event.target.checked
                    ? [...chosen, candidate.personId]
                    : chosen.filter((personId) => personId !== candidate.personId),
                )
              }
            />
            <span>
              {candidate.name}
              {candidate.office && <span className="muted"> · {officeLabel(candidate.office, t)}</span>}
            </span>
          </label>
        ))}
      </Fieldset>
      <SelectField
        id={`${id}-threshold`}
        label={t('trustees.threshold')}
        hint={t('trustees.thresholdHint')}
        error={submission.fieldErrors.threshold}
        value={threshold}
        onChange={setThreshold}
      >
        {Array.from({ length: Math.max(chosen.length, 2) - 1 }, (_, index) => index + 2).map((count) => (
          <option key={count} value={count}>
            {count}
          </option>
        ))}
      </SelectField>
      <FormFailure failure={submission.failure} message={submission.formMessage} />
      <FormButtons pending={submission.pending} label={t('trustees.save')} onCancel={onCancel} />
    </form>
  );
}
