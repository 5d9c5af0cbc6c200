import { CATALOGUE, isErrorCode, placeTokensIn } from '../../shared/errors';
import { goToLabel, isPlaceId, type PlaceId } from '../../shared/i18n/places';
import { useI18n } from '../i18n';
import { routeToPlace, useNavigation, type Route } from '../navigation';

/** The places a catalogue code's fix leads to (for an error that came back from a call). */
export function placesOfCode(code: string): PlaceId[] {
  if (!isErrorCode(code)) return [];
  return [...new Set(placeTokensIn(CATALOGUE[code].da.fix).filter(isPlaceId))];
}

/**
 * One button per place a fix names, which takes the owner there: the screen opens,
 * inside the order, day or log entry concerned, with the control focused.
 */
export function GoToButtons({
  places,
  orderId,
  logId,
  invoice,
  dayId,
  exclude = [],
}: {
  places: readonly string[];
  orderId?: string | null;
  logId?: string | null;
  invoice?: Route['invoice'] | null;
  dayId?: number | null;
  exclude?: readonly string[];
}) {
  const { language, t } = useI18n();
  const { go } = useNavigation();
  const shown = places.filter((p): p is PlaceId => isPlaceId(p) && !exclude.includes(p));
  if (shown.length === 0) return null;
  return (
    <div className="go-to" role="group" aria-label={t.goTo.label}>
      {shown.map((place) => (
        <button key={place} type="button" className="go-to-button" onClick={() => go(routeToPlace(place, { orderId, logId, invoice, dayId }))}>
          {goToLabel(place, language)}
        </button>
      ))}
    </div>
  );
}
