import { useEffect, useState } from 'react';
import type { EconomicGrantStatus } from '../../../../shared/ipc/schemas/economic-grant';
import { useClient } from '../../../client/context';
import { ErrorNote, Field, Note } from '../../../components/ui';
import { useAction, useAsync } from '../../../hooks/use-async';
import { useI18n } from '../../../i18n';
import { StepNav, useStepNav } from '../nav';
import type { StepProps } from '../types';

/** How often the step asks whether e-conomic has sent the grant back. */
const POLL_MS = 1000;

type Company = { companyName: string; agreementNumber?: number };

/**
 * Connecting e-conomic: the owner logs in to e-conomic in the browser and adds the app
 * (e-conomic sends the grant back to LedgerBridge by itself); pasting the two tokens is
 * the fallback for installations without an e-conomic app of their own.
 */
export function EconomicStep(props: StepProps) {
  const { state, save, busy } = props;
  const client = useClient();
  const { t, fill } = useI18n();
  const previous = state.answers.economic;
  const initial = useAsync(() => client.call('economic.grantStatus', {}), []);
  const [grant, setGrant] = useState<EconomicGrantStatus>();
  const [appSecretToken, setAppSecretToken] = useState('');
  const [agreementGrantToken, setAgreementGrantToken] = useState('');
  const [pasted, setPasted] = useState<Company | null>(null);
  const status = grant ?? initial.data;

  // While e-conomic has the owner, ask now and then whether the grant came back.
  useEffect(() => {
    if (status?.state !== 'waiting') return;
    const timer = setInterval(() => void client.call('economic.grantStatus', {}).then(setGrant, () => undefined), POLL_MS);
    return () => clearInterval(timer);
  }, [client, status?.state]);

  const start = useAction(async () => {
    const started = await client.call('economic.startGrant', {});
    setGrant(started);
    if (started.url) window.open(started.url, '_blank', 'noopener');
  });
  const cancel = useAction(async () => setGrant(await client.call('economic.cancelGrant', {})));
  const test = useAction(async () => {
    setPasted(null);
    const result = await client.call('economic.testConnection', { appSecretToken, agreementGrantToken });
    setPasted(result);
    return result;
  });

  const granted: Company | null =
    status?.state === 'connected' && status.companyName !== null ? { companyName: status.companyName, ...(status.agreementNumber !== null ? { agreementNumber: status.agreementNumber } : {}) } : null;
  const typed = appSecretToken !== '' || agreementGrantToken !== '';
  const company = pasted ?? granted ?? (typed ? null : (previous ?? null));
  const nav = useStepNav(props, typed, async (next) => {
    const tokens = typed ? { appSecretToken, agreementGrantToken } : null;
    const tested = tokens ? (pasted ?? (await test.run())) : company;
    if (!tested) return false;
    const economic = { companyName: tested.companyName, ...(tested.agreementNumber !== undefined ? { agreementNumber: tested.agreementNumber } : {}) };
    return save({ economic }, { next, ...(tokens ? { economicCredentials: tokens } : {}) });
  });
  const change = (apply: () => void) => {
    apply();
    setPasted(null);
  };

  return (
    <div className="form">
      {status && status.state !== 'unavailable' && (
        <section className="grant" aria-label={t.wizard.economic.grantTitle}>
          <p>{t.wizard.economic.grantIntro}</p>
          <div className="toolbar">
            <button type="button" className={company ? undefined : 'primary'} disabled={start.busy || status.state === 'waiting'} onClick={() => void start.run()}>
              {t.wizard.economic.grantButton}
            </button>
            {status.state === 'waiting' && <button type="button" onClick={() => void cancel.run()}>{t.common.cancel}</button>}
          </div>
          {status.state === 'waiting' && (
            <Note tone="info">
              {t.wizard.economic.waiting}{' '}
              {status.url && <a href={status.url} target="_blank" rel="noopener noreferrer">{t.wizard.economic.openAgain}</a>}
            </Note>
          )}
          {status.state === 'failed' && status.problem && (
            <div className="note note-bad" role="alert">
              {status.problem.message} {status.problem.fix} <span className="note-code">({t.common.errorCode} {status.problem.code})</span>
            </div>
          )}
          <ErrorNote error={start.error ?? cancel.error} />
        </section>
      )}
      <details className="token-fallback" open={status?.state === 'unavailable' || typed}>
        <summary>{status?.state === 'unavailable' ? t.wizard.economic.intro : t.wizard.economic.pasteInstead}</summary>
        <Field label={t.wizard.economic.appSecretToken}>
          <input type="password" autoComplete="off" value={appSecretToken} onChange={(e) => change(() => setAppSecretToken(e.target.value.trim()))} />
        </Field>
        <Field label={t.wizard.economic.agreementGrantToken}>
          <input type="password" autoComplete="off" value={agreementGrantToken} onChange={(e) => change(() => setAgreementGrantToken(e.target.value.trim()))} />
        </Field>
        <div className="toolbar">
          <button type="button" disabled={!appSecretToken || !agreementGrantToken || test.busy} onClick={() => void test.run()}>{t.common.test}</button>
        </div>
        <ErrorNote error={test.error} />
      </details>
      <ErrorNote error={initial.error} />
      {company && <Note tone="ok">{fill(t.wizard.economic.connected, { company: company.companyName, agreement: company.agreementNumber ?? '—' })}</Note>}
      <StepNav
        step={state.step}
        onBack={() => void nav.back()}
        nextDisabled={!(company || (appSecretToken && agreementGrantToken)) || busy || test.busy}
        onNext={() => void nav.next()}
      />
    </div>
  );
}
