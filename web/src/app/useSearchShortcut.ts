import { useEffect } from 'react';

export const SEARCH_SHORTCUT_ATTRIBUTE = 'data-shortcut';
export const SEARCH_SHORTCUT_VALUE = 'search';

function isTypingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Staff work from the keyboard: `/` jumps to the page's search or filter field, as in many tools
 * they know. A page opts in by marking one input with data-shortcut="search". The key is left
 * alone while the user types, so a `/` in a text is never swallowed.
 */
export function useSearchShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.key !== '/' ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        event.defaultPrevented
      )
        return;
      if (isTypingInto(event.target)) return;
      const field = document.querySelector<HTMLElement>(
        `[${SEARCH_SHORTCUT_ATTRIBUTE}="${SEARCH_SHORTCUT_VALUE}"]`,
      );
      if (field === null) return;
      event.preventDefault();
      field.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
