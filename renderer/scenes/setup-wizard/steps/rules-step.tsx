import { useState } from 'react';
import { ruleActionSchema, ruleConditionSchema, type Rule, type RuleAction, type RuleCondition } from '../../../../shared/profile/schema';
import type { Lang } from '../../../../shared/i18n/lang';
import type { ReferenceData, SeenValue, ShopRecentValues } from '../../../../shared/ipc/schemas/setup';
import { useClient } from '../../../client/context';
import { ErrorNote, Field } from '../../../components/ui';
import { useAsync } from '../../../hooks/use-async';
import { useI18n } from '../../../i18n';
import { StepNav, differs, useStepNav } from '../nav';
import type { StepProps } from '../types';
import { NumberPicker } from './pickers';

type ConditionField = RuleCondition['field'];
type Op = RuleCondition['op'];
type ActionType = RuleAction['type'];

const FIELDS = ruleConditionSchema.shape.field.options;
const ACTION_TYPES: ActionType[] = ruleActionSchema.options.map((o) => o.shape.type.value);

/** Which comparisons make sense for a field. */
const OPS: Record<ConditionField, Op[]> = {
  paymentMethod: ['eq', 'ne', 'in', 'notIn'],
  shippingMethod: ['eq', 'ne', 'in', 'notIn', 'exists'],
  country: ['eq', 'ne', 'in', 'notIn'],
  currency: ['eq', 'ne', 'in', 'notIn'],
  total: ['gt', 'gte', 'lt', 'lte', 'eq'],
  customerType: ['eq'],
  hasVatNumber: ['eq'],
  tag: ['eq', 'ne', 'in', 'notIn', 'exists'],
  meta: ['eq', 'ne', 'contains', 'exists'],
};

/** The shop's values a field's condition picks from. */
function seenFor(field: ConditionField, seen: ShopRecentValues | undefined): SeenValue[] | null {
  if (!seen) return [];
  switch (field) {
    case 'paymentMethod':
      return seen.paymentMethods;
    case 'shippingMethod':
      return seen.shippingMethods;
    case 'country':
      return seen.countries;
    case 'currency':
      return seen.currencies;
    case 'tag':
      return seen.tags;
    default:
      return null;
  }
}

/** Moves item `index` by `delta` places; rules are evaluated in this order. */
export function move<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

/** A condition on a new field starts with the field's first comparison and no value. */
function conditionFor(field: ConditionField): RuleCondition {
  if (field === 'hasVatNumber') return { field, op: 'eq', value: true };
  if (field === 'customerType') return { field, op: 'eq', value: 'b2b' };
  return { field, op: OPS[field][0] };
}

function actionFor(type: ActionType, reference: ReferenceData | undefined): RuleAction {
  switch (type) {
    case 'useLayout':
      return { type, layoutNumber: reference?.layouts[0]?.number ?? 1 };
    case 'usePaymentTerms':
      return { type, paymentTermsNumber: reference?.paymentTerms[0]?.number ?? 1 };
    case 'useCustomer':
      return { type, customerNumber: reference?.customers?.[0]?.number ?? 1 };
    default:
      return { type };
  }
}

/** A condition is complete when its value is chosen (numbers for totals, a key for meta). */
export function conditionComplete(c: RuleCondition): boolean {
  if (c.op === 'exists') return c.field !== 'meta' || Boolean(c.key);
  if (c.field === 'meta' && !c.key) return false;
  if (Array.isArray(c.value)) return c.value.length > 0;
  if (typeof c.value === 'boolean') return true;
  if (c.field === 'total') return typeof c.value === 'string' && /^\d+(\.\d{1,2})?$/.test(c.value);
  return typeof c.value === 'string' && c.value.trim() !== '';
}

/** An amount typed the Danish or English way ("1.250,50" / "1250.50") as the profile writes it; null when it is not one. */
export function parseAmountText(text: string, language: Lang): string | null {
  const cleaned = language === 'da' ? text.trim().replace(/\./g, '').replace(',', '.') : text.trim().replace(/,/g, '');
  return /^\d+(\.\d{1,2})?$/.test(cleaned) ? cleaned : null;
}

function newRule(index: number): Rule {
  return { id: `rule-${Date.now().toString(36)}-${index}`, name: '', enabled: true, when: [conditionFor('paymentMethod')], then: [{ type: 'keepAsDraft' }], stop: false };
}

