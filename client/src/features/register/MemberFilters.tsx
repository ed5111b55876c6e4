import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, SelectField } from '../../ui/field';
import { useMediaQuery, WIDE_SCREEN } from '../../ui/useMediaQuery';
import type { Facets, MemberFilter } from './memberFilter';

interface MemberFiltersProps {
  filter: MemberFilter;
  facets: Facets;
  shownCountry: (country: string) => string;
  filtering: boolean;
  onChange: (filter: MemberFilter) => void;
  onReset: () => void;
}

/** The search box and the four filters; they combine (a member must pass all of them). */
export function MemberFilters({ filter, facets, shownCountry, filtering, onChange, onReset }: MemberFiltersProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const wide = useMediaQuery(WIDE_SCREEN);
  const activeCount = [filter.college, filter.continent, filter.country, filter.status].filter(Boolean).length;
  const collator = new Intl.Collator(i18n.language);
  const countries = facets.countries
    .map((country) => ({ value: country, label: shownCountry(country) }))
    .sort((a, b) => collator.compare(a.label, b.label));

  const selects = (
    <>
      <FilterSelect
        id={`${id}-college`}
        label={t('register.filters.college')}
        allLabel={t('register.filters.allColleges')}
        value={filter.college}
        options={facets.colleges.map((college) => ({ value: college, label: t(`college.${college}`) }))}
        onChange={(college) => onChange({ ...filter, college })}
      />
      <FilterSelect
        id={`${id}-continent`}
        label={t('register.filters.continent')}
        allLabel={t('register.filters.allContinents')}
        value={filter.continent}
        options={facets.continents.map((continent) => ({ value: continent, label: t(`continent.${continent}`) }))}
        onChange={(continent) => onChange({ ...filter, continent })}
      />
      <FilterSelect
        id={`${id}-country`}
        label={t('register.filters.country')}
        allLabel={t('register.filters.allCountries')}
        value={filter.country}
        options={countries}
        onChange={(country) => onChange({ ...filter, country })}
      />
      <FilterSelect
        id={`${id}-status`}
        label={t('register.filters.status')}
        allLabel={t('register.filters.allStatuses')}
        value={filter.status}
        options={facets.statuses.map((status) => ({ value: status, label: t(`memberStatus.${status}`) }))}
        onChange={(status) => onChange({ ...filter, status })}
      />
    </>
  );

  return (
    <form
      className="filters"
      role="search"
      aria-label={t('register.filters.legend')}
      onSubmit={(event) => event.preventDefault()}
    >
      <Field
        id={`${id}-q`}
        label={t('register.filters.search')}
        hint={t('register.filters.searchHint')}
        className="filters__search"
      >
        {(control) => (
          <input
            {...control}
            type="search"
            value={filter.query}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => onChange({ ...filter, query: event.target.value })}
          />
        )}
      </Field>
      {wide ? (
        selects
      ) : (
        // On a phone the four lists would fill the screen before the first member: folded away
        // until asked for, and open when one of them is in use.
        <details className="filters__more" open={activeCount > 0 || undefined}>
          <summary>
            {t('register.filters.more')}
            {activeCount > 0 && (
              <span className="filters__active"> ({t('register.filters.active', { count: activeCount })})</span>
            )}
          </summary>
          <div className="filters__selects">{selects}</div>
        </details>
      )}
      {filtering && (
        <div className="filters__actions">
          <button type="button" className="button button--secondary" onClick={onReset}>
            {t('register.filters.reset')}
          </button>
        </div>
      )}
    </form>
  );
}

interface FilterSelectProps<T extends string> {
  id: string;
  label: string;
  /** The first choice, which lifts this filter. */
  allLabel: string;
  value: T | null;
  options: Array<{ value: T; label: string }>;
  onChange: (value: T | null) => void;
}

function FilterSelect<T extends string>({ id, label, allLabel, value, options, onChange }: FilterSelectProps<T>) {
  return (
    <SelectField
      id={id}
      label={label}
      value={value ?? ''}
      onChange={(chosen) => onChange(options.find((option) => option.value === chosen)?.value ?? null)}
    >
      <option value="">{allLabel}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </SelectField>
  );
}
