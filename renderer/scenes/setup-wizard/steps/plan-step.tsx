import { useEffect, useRef, useState } from 'react';
import type { LicenceCheck } from '../../../../shared/ipc/schemas/setup';
import { useClient } from '../../../client/context';
import { ErrorNote, Field, Note } from '../../../components/ui';
import { useAction } from '../../../hooks/use-async';
import { useI18n } from '../../../i18n';
import { StepNav, differs, useStepNav } from '../nav';
import type { StepProps } from '../types';

const PROFILE_NAME = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** The name suggested for a new shop: "butik", or the first of "butik-2", "butik-3" … no shop has yet. */
export function suggestedShopName(taken: readonly string[]): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? 'butik' : `butik-${n}`;
    if (!taken.includes(name)) return name;
  }
}

/**
 * The licence decides the plan: it is read and checked here and its plan shown; there
 * is nothing to choose that could disagree with it. Without a licence the plan is Basic.
 */
export function PlanStep(props: StepProps) {
  const { state, save, busy } = props;
  const client = useClient();
  const i18n = useI18n();
  const { t, fill } = i18n;
  const stored = state.answers.plan;
  const [licence, setLicence] = useState(stored?.licence ?? '');
  const [profileName, setProfileName] = useState(stored?.profileName ?? 'butik');
  // Once the owner types a name, the suggestion that may still arrive does not replace it.
  const typed = useRef(false);
  // A further shop is not offered the name of one set up (the service would refuse it, LB-2014).
  useEffect(() => {
    if (stored?.profileName) return;
    let live = true;
    void client.call('shops.list', {}).then(
      ({ shops }) => {
        if (live && !typed.current) setProfileName(suggestedShopName(shops.map((shop) => shop.name)));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [client, stored?.profileName]);
  const [checked, setChecked] = useState<LicenceCheck | null>(null);
  const nameOk = PROFILE_NAME.test(profileName);
  const check = useAction(async (text: string) => {
    setChecked(null);
    const result = await client.call('licence.check', { licence: text });
    setChecked(result);
    return result;
  });
  const dirty = differs({ licence: licence || undefined, profileName }, { licence: stored?.licence, profileName: stored?.profileName });
  const nav = useStepNav(props, dirty, async (next) => {
    if (!nameOk) return false;
    // The service reads the plan from the licence again and refuses one that is not valid.
    return save({ plan: { profileName, ...(licence ? { licence } : {}) } }, { next });
  });
  const plan = checked?.plan ?? (licence === (stored?.licence ?? '') ? stored?.plan : undefined);

  return (
    <div className="form">
      <p>{t.wizard.plan.intro}</p>
      <Field label={t.wizard.plan.licence} hint={t.wizard.plan.licenceHint}>
        <textarea
          rows={3}
          value={licence}
          spellCheck={false}
          onChange={(e) => {
            setLicence(e.target.value.replace(/\s+/g, ''));
            setChecked(null);
            check.clearError();
          }}
        />
      </Field>
      <div className="toolbar">
        <button type="button" disabled={!licence || check.busy} onClick={() => void check.run(licence)}>{t.wizard.plan.checkLicence}</button>
      </div>
      <ErrorNote error={check.error} />
      {checked ? (
        <Note tone="ok">
          {fill(t.wizard.plan.valid, { plan: t.plans[checked.plan], licensee: checked.licensee })}
          {checked.expiresAt ? ` ${fill(t.wizard.plan.expires, { date: i18n.date(checked.expiresAt) })}` : ''}
          {checked.sandboxOnly ? ` ${t.wizard.plan.sandboxOnly}` : ''}
        </Note>
      ) : licence === '' ? (
        <Note tone="info">{t.wizard.plan.noLicence}</Note>
      ) : plan && !dirty ? (
        <Note tone="ok">{fill(t.wizard.plan.stored, { plan: t.plans[plan] })}</Note>
      ) : null}
      <Field label={t.wizard.plan.profileName} hint={t.wizard.plan.profileHint} error={nameOk ? undefined : t.wizard.plan.profileHint}>
        <input
          value={profileName}
          onChange={(e) => {
            typed.current = true;
            setProfileName(e.target.value);
          }}
        />
      </Field>
      <StepNav step={state.step} onBack={() => void nav.back()} nextDisabled={!nameOk || busy || check.busy} onNext={() => void nav.next()} />
    </div>
  );
}