/** The value control of one condition: picked from what the shop's orders contain, never typed (amounts and meta aside). */
function ConditionValue({ condition, seen, label, onChange }: { condition: RuleCondition; seen: ShopRecentValues | undefined; label: string; onChange: (patch: Partial<RuleCondition>) => void }) {
  const { t, fill, language, amount } = useI18n();
  const r = t.wizard.rules;
  const [amountText, setAmountText] = useState(typeof condition.value === 'string' && condition.field === 'total' ? amount(condition.value) : '');
  if (condition.op === 'exists' && condition.field !== 'meta') return null;
  if (condition.field === 'hasVatNumber') {
    return (
      <select aria-label={label} value={String(condition.value === true)} onChange={(e) => onChange({ value: e.target.value === 'true' })}>
        <option value="true">{r.yes}</option>
        <option value="false">{r.no}</option>
      </select>
    );
  }
  if (condition.field === 'customerType') {
    return (
      <select aria-label={label} value={String(condition.value)} onChange={(e) => onChange({ value: e.target.value })}>
        <option value="b2b">{r.b2b}</option>
        <option value="b2c">{r.b2c}</option>
      </select>
    );
  }
  if (condition.field === 'total') {
    const parsed = parseAmountText(amountText, language);
    return (
      <span>
        <input
          aria-label={label}
          inputMode="decimal"
          value={amountText}
          placeholder={amount('10000')}
          aria-invalid={amountText !== '' && parsed === null}
          onChange={(e) => {
            setAmountText(e.target.value);
            onChange({ value: parseAmountText(e.target.value, language) ?? '' });
          }}
        />
        {amountText !== '' && parsed === null && <span className="field-error" role="alert">{r.amountInvalid}</span>}
      </span>
    );
  }
  if (condition.field === 'meta') {
    return (
      <>
        <input aria-label={fill(r.metaKey, { n: label })} placeholder={r.metaKeyPlaceholder} value={condition.key ?? ''} spellCheck={false} onChange={(e) => onChange({ key: e.target.value })} />
        {condition.op !== 'exists' && <input aria-label={label} value={typeof condition.value === 'string' ? condition.value : ''} onChange={(e) => onChange({ value: e.target.value })} />}
      </>
    );
  }
  const options = seenFor(condition.field, seen) ?? [];
  const chosen = Array.isArray(condition.value) ? condition.value : typeof condition.value === 'string' && condition.value ? [condition.value] : [];
  // A value stored earlier that the newest orders do not contain stays visible, marked.
  const all = [...options, ...chosen.filter((v) => !options.some((o) => o.value.toLowerCase() === v.toLowerCase())).map((v) => ({ value: v, label: v, orders: 0 }))];
  const text = (o: SeenValue) => (o.orders > 0 ? `${o.label} (${fill(r.inOrders, { count: o.orders })})` : `${o.label} (${r.notSeen})`);
  if (condition.op === 'in' || condition.op === 'notIn') {
    return (
      <fieldset className="value-choices" aria-label={label}>
        {all.length === 0 && <span className="muted">{r.nothingSeen}</span>}
        {all.map((o) => (
          <label key={o.value} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(o.value)}
              onChange={(e) => onChange({ value: e.target.checked ? [...chosen, o.value] : chosen.filter((v) => v !== o.value) })}
            />
            {text(o)}
          </label>
        ))}
      </fieldset>
    );
  }
  return (
    <select aria-label={label} value={chosen[0] ?? ''} onChange={(e) => onChange({ value: e.target.value })}>
      <option value="">{all.length === 0 ? r.nothingSeen : t.wizard.mapping.choose}</option>
      {all.map((o) => <option key={o.value} value={o.value}>{text(o)}</option>)}
    </select>
  );
}

function ActionEditor({ action, reference, label, onChange }: { action: RuleAction; reference: ReferenceData | undefined; label: string; onChange: (action: RuleAction) => void }) {
  const { t } = useI18n();
  const r = t.wizard.rules;
  return (
    <>
      <select aria-label={label} value={action.type} onChange={(e) => onChange(actionFor(e.target.value as ActionType, reference))}>
        {ACTION_TYPES.map((type) => <option key={type} value={type}>{r.actions[type]}</option>)}
      </select>
      {action.type === 'useLayout' && (
        <NumberPicker label={r.actions.useLayout} options={reference?.layouts ?? []} value={action.layoutNumber} onChange={(n) => n && onChange({ ...action, layoutNumber: n })} />
      )}
      {action.type === 'usePaymentTerms' && (
        <NumberPicker label={r.actions.usePaymentTerms} options={reference?.paymentTerms ?? []} value={action.paymentTermsNumber} onChange={(n) => n && onChange({ ...action, paymentTermsNumber: n })} />
      )}
      {action.type === 'useCustomer' && (
        <NumberPicker label={r.actions.useCustomer} options={reference?.customers ?? []} value={action.customerNumber} onChange={(n) => n && onChange({ ...action, customerNumber: n })} />
      )}
    </>
  );
}

