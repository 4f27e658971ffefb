/**
 * What the help desk tells the rest of the server after a change has committed: a request arrived,
 * or was assigned to someone. Notifications listen here, so the desk does not depend on mail. An
 * event carries ids only — never a request's content.
 */
export type HelpEvent =
  | { type: 'help.arrived'; requestId: string }
  | { type: 'help.assigned'; requestId: string; accountId: string };

type Listener = (event: HelpEvent) => void | Promise<void>;
const listeners = new Set<Listener>();

/** Subscribes; returns the function that unsubscribes. */
export function onHelpEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every listener, after the commit; a failing listener never fails the request. */
export async function emitHelpEvent(event: HelpEvent): Promise<void> {
  for (const listener of listeners) {
    try {
      await listener(event);
    } catch (err) {
      console.error(`Help desk notification failed: ${(err as Error).message}`);
    }
  }
}
