import type { Dashboard } from '../../../shared/ipc/schemas/operations';
import type { Lang } from '../../../shared/i18n/lang';
import { Card, Note } from '../../components/ui';
import { useI18n } from '../../i18n';

type Shop = NonNullable<Dashboard['shops']>[number];

/** This card's own words (the shop states themselves are the tray's). */
const WORDS: Record<Lang, { title: string; needs: string; waiting: string; failed: string; failedAt: string; lastSync: string; never: string; shown: string }> = {
  da: { title: 'Dine butikker', needs: '{shops} kræver opmærksomhed', waiting: '{count} venter på dig', failed: 'Synkroniseringen mislykkedes: {problem} ({code})', failedAt: 'Synkroniseringen mislykkedes {at}: {problem} ({code})', lastSync: 'Seneste synkronisering', never: 'endnu ikke', shown: 'Vises nu' },
  en: { title: 'Your shops', needs: '{shops} needs attention', waiting: '{count} waiting for you', failed: 'The sync failed: {problem} ({code})', failedAt: 'The sync failed {at}: {problem} ({code})', lastSync: 'Last sync', never: 'not yet', shown: 'Shown now' },
};

/**
 * Every shop LedgerBridge runs side by side, each with its state as the tray shows it, what
 * stopped its last sync if it failed, and its last sync, and first of all which shop needs the owner. With one shop there is nothing to
 * tell apart, so the card is not shown.
 */
export function ShopsCard({ shops }: { shops: Shop[] }) {
  const i18n = useI18n();
  const { t, fill } = i18n;
  const w = WORDS[i18n.language];
  if (shops.length < 2) return null;
  const needing = shops.filter((s) => s.state === 'attention').map((s) => s.profile);
  return (
    <Card title={w.title}>
      {needing.length > 0 && <Note tone="warn">{fill(w.needs, { shops: needing.join(', ') })}</Note>}
      <ul className="shops" aria-label={w.title}>
        {shops.map((shop) => (
          <li key={shop.profile} className={`shop shop-${shop.state}`} aria-current={shop.active ? 'true' : undefined}>
            <strong>{shop.profile}</strong> <span className="muted">{shop.shopUrl}</span>
            {' · '}
            <span className={`badge badge-${shop.state === 'attention' ? 'warn' : shop.state === 'working' ? 'info' : 'ok'}`}>{t.tray[shop.state]}</span>
            {/* Why a shop cannot sync, in its row: the shop's overview (chosen under Butik) has the fix. */}
            {shop.syncFailure && ` · ${shop.syncFailure.at ? fill(w.failedAt, { at: i18n.dateTime(shop.syncFailure.at), problem: shop.syncFailure.title, code: shop.syncFailure.code }) : fill(w.failed, { problem: shop.syncFailure.title, code: shop.syncFailure.code })}`}
            {/* A shop not on screen says how to fix it here too (one that cannot be opened has no overview of its own). */}
            {shop.syncFailure?.fix && !shop.active && <span className="shop-fix"> {shop.syncFailure.fix}</span>}
            {shop.attentionCount > 0 && ` · ${fill(w.waiting, { count: i18n.count(shop.attentionCount) })}`}
            {' · '}
            {w.lastSync}: {shop.lastSyncAt ? i18n.dateTime(shop.lastSyncAt) : w.never}
            {shop.active && ` · ${w.shown}`}
          </li>
        ))}
      </ul>
    </Card>
  );
}
