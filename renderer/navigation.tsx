import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { isPlaceId, PLACES, type PlaceDef, type PlaceId, type ScreenId } from '../shared/i18n/places';
import type { OrderStatus } from '../shared/i18n/order-status';

/**
 * Where the app shows what: a screen, and optionally one thing on it (an order, an
 * invoice, a day, a log entry), a filter, and a control to bring into view (a place a fix
 * names). Every "go there" in the app is a Route.
 */
export interface Route {
  screen: ScreenId;
  place?: PlaceId;
  orderId?: string;
  invoice?: { kind: 'draft' | 'booked'; number: number };
  /** A daily summary on the Days screen (its ledger id). */
  dayId?: number;
  logId?: string;
  status?: OrderStatus;
}

export interface Navigation {
  route: Route;
  go(route: Route): void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ value, children }: { value: Navigation; children: ReactNode }) {
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

/** The app's navigation; outside the app frame (a scene rendered alone) a route that goes nowhere. */
export function useNavigation(): Navigation {
  return useContext(NavigationContext) ?? { route: { screen: 'overview' }, go: () => undefined };
}

/** The route to a place a fix names, inside the order, invoice, day or log entry it is about. */
export function routeToPlace(place: PlaceId, context: { orderId?: string | null; logId?: string | null; invoice?: Route['invoice'] | null; dayId?: number | null } = {}): Route {
  const def = PLACES[place];
  return {
    screen: def.screen,
    place,
    orderId: def.scope === 'order' ? (context.orderId ?? undefined) : undefined,
    logId: def.scope === 'logEntry' ? (context.logId ?? undefined) : undefined,
    invoice: def.scope === 'invoice' ? (context.invoice ?? undefined) : undefined,
    dayId: def.scope === 'day' ? (context.dayId ?? undefined) : undefined,
  };
}

/** Waits this long at most for a place's control to appear (a scene may still be loading). */
const FOCUS_TIMEOUT_MS = 5000;

/**
 * Once the route's control is on screen (`data-place` carries its id), brings it into
 * view and focuses it; a wizard step is pressed, so the step opens.
 */
export function useFocusPlace(route: Route): void {
  useEffect(() => {
    const place = route.place;
    if (!place || !isPlaceId(place)) return;
    const find = () => document.querySelector<HTMLElement>(`[data-place="${place}"]`);
    const arrive = (el: HTMLElement) => {
      if ((PLACES[place] as PlaceDef).press === true && !el.getAttribute('aria-current')) el.click();
      el.scrollIntoView?.({ block: 'center' });
      el.focus();
    };
    const found = find();
    if (found) return arrive(found);
    const observer = new MutationObserver(() => {
      const el = find();
      if (el) {
        observer.disconnect();
        arrive(el);
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), FOCUS_TIMEOUT_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [route]);
}
