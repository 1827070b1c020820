import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { ConsoleConnection, type ConsoleSnapshot } from './console-connection';

const idle = { subscribe: () => () => undefined, getSnapshot: (): ConsoleSnapshot | null => null };

/** The console socket for as long as the page is open; nudges refresh the console's queries. */
export function useConsoleConnection(path: string, onAlert?: (alertId: string) => void): [ConsoleConnection | null, ConsoleSnapshot | null] {
  const queryClient = useQueryClient();
  const alertRef = useRef(onAlert);
  alertRef.current = onAlert;
  const [connection, setConnection] = useState<ConsoleConnection | null>(null);
  useEffect(() => {
    const fresh = new ConsoleConnection({
      path,
      onNudge: () => void queryClient.invalidateQueries({ queryKey: ['console'] }),
      onAlert: (id) => alertRef.current?.(id),
    });
    setConnection(fresh);
    return () => fresh.stop();
  }, [path, queryClient]);
  const store = connection ?? idle;
  return [connection, useSyncExternalStore<ConsoleSnapshot | null>(store.subscribe, store.getSnapshot)];
}
