import { useState } from 'react';
import { SCREENS, type ScreenId } from '../../shared/i18n/places';
import type { TrayState } from '../../shared/ipc/schemas/common';
import { useClient } from '../client/context';
import { CountInName } from './count-in-name';
import { useAction } from '../hooks/use-async';
import { useI18n } from '../i18n';
import { useNavigation } from '../navigation';
import { ErrorNote } from './ui';
import { ShopSwitcher } from './shop-switcher';

export interface SidebarStatus {
  trayState: TrayState;
  paused: boolean;
  attentionCount: number;
  /** The owner's switch for automatic posting. */
  automaticPosting: boolean;
  /** False until the setup is saved: nothing runs, and the sidebar says so. */
  setUp: boolean;
}

/**
 * The app's navigation (less the screens `hidden` for this shop), the sync's state, and automatic posting ON/OFF on every screen,
 * with the switch to turn it off (who and when are recorded, as when it was turned on).
 */
export function Sidebar({
  status,
  hidden = [],
  onPostingChanged,
  shops,
}: {
  status: SidebarStatus;
  hidden?: readonly ScreenId[];
  onPostingChanged: () => void;
  /** The shop switcher: `version` reads the shops again, `onChanged` gets the active shop. */
  shops?: { version: number; onChanged: (active: string | null) => void };
}) {
  const { t } = useI18n();
  const { route, go } = useNavigation();
  const statusText = !status.setUp ? t.tray.setup : status.paused ? t.tray.paused : t.tray[status.trayState];
  const tone = !status.setUp ? 'setup' : status.paused ? 'paused' : status.trayState;
  return (
    <nav className="sidebar" aria-label="LedgerBridge">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        LedgerBridge
      </div>
      {status.setUp && shops && <ShopSwitcher version={shops.version} onChanged={shops.onChanged} />}
      <ul>
        {SCREENS.filter((screen) => !hidden.includes(screen)).map((screen: ScreenId) => (
          <li key={screen}>
            <button
              type="button"
              className={screen === route.screen ? 'nav-item active' : 'nav-item'}
              aria-current={screen === route.screen ? 'page' : undefined}
              onClick={() => go({ screen })}
            >
              {t.nav[screen]}
              {screen === 'log' && status.attentionCount > 0 && <CountInName count={status.attentionCount} className="nav-count" />}
            </button>
          </li>
        ))}
      </ul>
      {status.setUp && <PostingSwitch on={status.automaticPosting} onChanged={onPostingChanged} />}
      <div className={`tray-status tray-${tone}`} role="status" aria-label={t.tray.label}>
        <span className="dot" aria-hidden="true" />
        {statusText}
      </div>
    </nav>
  );
}

function PostingSwitch({ on, onChanged }: { on: boolean; onChanged: () => void }) {
  const client = useClient();
  const { t } = useI18n();
  const { go } = useNavigation();
  const [asking, setAsking] = useState(false);
  const [name, setName] = useState('');
  const off = useAction(async () => {
    await client.call('supervised.deactivate', { by: name.trim() });
    setAsking(false);
    setName('');
    onChanged();
  });
  return (
    // A group, not a landmark: the overview's card of the same name is the region for automatic posting.
    <div role="group" className={`posting posting-${on ? 'on' : 'off'}`} aria-label={t.posting.label}>
      <div className="posting-state">
        <span>{t.posting.label}</span>
        <strong className="posting-value">{on ? t.posting.on : t.posting.off}</strong>
      </div>
      {on && !asking && (
        <button type="button" className="posting-button" onClick={() => setAsking(true)}>
          {t.posting.switchOff}
        </button>
      )}
      {!on && (
        <button type="button" className="posting-button link-light" onClick={() => go({ screen: 'overview', place: 'overview.activate' })}>
          {t.posting.switchOn}
        </button>
      )}
      {asking && (
        <form
          className="posting-confirm"
          role="dialog"
          aria-label={t.posting.switchOffTitle}
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) void off.run();
          }}
        >
          <p>{t.posting.switchOffText}</p>
          <label className="field-label" htmlFor="posting-off-name">{t.posting.yourName}</label>
          <input id="posting-off-name" value={name} autoFocus onChange={(e) => setName(e.target.value)} />
          <div className="toolbar">
            <button type="submit" className="danger" disabled={!name.trim() || off.busy}>{t.posting.confirmOff}</button>
            <button type="button" className="posting-button" onClick={() => setAsking(false)}>{t.common.cancel}</button>
          </div>
          <ErrorNote error={off.error} />
        </form>
      )}
    </div>
  );
}
