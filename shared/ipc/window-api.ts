import type { Channel, EventName } from './channels';
import type { EventPayload, RequestInput, Response, Result } from './contract';

/**
 * The object the preload puts on `window.ledgerbridge`, and the shape the dev
 * bridge client imitates in a plain browser.
 */
export interface LedgerBridgeApi {
  invoke<K extends Channel>(channel: K, request: RequestInput<K>): Promise<Result<Response<K>>>;
  /** Subscribes to a push event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
