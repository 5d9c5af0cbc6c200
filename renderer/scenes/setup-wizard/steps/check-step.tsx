import { useEffect, useState } from 'react';
import { CHECK_LINE_TITLES, type CheckLine, type SetupCheck } from '../../../../shared/ipc/schemas/setup-check';
import { useClient } from '../../../client/context';
import { ErrorNote, Note } from '../../../components/ui';
import { useAction } from '../../../hooks/use-async';
import { useI18n } from '../../../i18n';
import { DryRunInvoiceView } from '../dry-run-invoice';
import { StepNav, useStepNav } from '../nav';
import type { StepProps } from '../types';

const MARK: Record<CheckLine['status'], string> = { ok: '✓', warn: '!', fail: '✗' };

/** One line of the check, worded from its status and the values the service measured. */
function CheckLineView({ line, onGo }: { line: CheckLine; onGo: (step: CheckLine['steps'][number]) => void }) {
  const { t, fill, language } = useI18n();
  const texts = t.wizard.check.lines[line.id] as Record<string, string>;
  const steps = line.steps.map((s) => t.wizard.steps[s]).join(', ');
  // A line may be worded by a variant of its status ("no rules", "no orders yet").
  const variant = typeof line.params.variant === 'string' && line.params.variant in texts ? line.params.variant : line.status;
  // The plan comes as its id ("standard"); the owner reads its name in their language.
  const plan = typeof line.params.plan === 'string' && line.params.plan in t.plans ? t.plans[line.params.plan as keyof typeof t.plans] : line.params.plan;
  const text = fill(texts[variant], { ...line.params, ...(plan === undefined ? {} : { plan }), steps });
  return (
    <li className={`check-line check-${line.status}`}>
      <span className="check-mark" aria-hidden="true">{MARK[line.status]}</span>
      <span>
        <strong>{CHECK_LINE_TITLES[language][line.id]}</strong>
        <span className="visually-hidden"> ({t.wizard.check.status[line.status]})</span>: {text}
        {line.problem && (
          <span className="check-problem">
            {' '}
            {line.problem.message} {line.problem.fix} <span className="note-code">({t.common.errorCode} {line.problem.code})</span>
          </span>
        )}
        {line.status !== 'ok' &&
          line.steps.map((step) => (
            <button key={step} type="button" className="link" onClick={() => onGo(step)}>
              {fill(t.wizard.check.goTo, { step: t.wizard.steps[step] })}
            </button>
          ))}
      </span>
    </li>
  );
}

/**
 * The last step: a setup check that runs. Every line is tested now against the shop,
 * e-conomic and the mail server; the dry run shows the invoices the shop's newest
 * orders would become. The setup can be saved only while no line is red.
 */
export function CheckStep(props: StepProps) {
  const { state, save, busy, onFinished } = props;
  const client = useClient();
  const i18n = useI18n();
  const { t, fill } = i18n;
  const [result, setResult] = useState<SetupCheck | null>(null);
  const run = useAction(async () => {
    setResult(null);
    setResult(await client.call('setup.check', {}));
  });
  const finish = useAction(async () => {
    await client.call('wizard.finish', {});
    onFinished();
  });
  const nav = useStepNav(props, false, async () => true);
  // The check runs when the step opens: what it shows is always from now.
  useEffect(() => void run.run(), []);
  const failed = result?.lines.filter((l) => l.status === 'fail') ?? [];

  return (
    <div className="form">
      <p>{t.wizard.check.intro}</p>
      <div className="toolbar">
        <button type="button" disabled={run.busy} onClick={() => void run.run()}>{run.busy ? t.wizard.check.running : t.wizard.check.run}</button>
        {result && <span className="muted">{fill(t.wizard.check.ranAt, { at: i18n.dateTime(result.ranAt) })}</span>}
      </div>
      <ErrorNote error={run.error} />
      {result && (
        <>
          <ul className="check-lines" aria-label={t.wizard.check.title}>
            {result.lines.map((line) => <CheckLineView key={line.id} line={line} onGo={(step) => void save({}, { next: step })} />)}
          </ul>
          {result.ready ? (
            <Note tone="ok">{t.wizard.check.ready}</Note>
          ) : (
            <div className="note note-bad" role="alert">
              {fill(t.wizard.check.notReady, { count: failed.length, lines: failed.map((l) => CHECK_LINE_TITLES[i18n.language][l.id]).join(', ') })}
            </div>
          )}
          <h3>{t.wizard.check.dryRunTitle}</h3>
          {result.firstSyncFrom ? (
            <p>{fill(t.wizard.check.firstSync, { from: i18n.dateTime(result.firstSyncFrom), count: result.invoices.length })}</p>
          ) : (
            <p className="muted">{t.wizard.dryRun.none}</p>
          )}
          {result.invoices.map((invoice) => <DryRunInvoiceView key={invoice.orderId} invoice={invoice} />)}
        </>
      )}
      <ErrorNote error={finish.error} />
      {state.finished && <Note tone="info">{t.wizard.check.alreadyFinished}</Note>}
      <StepNav
        step={state.step}
        onBack={() => void nav.back()}
        nextLabel={state.finished ? t.wizard.check.saveChanges : t.wizard.check.finish}
        nextDisabled={!result || run.busy || busy || finish.busy}
        onNext={() => void finish.run()}
      />
    </div>
  );
}
