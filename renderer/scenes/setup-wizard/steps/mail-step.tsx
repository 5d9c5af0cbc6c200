import { useState } from 'react';
import { useI18n } from '../../../i18n';
import { MailTemplate } from '../../mail-template';
import { MailServerForm } from '../../settings/mail-server-form';
import { StepNav, nextStep, previousStep } from '../nav';
import type { StepProps } from '../types';

export function MailStep({ state, save, busy }: StepProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [source, setSource] = useState<'shop' | 'economic'>(state.answers.mail?.invoiceSource ?? 'shop');
  return (
    <div className="form">
      <p>{t.wizard.mail.intro}</p>
      <label className="check">
        <input type="radio" name="invoiceSource" checked={source === 'shop'} onChange={() => setSource('shop')} />
        {t.wizard.mail.shop}
      </label>
      <label className="check">
        <input type="radio" name="invoiceSource" checked={source === 'economic'} onChange={() => setSource('economic')} />
        {t.wizard.mail.economic}
      </label>
      {source === 'economic' && (
        <>
          <MailServerForm />
          <MailTemplate initialLanguage={i18n.language} />
        </>
      )}
      <StepNav
        step={state.step}
        onBack={() => void save({}, { next: previousStep(state.step) })}
        nextDisabled={busy}
        onNext={() => void save({ mail: { invoiceSource: source } }, { next: nextStep(state.step) })}
      />
    </div>
  );
}