export function RulesEditor({ rules, onChange, seen, reference }: { rules: Rule[]; onChange: (rules: Rule[]) => void; seen: ShopRecentValues | undefined; reference: ReferenceData | undefined }) {
  const { t, fill } = useI18n();
  const r = t.wizard.rules;
  const update = (index: number, patch: Partial<Rule>) => onChange(rules.map((rule, i) => (i === index ? { ...rule, ...patch } : rule)));
  const updateCondition = (index: number, ci: number, patch: Partial<RuleCondition>) =>
    update(index, { when: rules[index].when.map((c, j) => (j === ci ? { ...c, ...patch } : c)) });
  const updateAction = (index: number, ai: number, action: RuleAction) => update(index, { then: rules[index].then.map((a, j) => (j === ai ? action : a)) });

  return (
    <div className="rules">
      {rules.length === 0 && <p className="muted">{r.none}</p>}
      <ol className="rule-list">
        {rules.map((rule, index) => (
          <li key={rule.id} className="rule" aria-label={rule.name || `#${index + 1}`}>
            <div className="rule-head">
              <Field label={r.name}>
                <input value={rule.name} onChange={(e) => update(index, { name: e.target.value })} />
              </Field>
              <label className="check">
                <input type="checkbox" checked={rule.enabled} onChange={(e) => update(index, { enabled: e.target.checked })} />
                {r.enabled}
              </label>
              <button type="button" aria-label={`${r.moveUp} ${index + 1}`} disabled={index === 0} onClick={() => onChange(move(rules, index, -1))}>↑</button>
              <button type="button" aria-label={`${r.moveDown} ${index + 1}`} disabled={index === rules.length - 1} onClick={() => onChange(move(rules, index, 1))}>↓</button>
              <button type="button" onClick={() => onChange(rules.filter((_, i) => i !== index))}>{fill(r.removeRule, { n: index + 1 })}</button>
            </div>
            <div className="rule-when">
              <strong>{r.when}</strong>
              {rule.when.map((condition, ci) => (
                <div key={ci} className="inline-form">
                  <select aria-label={`${r.when} ${ci + 1}`} value={condition.field} onChange={(e) => update(index, { when: rule.when.map((c, j) => (j === ci ? conditionFor(e.target.value as ConditionField) : c)) })}>
                    {FIELDS.map((f) => <option key={f} value={f}>{r.fields[f]}</option>)}
                  </select>
                  {OPS[condition.field].length > 1 && (
                    <select
                      aria-label={`${r.comparison} ${ci + 1}`}
                      value={condition.op}
                      onChange={(e) => {
                        const op = e.target.value as Op;
                        const list = op === 'in' || op === 'notIn';
                        const value = Array.isArray(condition.value) ? condition.value : typeof condition.value === 'string' && condition.value ? [condition.value] : [];
                        updateCondition(index, ci, { op, value: op === 'exists' ? undefined : list ? value : value[0] });
                      }}
                    >
                      {OPS[condition.field].map((op) => <option key={op} value={op}>{r.ops[op]}</option>)}
                    </select>
                  )}
                  <ConditionValue condition={condition} seen={seen} label={`${r.value} ${ci + 1}`} onChange={(patch) => updateCondition(index, ci, patch)} />
                  <button type="button" aria-label={fill(r.removeCondition, { n: ci + 1 })} onClick={() => update(index, { when: rule.when.filter((_, j) => j !== ci) })}>{r.remove}</button>
                </div>
              ))}
              <button type="button" className="link" onClick={() => update(index, { when: [...rule.when, conditionFor('paymentMethod')] })}>
                {r.addCondition}
              </button>
            </div>
            <div className="rule-then">
              <strong>{r.then}</strong>
              {rule.then.map((action, ai) => (
                <div key={ai} className="inline-form">
                  <ActionEditor action={action} reference={reference} label={`${r.then} ${index + 1}.${ai + 1}`} onChange={(a) => updateAction(index, ai, a)} />
                  {rule.then.length > 1 && (
                    <button type="button" aria-label={fill(r.removeAction, { n: ai + 1 })} onClick={() => update(index, { then: rule.then.filter((_, j) => j !== ai) })}>{r.remove}</button>
                  )}
                </div>
              ))}
              <button type="button" className="link" onClick={() => update(index, { then: [...rule.then, actionFor('useLayout', reference)] })}>
                {r.addAction}
              </button>
              <label className="check">
                <input type="checkbox" checked={rule.stop} onChange={(e) => update(index, { stop: e.target.checked })} />
                {r.stop}
              </label>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => onChange([...rules, newRule(rules.length)])}>{r.add}</button>
    </div>
  );
}

export function RulesStep(props: StepProps) {
  const { state, save, busy } = props;
  const client = useClient();
  const { t } = useI18n();
  const loaded = useAsync(() => Promise.all([client.call('shop.recentValues', {}), client.call('economic.referenceData', {})]), []);
  const [rules, setRules] = useState<Rule[]>(state.answers.rules ?? []);
  const valid = rules.every((rule) => rule.name.trim() !== '' && rule.then.length > 0 && rule.when.every(conditionComplete));
  const nav = useStepNav(props, differs(rules, state.answers.rules ?? []), async (next) => valid && save({ rules }, { next }));
  return (
    <div className="form">
      <p>{t.wizard.rules.intro}</p>
      <ErrorNote error={loaded.error} />
      <RulesEditor rules={rules} onChange={setRules} seen={loaded.data?.[0]} reference={loaded.data?.[1]} />
      {!valid && <p className="muted">{t.wizard.rules.incomplete}</p>}
      <StepNav step={state.step} onBack={() => void nav.back()} nextDisabled={!valid || busy} onNext={() => void nav.next()} />
    </div>
  );
}
