import { useState } from 'react';
import type { ShopCredentials } from '../../../../shared/ipc/schemas/setup';
import { useClient } from '../../../client/context';
import { ErrorNote, Field, Note } from '../../../components/ui';
import { useAction } from '../../../hooks/use-async';
import { useI18n } from '../../../i18n';
import { StepNav, useStepNav } from '../nav';
import type { StepProps } from '../types';

type Platform = 'woocommerce' | 'shopify';

export function ShopStep(props: StepProps) {
  const { state, save, busy } = props;
  const client = useClient();
  const { t, fill } = useI18n();
  const previous = state.answers.shop;
  const [platform, setPlatform] = useState<Platform>(previous?.platform ?? 'woocommerce');
  const [url, setUrl] = useState(previous?.url ?? '');
  const [key, setKey] = useState('');
  const [secret, setSecret] = useState('');
  const [token, setToken] = useState('');
  const [tested, setTested] = useState<{ shopName: string; currency: string } | null>(
    previous ? { shopName: previous.shopName, currency: previous.currency } : null,
  );
  // Keys already in the keychain need not be typed again unless something changes.
  const [keysChanged, setKeysChanged] = useState(!previous);

  const credentials = (): ShopCredentials =>
    platform === 'woocommerce' ? { kind: 'woocommerce', consumerKey: key, consumerSecret: secret } : { kind: 'shopifyToken', accessToken: token };
  const filled = platform === 'woocommerce' ? key !== '' && secret !== '' : token !== '';
  const test = useAction(async () => {
    setTested(null);
    const result = await client.call('shop.testConnection', { platform, url: url.trim(), credentials: credentials() });
    setTested(result);
    return result;
  });
  const unchanged = previous !== undefined && platform === previous.platform && url.trim() === previous.url && !key && !secret && !token;
  const nav = useStepNav(props, !unchanged && (url !== '' || filled), async (next) => {
    // A connection is stored only after a test that passed; keys typed since are tested first.
    const identity = tested ?? (url && filled ? await test.run() : undefined);
    if (!identity) return false;
    return save(
      { shop: { platform, url: url.trim(), shopName: identity.shopName, currency: identity.currency } },
      { next, ...(keysChanged ? { shopCredentials: credentials() } : {}) },
    );
  });
  const change = (apply: () => void) => {
    apply();
    setKeysChanged(true);
    setTested(null);
  };

  return (
    <div className="form">
      <Field label={t.wizard.shop.platform}>
        <select value={platform} onChange={(e) => change(() => setPlatform(e.target.value as Platform))}>
          <option value="woocommerce">WooCommerce</option>
          <option value="shopify">Shopify</option>
        </select>
      </Field>
      <Field label={t.wizard.shop.url}>
        <input type="url" value={url} placeholder={platform === 'shopify' ? 'https://butik.myshopify.com' : 'https://butik.dk'} onChange={(e) => change(() => setUrl(e.target.value))} />
      </Field>
      {platform === 'woocommerce' ? (
        <>
          <Field label={t.wizard.shop.consumerKey}>
            <input value={key} autoComplete="off" spellCheck={false} onChange={(e) => change(() => setKey(e.target.value.trim()))} />
          </Field>
          <Field label={t.wizard.shop.consumerSecret}>
            <input type="password" value={secret} autoComplete="off" onChange={(e) => change(() => setSecret(e.target.value.trim()))} />
          </Field>
        </>
      ) : (
        <Field label={t.wizard.shop.accessToken}>
          <input type="password" value={token} autoComplete="off" onChange={(e) => change(() => setToken(e.target.value.trim()))} />
        </Field>
      )}
      <div className="toolbar">
        <button type="button" disabled={!url || !filled || test.busy} onClick={() => void test.run()}>{t.common.test}</button>
      </div>
      <ErrorNote error={test.error} />
      {tested ? <Note tone="ok">{fill(t.wizard.shop.connected, { name: tested.shopName, currency: tested.currency })}</Note> : <p className="muted">{t.wizard.shop.testFirst}</p>}
      <StepNav step={state.step} onBack={() => void nav.back()} nextDisabled={!(tested || (url && filled)) || busy || test.busy} onNext={() => void nav.next()} />
    </div>
  );
}
