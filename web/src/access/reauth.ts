import { createContext } from 'react';
// When a save meets an expired session, the page stays where it is: the client asks this broker
// for a new sign-in, the dialog in the staff layout takes it (password and 2FA), and the client
// sends the same request again. What the worker typed never leaves the screen.

export interface Reauthenticator {
  /** True while a dialog is asking: other requests that meet a 401 wait for the same answer. */
  readonly isPending: boolean;
  /** Resolves true once the same person is signed in again, false if they chose to leave. */
  request(): Promise<boolean>;
}

export class ReauthBroker implements Reauthenticator {
  private pending: Promise<boolean> | null = null;
  private resolve: ((signedIn: boolean) => void) | null = null;
  private readonly listeners = new Set<() => void>();

  get isPending(): boolean {
    return this.pending !== null;
  }

  request(): Promise<boolean> {
    // No dialog on screen (e.g. on the sign-in pages): nothing to wait for.
    if (this.listeners.size === 0) return Promise.resolve(false);
    if (!this.pending) {
      this.pending = new Promise((resolve) => {
        this.resolve = resolve;
      });
      this.notify();
    }
    return this.pending;
  }

  settle(signedIn: boolean): void {
    const resolve = this.resolve;
    this.pending = null;
    this.resolve = null;
    this.notify();
    resolve?.(signedIn);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

export const ReauthContext = createContext<ReauthBroker | null>(null);
