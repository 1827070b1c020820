// "Snel weg": leave at once for a neutral site and leave nothing to go back to. The page replaces
// itself (location.replace), so Back does not return here; the chat is ended on the server with a
// request that outlives the page (keepalive); the tab title and stored keys are wiped first.
import { useEffect } from 'react';
import { chatStorage } from './chat-storage';

export const DEFAULT_EXIT_URL = 'https://www.meteo.be/nl';

export function quickExit(exitUrl: string, token: string | null): void {
  if (token) {
    void fetch('/api/chat/leave', {
      method: 'POST',
      keepalive: true,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token, reason: 'quick_exit' }),
    }).catch(() => undefined);
  }
  chatStorage.wipeEverything();
  document.title = '';
  // Nothing of the conversation stays on screen while the next page loads.
  document.body.replaceChildren();
  location.replace(exitUrl);
}

/** Escape twice within a second: the keyboard way out, also while typing. */
export function useDoubleEscape(onExit: () => void, withinMs = 1_000): void {
  useEffect(() => {
    let last = 0;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const now = Date.now();
      if (now - last <= withinMs) onExit();
      last = now;
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [onExit, withinMs]);
}
