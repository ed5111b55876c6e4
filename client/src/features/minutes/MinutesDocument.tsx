import { zoneName } from '@shared/zoneNames';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesVersionView } from '@shared/api/minutes';
import { noticeSpans } from '@shared/rules/minutes';
import { Markdown } from '../room/Markdown';
import { useDaysAndHours, useMemberName } from './minutesWords';
import { formatInstant, formattingLocale } from '../../i18n/format';
import { Item, itemTitle, Row, Thread } from './MinutesItems';
import { useLanguage } from '../../i18n/useLanguage';

/** Instants on the reference clock, as the PDF prints them; the zone is named once, at the top. */
function useWhen(zone: string): { when: (iso: string) => string; whenWithZone: (iso: string) => string } {
  const language = useLanguage();
  let format: Intl.DateTimeFormat | null = null;
  try {
    format = new Intl.DateTimeFormat(formattingLocale(language), {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: zone,
    });
  } catch {
    format = null; // a zone this browser does not know: the instants say their zone
  }
  const whenWithZone = (iso: string) => formatInstant(iso, language, zone);
  return { when: (iso) => (format ? format.format(new Date(iso)) : whenWithZone(iso)), whenWithZone };
}

/** One version of the minutes as a page: the same parts, in the same order, as its PDF. */
export function MinutesDocument({ view }: { view: MinutesVersionView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const memberName = useMemberName();
  const daysAndHours = useDaysAndHours();
  const { content } = view;
  const zone = content.assembly.referenceTimeZone;
  const { when, whenWithZone } = useWhen(zone);
  const { attendance, notice } = content;
  return (
    <div className="minutes-document">
      <section className="panel" aria-labelledby="minutes-head">
        <h2 id="minutes-head" className="panel__title">
          {t('minutes.heading')}
        </h2>
        <dl className="facts">
          <Fact label={t('minutes.network')}>{content.networkName}</Fact>
          <Fact label={t('minutes.assembly')}>{content.assembly.title}</Fact>
          <Fact label={t('minutes.kind')}>{t(`assemblyKind.${content.assembly.kind}`)}</Fact>
          <Fact label={t('minutes.convenedBy')}>{content.convenedBy}</Fact>
          <Fact label={t('minutes.opensAt')}>{whenWithZone(content.assembly.opensAt)}</Fact>
          <Fact label={t('minutes.closesAt')}>{whenWithZone(content.assembly.closesAt)}</Fact>
          <Fact label={t('minutes.firstDispatch')}>
            {notice.firstDispatchAt ? whenWithZone(notice.firstDispatchAt) : '—'}
          </Fact>
          <Fact label={t('minutes.notice')}>
            {notice.firstDispatchAt === null
              ? t('minutes.noticeNotSent')
              : `${t('minutes.noticeFigures', { given: daysAndHours(noticeSpans(content)?.given ?? 0), required: daysAndHours(noticeSpans(content)?.required ?? 0), period: t(`minutes.period.${notice.period.unit}`, { amount: notice.period.amount }) })} ${notice.ok ? t('minutes.noticeOk') : t('minutes.noticeShort')}`}
          </Fact>
        </dl>
        {content.assembly.hybrid && <p>{t('minutes.hybrid')}</p>}
        {content.dispatches.length > 1 && (
          <>
            <h3>{t('minutes.dispatches')}</h3>
            <ul className="plain-list">
              {content.dispatches.map((dispatch) => (
                <li key={dispatch.no}>
                  {t('minutes.dispatchLine', {
                    date: when(dispatch.at),
                    reason: t(`minutes.dispatch.${dispatch.reason}`),
                    name: dispatch.by,
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
        <p className="hint">
          {t('minutes.timesIn', { zone: zoneName(zone, language, new Date(content.assembly.opensAt)) })}
        </p>
      </section>

      <section aria-labelledby="minutes-attendance">
        <h2 id="minutes-attendance">{t('minutes.attendance')}</h2>
        <p>
          {t('minutes.attendanceSummary', {
            voting: attendance.votingMembers,
            present: attendance.present,
            represented: attendance.represented,
            absent: attendance.absent,
          })}
        </p>
        <Listing title={t('minutes.present')} count={attendance.presentMembers.length}>
          {attendance.presentMembers.map((entry) => (
            <Row
              key={entry.memberNo}
              main={memberName(entry)}
              detail={`${when(entry.joinedAt)} — ${t('minutes.labelled', { label: t('minutes.column.representedBy'), value: entry.representedBy })}`}
            />
          ))}
        </Listing>
        <Listing title={t('minutes.represented')} count={attendance.representedMembers.length}>
          {attendance.representedMembers.map((entry) => (
            <Row
              key={entry.memberNo}
              main={memberName(entry)}
              detail={t('minutes.labelled', { label: t('minutes.column.holder'), value: memberName(entry.holder) })}
            />
          ))}
        </Listing>
        <Listing title={t('minutes.proxies')} count={attendance.proxies.length}>
          {attendance.proxies.map((proxy) => (
            <Row
              key={proxy.id}
              main={`${memberName(proxy.grantor)} → ${memberName(proxy.holder)}`}
              detail={`${when(proxy.grantedAt)} (${proxy.grantedBy}) — ${proxy.revokedAt ? t('minutes.revokedOn', { date: when(proxy.revokedAt) }) : t('minutes.inForce')}`}
              muted={proxy.revokedAt !== null}
            />
          ))}
        </Listing>
        <Listing title={t('minutes.associates')} count={attendance.associates.length}>
          {attendance.associates.map((entry) => (
            <Row
              key={entry.memberNo}
              main={memberName(entry)}
              detail={`${entry.person} — ${t(`minutes.tookPart.${entry.tookPart}`, { date: when(entry.at) })}`}
            />
          ))}
        </Listing>
      </section>

      <section aria-labelledby="minutes-agenda">
        <h2 id="minutes-agenda">{t('minutes.agenda')}</h2>
        {content.items.map((item) => (
          <Item key={item.id} item={item} when={when} />
        ))}
      </section>

      <section aria-labelledby="minutes-hidden">
        <h2 id="minutes-hidden">{t('minutes.hidden')}</h2>
        {content.hiddenMessages.length === 0 ? (
          <p className="muted">{t('minutes.nobody')}</p>
        ) : (
          <ul className="plain-list">
            {content.hiddenMessages.map((hidden) => (
              <li key={hidden.number}>
                {t('minutes.hiddenLine', {
                  number: hidden.number,
                  author: hidden.author,
                  item: hidden.item || t('minutes.generalThread'),
                  date: when(hidden.postedAt),
                  by: hidden.by,
                  at: when(hidden.at),
                  reason: hidden.reason,
                })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="minutes-annex">
        <h2 id="minutes-annex">{t('minutes.annex')}</h2>
        {content.items.map((item) => (
          <Thread key={item.id} title={itemTitle(item, t)} messages={item.discussion} when={when} />
        ))}
        <Thread title={t('minutes.generalThread')} messages={content.generalDiscussion} when={when} />
      </section>

      <section className="panel" aria-labelledby="minutes-certification">
        <h2 id="minutes-certification" className="panel__title">
          {t('minutes.certification')}
        </h2>
        <h3>{t('minutes.statement')}</h3>
        {view.statement ? (
          <div className="message__body">
            <Markdown source={view.statement} />
          </div>
        ) : (
          <p className="muted">{t('minutes.noStatement')}</p>
        )}
        <h3>{t('minutes.approvals')}</h3>
        {view.approvals.length === 0 ? (
          <p className="muted">{t('minutes.noApprovals')}</p>
        ) : (
          <ul className="plain-list">
            {view.approvals.map((approval) => (
              <li key={approval.role} className={approval.current ? undefined : 'muted'}>
                {t('minutes.approval', {
                  name: approval.name,
                  office: t(`bodies.office.${approval.office}`),
                  date: when(approval.at),
                })}
                {!approval.current && ` (${t('minutes.approvalStale')})`}
              </li>
            ))}
          </ul>
        )}
        {view.publishedAt && (
          <p>{t('minutes.publishedOn', { date: when(view.publishedAt), name: view.publishedBy ?? '' })}</p>
        )}
        <p className="hint minutes-hash">{t('minutes.digest', { digest: view.digest })}</p>
        <p className="hint minutes-hash">
          {t('minutes.auditHead', { seq: content.auditHead.seq, hash: content.auditHead.hash })}
        </p>
      </section>
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A list of the register: open when short, folded when long (a phone scrolls less). */
function Listing({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  const { t } = useTranslation();
  if (count === 0) {
    return (
      <>
        <h3>{title}</h3>
        <p className="muted">{t('minutes.nobody')}</p>
      </>
    );
  }
  return (
    <details className="minutes-listing" open={count <= 12}>
      <summary>
        <h3>
          {title} <span className="count-pill">{count}</span>
        </h3>
      </summary>
      <ul className="plain-list minutes-rows">{children}</ul>
    </details>
  );
}
