import { createContext, useContext } from 'react';

/**
 * The server's field errors of the last failed submit, handed from <Form> to its fields by name.
 * A field drops its error the moment the user edits it, not when it loses focus: otherwise the
 * error line vanishes under the pointer as the user clicks "save", the button jumps, and the
 * click is lost.
 */
export interface ServerFieldErrors {
  messagesFor(name: string): readonly string[];
  dismiss(name: string): void;
}

const NO_MESSAGES: readonly string[] = [];

export const ServerFieldErrorsContext = createContext<ServerFieldErrors>({
  messagesFor: () => NO_MESSAGES,
  dismiss: () => undefined,
});

export function useServerFieldErrors(name: string | undefined): {
  messages: readonly string[];
  dismiss: () => void;
} {
  const errors = useContext(ServerFieldErrorsContext);
  if (name === undefined) return { messages: NO_MESSAGES, dismiss: () => undefined };
  return { messages: errors.messagesFor(name), dismiss: () => errors.dismiss(name) };
}

/**
 * Given to React Aria inside our own fields, so the copy of the server errors <Form> also hands
 * React Aria (for fields built directly on React Aria) does not show twice or linger until blur.
 */
export const NOT_FROM_REACT_ARIA: Record<string, string[]> = {};
