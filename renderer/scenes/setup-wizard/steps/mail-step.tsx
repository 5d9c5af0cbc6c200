import { useRef, useState } from 'react';
import { useI18n } from '../../../i18n';
import { MailTemplate } from '../../mail-template';
import { MailServerForm, type MailServerFormHandle } from '../../settings/mail-server-form';
import { StepNav, useStepNav } from '../nav';
import type { StepProps } from '../types';

/**
 * Where the invoice comes from and, when we mail it, the mail server and the text.
 * "Next" saves the mail server too: nothing typed here is lost by moving on.
 */
export function MailStep(props: StepProps) {
  const { state, save, busy } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const stored = state.answers.mail?.invoiceSource;
  const [source, setSource] = useState<'shop' | 'economic'>(stored ?? 'shop');
  const [serverDirty, setServerDirty] = useState(false);
  const server = useRef<MailServerFormHandle>(null);
  const mailed = source === 'economic';
  const nav = useStepNav(props, source !== (stored ?? 'shop') || (mailed && serverDirty), async (next) => {
    if (mailed && server.current && !(await server.current.saveIfChanged())) return false;
    return save({ mail: { invoiceSource: source } }, { next });
  });
  return (
    <div className="form">
      <p>{t.wizard.mail.intro}</p>
      <label className="check">
        <input type="radio" name="invoiceSource" checked={source === 'shop'} onChange={() => setSource('shop')} />
        {t.wizard.mail.shop}
      </label>
      <label className="check">
        <input type="radio" name="invoiceSource" checked={mailed} onChange={() => setSource('economic')} />
        {t.wizard.mail.economic}
      </label>
      {mailed && (
        <>
          <MailServerForm ref={server} embedded onDirtyChange={setServerDirty} />
          <MailTemplate initialLanguage={i18n.language} />
        </>
      )}
      <StepNav step={state.step} onBack={() => void nav.back()} nextDisabled={busy} onNext={() => void nav.next()} />
    </div>
  );
}
