import type { serviceMessages as english } from '../en/service';
import type { RussianCatalogue } from './catalogue';

/** The outbox of e-mails and the service status. */
export const serviceMessages: RussianCatalogue<typeof english> = {
  outbox: {
    title: 'Исходящие письма',
    searchLabel: 'Найти письмо по получателю или теме',
    searchPlaceholder: 'адрес, имя, слово из темы',
    search: 'Найти',
    noMatch: 'По этому запросу писем не найдено.',
    pagesLabel: 'Страницы писем',
    older: 'Более ранние письма',
    newer: 'Более поздние письма',
    intro:
      'Когда Agora работает без почтового сервера, отправленные ею письма приходят сюда. Откройте извещение о созыве, чтобы перейти по его ссылке.',
    listLabel: 'Полученные письма',
    count_one: '{{count}} письмо',
    count_few: '{{count}} письма',
    count_many: '{{count}} писем',
    count_other: '{{count}} письма',
    empty: 'Писем пока нет. Письма, которые отправляет Agora, появятся здесь.',
    choose: 'Выберите письмо в списке, чтобы прочитать его.',
    back: 'Все письма',
    from: 'От',
    to: 'Кому',
    toLine: 'Кому: {{to}}',
    receivedAt: 'Получено',
    noSubject: '(без темы)',
    textVersion: 'Текстовая версия',
    htmlVersion: 'HTML-версия',
    htmlFrameTitle: 'HTML-версия письма «{{subject}}»',
    htmlHint: 'Ссылки открываются в новой вкладке.',
  },
  health: {
    title: 'Состояние сервиса',
    intro: 'То, что нужно для работы Agora, проверено при загрузке этой страницы.',
    overallOk: 'Всё работает.',
    overallDegraded: 'Agora работает с ограничениями: некоторые части не работают.',
    checkedAt: 'Проверено в {{time}}',
    ok: 'Работает',
    down: 'Не работает',
    redis: 'База данных (Redis)',
    worker: 'Фоновый обработчик',
    mail: 'Электронная почта',
    workerLastSeen: 'Последний признак работы: {{date}}',
    workerNeverSeen: 'Признаков работы пока нет',
    mailMode: {
      outbox: 'Встроенный ящик исходящих (письма не покидают этот сервер)',
      relay: 'Отправка через почтовый сервер (SMTP)',
      unknown: 'Способ отправки неизвестен',
    },
  },
};
