import type { LedgerBridgeApi } from '../../shared/ipc/window-api';
import type { Channel, EventName } from '../../shared/ipc/channels';
import type { EventPayload, IpcError, RequestInput, Response } from '../../shared/ipc/contract';

/** A failed call, with the catalogue or transport code the UI can explain. */
export class CallError extends Error {
  readonly code: string;
  constructor(error: IpcError) {
    super(error.message);
    this.name = 'CallError';
    this.code = error.code;
  }
}

/** The renderer's API: calls resolve with the value or throw a CallError. */
export interface Client {
  call<K extends Channel>(channel: K, request: RequestInput<K>): Promise<Response<K>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export function createClient(api: LedgerBridgeApi): Client {
  return {
    async call(channel, request) {
      const result = await api.invoke(channel, request);
      if (!result.ok) throw new CallError(result.error);
      return result.value;
    },
    on: (event, listener) => api.on(event, listener),
  };
}
