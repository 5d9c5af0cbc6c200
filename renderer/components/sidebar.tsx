import type { TrayState } from '../../shared/ipc/schemas/common';
import { useI18n } from '../i18n';

export const SCENES = ['overview', 'orders', 'log', 'mail', 'invoices', 'import', 'settings', 'setup'] as const;
export type SceneId = (typeof SCENES)[number];

export function Sidebar({
  current,
  onSelect,
  trayState,
  paused,
  attentionCount,
}: {
  current: SceneId;
  onSelect: (scene: SceneId) => void;
  trayState: TrayState;
  paused: boolean;
  attentionCount: number;
}) {
  const { t } = useI18n();
  const statusText = paused ? t.tray.paused : t.tray[trayState];
  return (
    <nav className="sidebar" aria-label="LedgerBridge">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        LedgerBridge
      </div>
      <ul>
        {SCENES.map((scene) => (
          <li key={scene}>
            <button
              type="button"
              className={scene === current ? 'nav-item active' : 'nav-item'}
              aria-current={scene === current ? 'page' : undefined}
              aria-label={scene === 'log' && attentionCount > 0 ? `${t.nav[scene]} (${attentionCount})` : undefined}
              onClick={() => onSelect(scene)}
            >
              {t.nav[scene]}
              {scene === 'log' && attentionCount > 0 && <span className="nav-count">{attentionCount}</span>}
            </button>
          </li>
        ))}
      </ul>
      <div className={`tray-status tray-${paused ? 'paused' : trayState}`} role="status" aria-label="status">
        <span className="dot" aria-hidden="true" />
        {statusText}
      </div>
    </nav>
  );
}
