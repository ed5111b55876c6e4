import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonView } from '@shared/api/register';
import { languageNames, isUiLanguage } from '@shared/i18n/languages';
import { paths } from '../../app/paths';
import { useApiQuery } from '../../api/useApiQuery';
import { zoneName } from '@shared/zoneNames';
import { useLanguage } from '../../i18n/useLanguage';
import { Page } from '../../ui/Page';
import { QueryResult } from '../../ui/QueryStatus';
import { fetchPeople } from '../register/api';
import { normalise } from '../register/memberFilter';
import { PersonEditDialog } from './PersonEditDialog';

/** Everyone in the register (representatives, the secretariat): searchable, each one editable (R.8). */
export function PeoplePage() {
  const { t } = useTranslation();
  return (
    <Page title={t('people.title')} intro={t('people.intro')} permission="register.edit">
      <People />
    </Page>
  );
}

function People() {
  const query = useApiQuery('people', fetchPeople);
  return (
    <QueryResult query={query}>
      {({ people }) => (
        <PeopleList
          people={people}
          onSaved={(person) =>
            query.replace({ people: people.map((known) => (known.id === person.id ? person : known)) })
          }
        />
      )}
    </QueryResult>
  );
}

function PeopleList({ people, onSaved }: { people: PersonView[]; onSaved: (person: PersonView) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<PersonView | null>(null);
  const [savedName, setSavedName] = useState<string | null>(null);
  const shown = useMemo(() => matching(people, search), [people, search]);
  const returnFocus = useRef<HTMLButtonElement | null>(null);

  const saved = (person: PersonView) => {
    onSaved(person);
    setSavedName(person.name);
    setEditing(null);
  };

  return (
    <>
      <form
        className="filters filters--single"
        role="search"
        aria-label={t('people.searchLabel')}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('people.search')}</label>
          <span id={`${id}-q-hint`} className="field__hint">
            {t('people.searchHint')}
          </span>
          <input
            id={`${id}-q`}
            type="search"
            className="input"
            value={search}
            aria-describedby={`${id}-q-hint`}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
      </form>
      <p className="register__showing" role="status" aria-live="polite">
        {savedName ? t('people.saved', { name: savedName }) + ' ' : ''}
        {t('people.showing', { count: shown.length, total: people.length })}
      </p>
      {shown.length === 0 ? (
        <p className="empty">{t('people.empty')}</p>
      ) : (
        <ul className="person-list">
          {shown.map((person) => (
            <li key={person.id} className="person-card">
              <div className="person-card__head">
                <h2 className="person-card__name">{person.name}</h2>
                {person.secretariat && <span className="badge badge--role">{t('people.secretariat')}</span>}
              </div>
              <p className="person-card__email">
                <a href={`mailto:${person.email}`}>{person.email}</a>
              </p>
              <p className="person-card__meta">
                {isUiLanguage(person.language) ? languageNames[person.language] : person.language} ·{' '}
                {zoneName(person.timeZone, language)}
              </p>
              <p className="person-card__represents">
                {person.represents.length === 0 ? (
                  <span className="muted">{t('people.representsNone')}</span>
                ) : (
                  <>
                    {t('people.represents', { count: person.represents.length })}{' '}
                    {person.represents.map((memberNo, index) => (
                      <span key={memberNo} className="nowrap">
                        {index > 0 && ', '}
                        <Link to={paths.member(memberNo)}>{t('register.memberNo', { memberNo })}</Link>
                      </span>
                    ))}
                  </>
                )}
              </p>
              <button
                type="button"
                className="button button--secondary"
                onClick={(event) => {
                  returnFocus.current = event.currentTarget;
                  setSavedName(null);
                  setEditing(person);
                }}
              >
                {t('people.edit')}
                <span className="visually-hidden"> {person.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <PersonEditDialog
          key={editing.id}
          person={editing}
          onSaved={saved}
          onClose={() => {
            setEditing(null);
            requestAnimationFrame(() => returnFocus.current?.focus());
          }}
        />
      )}
    </>
  );
}

/** People whose name, address or member numbers hold every word searched for, by name. */
function matching(people: readonly PersonView[], search: string): PersonView[] {
  const words = normalise(search).split(/\s+/).filter(Boolean);
  const collator = new Intl.Collator();
  return people
    .filter((person) => {
      const haystack = normalise(`${person.name} ${person.email}`);
      return words.every(
        (word) => haystack.includes(word) || person.represents.some((memberNo) => String(memberNo) === word),
      );
    })
    .sort((a, b) => collator.compare(a.name, b.name));
}
