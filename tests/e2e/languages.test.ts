import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { OutboxMessage } from '@shared/api/service';
import { en } from '@shared/i18n/en';
import { ru } from '@shared/i18n/ru';
import { platformAndBrowser, screenshot, viewports } from './browser';
import { mailOf, onPlatform } from './signIn';
import { enterDemoRoom } from './demoRoom';

/** Words of the English catalogue that no Portuguese page may show (whole words, as a reader sees them). */
const englishOnly = [
  en.nav.home,
  en.nav.assemblies,
  en.auth.signOut,
  en.liveRoom.threads,
  en.liveRoom.general,
  en.liveRoom.online,
  en.liveRoom.send,
  en.room.title,
  en.votes.title,
  en.app.tagline,
  en.agenda.title,
  en.votes.choice.against,
];

const shownLanguage = (page: Page) => page.evaluate(() => document.documentElement.lang);
/** How much wider than the screen the page is (0 when nothing scrolls sideways). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const visibleText = (page: Page) => page.evaluate(() => document.body.innerText);

/** Switches the interface with the header's language switch, as a person does. */
async function showLanguage(page: Page, language: string): Promise<void> {
  if ((await shownLanguage(page)) === language) return;
  await page.getByRole('button', { name: language.toUpperCase(), exact: true }).click();
  await expect.poll(() => shownLanguage(page)).toBe(language);
}

/** Follows the sign-in link of the newest e-mail to `email` whose subject matches, as its mailbox shows it. */
async function followSignInMail(page: Page, base: string, email: string, subject: RegExp): Promise<OutboxMessage> {
  const mail = await mailOf(base, email, subject);
  await page.goto(onPlatform(base, /https?:\/\/\S+\/sign-in\/complete#token=[A-Za-z0-9_.-]+/.exec(mail.text)![0]));
  return mail;
}

/** The words of `englishOnly` that the text shows. */
const englishIn = (text: string) =>
  englishOnly.filter((words) => new RegExp(`(^|[^\\p{L}])${words}(?![\\p{L}])`, 'u').test(text));

/** Saves the page in Portuguese and in French, on a phone and on a desktop; no size scrolls sideways. */
async function screenshotsPtFr(page: Page, step: string): Promise<void> {
  for (const [size, dimensions] of Object.entries(viewports)) {
    await page.setViewportSize(dimensions);
    for (const language of ['pt', 'fr']) {
      await showLanguage(page, language);
      await screenshot(page, `languages-${step}-${language}-${size}`);
      expect(await overflow(page), `${step} ${language} ${size}`).toBeLessThanOrEqual(0);
    }
  }
  await page.setViewportSize(viewports.phone);
  await showLanguage(page, 'pt');
}

describe('Agora in Portuguese and in Russian, for the members in Cape Verde, Portugal and Russia', () => {
  const env = platformAndBrowser({ demoAssemblies: true });
  const contexts: BrowserContext[] = [];
  afterAll(async () => {
    for (const context of contexts) await context.close();
  });
  /** A phone whose browser speaks `locale`. */
  const phone = async (locale: string) => {
    const context = await env.browser.newContext({ locale, viewport: viewports.phone });
    contexts.push(context);
    return context.newPage();
  };

  it('signs a person in from a Portuguese phone, and shows the open assembly’s room in Portuguese, no wider than the screen', async () => {
    const page = await phone('pt-PT');
    const base = env.platform.base;

    // A browser in Portuguese gets the sign-in page in Portuguese, and the link's e-mail too.
    await page.goto(`${base}/sign-in`);
    await expect.poll(() => shownLanguage(page)).toBe('pt');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Entrar');
    await screenshotsPtFr(page, 'sign-in');
    await page.locator('input[type=email]').fill('samuel.thirion@example.org');
    await page.locator('form button[type=submit]').click();
    await expect.poll(() => visibleText(page)).toContain('Veja o seu e-mail');
    const mail = await followSignInMail(page, base, 'samuel.thirion@example.org', /^A sua ligação de acesso à Agora/);
    expect(mail.text).toMatch(/^Olá Samuel Thirion,/);
    await expect.poll(() => page.locator('.account__name').textContent()).toBe('Samuel Thirion');

    // The open assembly's room.
    await enterDemoRoom(page, base);
    await screenshot(page, 'languages-room-pt-phone');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const text = await visibleText(page);
    expect(text).toContain('Discussão geral');
    expect(text).toContain('Ordem de trabalhos');
    expect(englishIn(text)).toEqual([]);
    await screenshotsPtFr(page, 'room');

    // The profile: the language and the plain-text e-mails, chosen by the person.
    await page.goto(`${base}/me`);
    await expect.poll(() => page.getByLabel('E-mails só em texto simples').count()).toBe(1);
    await screenshotsPtFr(page, 'profile');
    await page.getByLabel('E-mails só em texto simples').check();
    await page.locator('form.form button[type=submit]').first().click();
    await expect.poll(() => visibleText(page)).toContain('O seu perfil foi guardado.');
    const me = (await page.evaluate(async () => (await fetch('/api/me')).json())) as {
      person: { language: string; plainTextMail?: boolean };
    };
    expect(me.person).toMatchObject({ language: 'pt', plainTextMail: true });
  }, 240_000);

  it('shows a representative of 24 Russian members the open assembly’s room in Russian on a phone, no English word, no wider than the screen', async () => {
    const page = await phone('ru-RU');
    const base = env.platform.base;

    // A browser in Russian gets the sign-in page in Russian.
    await page.goto(`${base}/sign-in`);
    await expect.poll(() => shownLanguage(page)).toBe('ru');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(ru.signIn.title);
    await screenshot(page, 'languages-sign-in-ru-phone');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.locator('input[type=email]').fill('ekaterina.smoroda@example.org');
    await page.locator('form button[type=submit]').click();
    await followSignInMail(
      page,
      base,
      'ekaterina.smoroda@example.org',
      /sign-in link|lien de connexion|ligação de acesso|ссылка для входа/,
    );
    await expect.poll(() => page.locator('.account__name').textContent()).toBe('Ekaterina Smoroda');
    await showLanguage(page, 'ru');

    // The open assembly's room, in Russian, on a 390 px and a 320 px phone.
    await enterDemoRoom(page, base);
    const text = await visibleText(page);
    expect(text).toContain(ru.liveRoom.general);
    expect(text).toContain(ru.agenda.title);
    expect(englishIn(text)).toEqual([]);
    await screenshot(page, 'languages-room-ru-phone');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 320, height: 740 });
    await screenshot(page, 'languages-room-ru-320');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize(viewports.desktop);
    await screenshot(page, 'languages-room-ru-desktop');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  }, 240_000);
});
