import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { LedgerBridgeApi } from '../../../shared/ipc/window-api';
import type { EventName } from '../../../shared/ipc/channels';
import type { AppEvent, Result } from '../../../shared/ipc/contract';
import { dispatch } from '../../../shared/ipc/dispatch';
import type { Lang } from '../../../shared/i18n/lang';
import { createClient, type Client } from '../../../renderer/client/client';
import { ClientProvider } from '../../../renderer/client/context';
import { UnsavedChangesProvider } from '../../../renderer/components/unsaved-changes';
import { I18nProvider } from '../../../renderer/i18n';
import { NavigationProvider, type Route } from '../../../renderer/navigation';
import { createMemoryService, type MemoryService, type MemoryServiceOptions } from '../../shared/ipc/memory-service';

/**
 * The renderer's API wired straight to an in-memory service through the same
 * dispatch pipeline the real transports use (payloads and responses validated).
 */
export function createTestBridge(memory: MemoryService) {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const api: LedgerBridgeApi = {
    invoke: (channel, request) => dispatch(memory.service, channel, request, { validateResponses: true }) as Promise<Result<never>>,
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: unknown) => void);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
  return {
    client: createClient(api),
    emit(event: AppEvent) {
      listeners.get(event.name)?.forEach((listener) => listener(event.payload));
    },
  };
}

/**
 * Renders one scene against the in-memory service, in the route given (e.g. an order to
 * open); every "go there" the scene asks for is recorded in `routes`.
 */
export function renderScene(ui: ReactElement, options: MemoryServiceOptions & { language?: Lang; memory?: MemoryService; route?: Route } = {}) {
  const memory = options.memory ?? createMemoryService(options);
  const bridge = createTestBridge(memory);
  const routes: Route[] = [];
  const navigation = { route: options.route ?? { screen: 'overview' as const }, go: (r: Route) => void routes.push(r) };
  const view = render(wrap(ui, bridge.client, options.language ?? 'da', navigation));
  return { ...view, memory, routes, ...bridge };
}

export function wrap(ui: ReactElement, client: Client, language: Lang, navigation?: { route: Route; go: (r: Route) => void }) {
  const inner = (
    <I18nProvider language={language}>
      <UnsavedChangesProvider>{ui}</UnsavedChangesProvider>
    </I18nProvider>
  );
  return <ClientProvider client={client}>{navigation ? <NavigationProvider value={navigation}>{inner}</NavigationProvider> : inner}</ClientProvider>;
}

/** The channels the UI called, in order. */
export function channelsCalled(memory: MemoryService): string[] {
  return memory.calls.map((c) => c.channel);
}
