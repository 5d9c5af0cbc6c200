import { useState } from 'react';
import type { Response } from '../../shared/ipc/contract';
import { useClient } from '../client/context';
import { useAction, useAsync } from '../hooks/use-async';
import { useI18n } from '../i18n';
import { useNavigation } from '../navigation';
import { ErrorNote, Note } from './ui';

type Shops = Response<'shops.list'>;

/**
 * Which shop the screens show (the overview and the tray show every shop whatever is chosen),
 * adding a shop through the setup wizard, and removing one after the owner confirmed it.
 * `onChanged` gets the active shop after a switch or a removal; a new `version` (the wizard
 * saved a new shop) reads the shops again.
 */
export function ShopSwitcher({ version, onChanged }: { version: number; onChanged: (active: string | null) => void }) {
  const client = useClient();
  const { t, fill } = useI18n();
  const { go } = useNavigation();
  const loaded = useAsync(() => client.call('shops.list', {}), [version]);
  const [confirming, setConfirming] = useState(false);
  const [removedNote, setRemovedNote] = useState<string | null>(null);
  const current = loaded.data;
  const changed = (next: Shops) => {
    loaded.reload();
    onChanged(next.active);
  };
  const choose = useAction(async (name: string) => {
    setRemovedNote(null);
    changed(await client.call('shops.switch', { name }));
  });
  const add = useAction(async () => {
    await client.call('shops.add', {});
    loaded.reload();
    go({ screen: 'setup' });
  });
  const cancelAdd = useAction(async () => {
    changed(await client.call('shops.cancelAdd', {}));
    go({ screen: 'overview' });
  });
  const remove = useAction(async (name: string) => {
    const result = await client.call('shops.remove', { name, confirm: true });
    setConfirming(false);
    setRemovedNote(fill(t.shops.removed, { name: result.removed, backup: result.backup ?? result.archivedIn }));
    changed(result.shops);
  });
  if (!current || current.shops.length === 0) return null;
  const active = current.active ?? current.shops[0].name;
  const error = choose.error ?? add.error ?? cancelAdd.error ?? remove.error;
  return (
    <section className="shop-switcher" aria-label={t.shops.label}>
      <label className="field-label" htmlFor="shop-switcher-select">{t.shops.label}</label>
      <select id="shop-switcher-select" data-place="shops.choose" value={active} aria-describedby="shop-switcher-hint" disabled={choose.busy || remove.busy} onChange={(e) => void choose.run(e.target.value)}>
        {current.shops.map((shop) => (
          <option key={shop.name} value={shop.name}>
            {shop.name}
          </option>
        ))}
      </select>
      <p id="shop-switcher-hint" className="shop-switcher-hint">{t.shops.hint}</p>
      {current.adding ? (
        <>
          <p className="shop-switcher-hint">{t.shops.adding}</p>
          <button type="button" className="posting-button" disabled={cancelAdd.busy} onClick={() => void cancelAdd.run()}>{t.shops.cancelAdd}</button>
        </>
      ) : (
        <div className="toolbar">
          <button type="button" className="posting-button" disabled={add.busy} onClick={() => void add.run()}>{t.shops.add}</button>
          {current.shops.length > 1 && !confirming && (
            <button type="button" className="posting-button" data-place="shops.remove" onClick={() => setConfirming(true)}>{t.shops.remove}</button>
          )}
        </div>
      )}
      {confirming && (
        <div className="posting-confirm" role="dialog" aria-label={fill(t.shops.removeTitle, { name: active })}>
          <p>{fill(t.shops.removeText, { name: active })}</p>
          <div className="toolbar">
            <button type="button" className="danger" disabled={remove.busy} onClick={() => void remove.run(active)}>{fill(t.shops.confirmRemove, { name: active })}</button>
            <button type="button" className="posting-button" onClick={() => setConfirming(false)}>{t.common.cancel}</button>
          </div>
        </div>
      )}
      {removedNote && <Note tone="ok">{removedNote}</Note>}
      <ErrorNote error={error} />
    </section>
  );
}
