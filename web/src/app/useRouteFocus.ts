import { useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { PAGE_TITLE_ID } from '../ui/PageHeader';

/**
 * After client-side navigation the browser keeps focus on the link that was used, so a screen
 * reader user hears nothing about the new page. Moving focus to the new page's h1 reads its title
 * and puts the next Tab inside the page. The first load keeps the browser's own behaviour.
 */
export function useRouteFocus(): void {
  const resolvedPath = useRouterState({ select: (state) => state.resolvedLocation?.pathname });
  const previousPath = useRef(resolvedPath);
  useEffect(() => {
    if (resolvedPath === previousPath.current) return;
    const isFirstResolve = previousPath.current === undefined;
    previousPath.current = resolvedPath;
    if (isFirstResolve) return;
    document.getElementById(PAGE_TITLE_ID)?.focus();
  }, [resolvedPath]);
}
