import type { Page } from 'playwright-core';

/** The page's own width beyond the screen, and the elements sticking out on the right, outermost first. */
export function overflow(page: Page) {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : '';
      const classes = [...element.classList].map((name) => `.${name}`).join('');
      const testId = element.getAttribute('data-testid');
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${element.tagName.toLowerCase()}${id}${classes}${testId ? `[data-testid=${testId}]` : ''} "${text}"`;
    };
    /**
     * Inside a box that scrolls or clips on its own (a wide table in its scroller): the page does not move. A box
     * placed absolutely escapes every box up to the one it is placed in (a hidden label in a tab of a scrolling strip).
     */
    const heldBack = (element: Element) => {
      let escaping = getComputedStyle(element).position === 'absolute';
      for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (escaping && style.position === 'static' && style.transform === 'none') continue;
        if (style.overflowX !== 'visible') return box.getBoundingClientRect().right <= limit + 1;
        escaping = style.position === 'absolute';
      }
      return false;
    };
    const outside: Element[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right <= limit + 1) continue;
      if (getComputedStyle(element).display === 'contents' || heldBack(element)) continue;
      outside.push(element);
    }
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      elements: outside
        .slice(0, 6)
        .map((element) => `${describe(element)} reaches ${Math.round(element.getBoundingClientRect().right)} px`),
    };
  });
}
