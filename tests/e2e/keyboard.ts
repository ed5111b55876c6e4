import type { Page } from 'playwright-core';

/** Where the keyboard focus is, as a person using the keyboard alone meets it. */
export interface Focus {
  /** Its role and name in the accessibility tree, as Playwright reads them: `button "Envoyer"`, `radio "Pour"`. */
  control: string;
  /** The name alone ('' when the control has none). */
  name: string;
  /** A focus indicator is drawn: `:focus-visible` matches and gives an outline of 2px or more, or a box-shadow. */
  indicated: boolean;
  /** What draws it, for the message when it is missing. */
  style: string;
  /** Inside the live room. */
  inRoom: boolean;
  /** Some of it shows in the window (the browser scrolls the focused control into view). */
  onScreen: boolean;
  /** The scrolling or clipping box that hides part of its focus indicator, if one does. */
  cutBy: string | null;
  /** In a framed document (an e-mail shown as sent): drawn by that document's own styles, not checked here. */
  inFrame: boolean;
  /** The same element as at the previous look: a key that should have moved the focus did not. */
  stayed: boolean;
}

/** The focused element, or null when the focus is on the page itself (before the first control or after the last). */
export async function focusOf(page: Page): Promise<Focus | null> {
  const state = await page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement) return null;
    const tracked = window as unknown as { focusedSinceLoad?: Set<Element>; lastFocused?: Element };
    const stayed = tracked.lastFocused === element;
    tracked.lastFocused = element;
    if (element instanceof HTMLIFrameElement) return { kind: 'frame' as const, title: element.title, stayed };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none';
    const box = element.getBoundingClientRect();
    // The indicator drawn around it, and the first box around that hides part of it.
    const grow = outline ? Math.max(0, parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth)) : 0;
    let cutBy: string | null = null;
    for (
      let around = element.parentElement;
      around && around !== document.body && !cutBy;
      around = around.parentElement
    ) {
      const clip = getComputedStyle(around);
      if (clip.overflowX === 'visible' && clip.overflowY === 'visible') continue;
      const edge = around.getBoundingClientRect();
      const left = edge.left + around.clientLeft;
      const top = edge.top + around.clientTop;
      const cut =
        box.left - grow < left - 0.5 ||
        box.top - grow < top - 0.5 ||
        box.right + grow > left + around.clientWidth + 0.5 ||
        box.bottom + grow > top + around.clientHeight + 0.5;
      if (cut) cutBy = `<${around.tagName.toLowerCase()} class="${around.className}">`;
    }
    (tracked.focusedSinceLoad ??= new Set()).add(element);
    return {
      kind: 'element' as const,
      indicated: element.matches(':focus-visible') && (outline || shadow),
      style: `outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow}`,
      inRoom: element.closest('[data-testid=live-room]') !== null,
      onScreen:
        box.width > 0 &&
        box.height > 0 &&
        box.bottom > 0 &&
        box.top < window.innerHeight &&
        box.right > 0 &&
        box.left < window.innerWidth,
      tag: element.tagName.toLowerCase(),
      // For a control whose focus is inside the browser's own parts (a date field's day, month...).
      label: (
        element.getAttribute('aria-label') ??
        (element as HTMLInputElement).labels?.[0]?.textContent ??
        ''
      ).trim(),
      cutBy,
      stayed,
    };
  });
  if (!state) return null;
  if (state.kind === 'frame') {
    return {
      control: `frame "${state.title}"`,
      name: state.title,
      indicated: true,
      style: '',
      inRoom: false,
      onScreen: true,
      cutBy: null,
      inFrame: true,
      stayed: state.stayed,
    };
  }
  const snapshot = await page
    .locator('*:focus')
    .ariaSnapshot({ timeout: 1_000 })
    .catch(() => `- ${state.tag} "${state.label}"`);
  let control = (snapshot.split('\n')[0] ?? '').replace(/^- /, '').replace(/:$/, '');
  if (/^'.*'$/.test(control)) control = control.slice(1, -1).replaceAll("''", "'"); // YAML quoting
  // A <summary> has no role of its own in the snapshot ("text: …"): its text is its name.
  const name = /^text: /.test(control) ? control.slice(6) : (/^[\w-]+ "((?:[^"\\]|\\.)*)"/.exec(control)?.[1] ?? '');
  const { tag, label: _label, kind: _element, ...seen } = state;
  return { ...seen, control: tag === 'summary' ? `summary "${name}"` : control, name, inFrame: false };
}

/** One press of `key`, then where the focus went. */
export async function press(page: Page, key: string): Promise<Focus | null> {
  await page.keyboard.press(key);
  return focusOf(page);
}

/**
 * Presses Tab (or Shift+Tab) until the focus reaches a control whose role and name match, checking
 * on the way that each control passed is named and shows its focus. Fails after `limit` presses.
 */
export async function tabTo(
  page: Page,
  control: RegExp,
  options: { backwards?: boolean; limit?: number } = {},
): Promise<Focus> {
  const passed: string[] = [];
  for (let presses = 0; presses < (options.limit ?? 120); presses++) {
    const focus = await press(page, options.backwards ? 'Shift+Tab' : 'Tab');
    if (!focus) continue;
    const problem = focus.stayed ? `The focus is stuck on ${focus.control}` : focusProblem(focus);
    if (problem) throw new Error(`${problem} (after ${passed.join(' → ')})`);
    if (control.test(focus.control)) return focus;
    passed.push(focus.control);
  }
  throw new Error(`The keyboard never reached ${control} (went through ${passed.join(' → ')})`);
}

/** What is wrong with a control the focus is on: no name, no visible focus, off the screen, or partly hidden. */
export function focusProblem(focus: Focus): string | null {
  if (focus.name.trim() === '') return `A control has no name: ${focus.control}`;
  if (!focus.indicated) return `The focus does not show on ${focus.control} (${focus.style})`;
  if (!focus.onScreen) return `The focused ${focus.control} is off the screen`;
  if (focus.cutBy) return `The focus of ${focus.control} is partly hidden by ${focus.cutBy}`;
  return null;
}

/**
 * The controls of the live room that take the focus (visible, enabled) and that the focus never
 * reached since the page loaded (as seen by `focusOf`); of a group of radio buttons, one is enough
 * (the arrows move within it).
 */
export function unreachedRoomControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const reached = (window as unknown as { focusedSinceLoad?: Set<Element> }).focusedSinceLoad ?? new Set<Element>();
    const room = document.querySelector('[data-testid=live-room]');
    if (!room) return ['the live room itself'];
    const controls = [
      ...room.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]'),
    ].filter(
      (element) =>
        element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled && element.getClientRects().length > 0,
    );
    const radiosReached = new Set(
      [...reached]
        .filter((element) => element instanceof HTMLInputElement && element.type === 'radio')
        .map((element) => (element as HTMLInputElement).name),
    );
    return controls
      .filter(
        (element) =>
          !reached.has(element) &&
          !(element instanceof HTMLInputElement && element.type === 'radio' && radiosReached.has(element.name)),
      )
      .map(
        (element) =>
          `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 60)}"`,
      );
  });
}
