import { useState } from 'react';
import { ruleConditionSchema, type Rule, type RuleCondition } from '../../../../shared/profile/schema';
import { Field } from '../../../components/ui';
import { useI18n } from '../../../i18n';
import { StepNav, nextStep, previousStep } from '../nav';
import type { StepProps } from '../types';

const FIELDS = ruleConditionSchema.shape.field.options;
const OPS = ruleConditionSchema.shape.op.unwrap().options;
const SIMPLE_ACTIONS = ['keepAsDraft', 'skip', 'holdForReview'] as const;
type SimpleAction = (typeof SIMPLE_ACTIONS)[number];

/** The text shown in a condition's value box. */
export function conditionValueText(condition: RuleCondition): string {
  const { value } = condition;
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value ?? '';
}

/** Reads the value box back: lists for in/notIn, booleans for "has VAT number". */
export function parseConditionValue(condition: RuleCondition, text: string): RuleCondition['value'] {
  if (condition.op === 'in' || condition.op === 'notIn') return text.split(',').map((s) => s.trim()).filter(Boolean);
  if (condition.field === 'hasVatNumber') return text.trim() === 'true';
  return text;
}

/** Moves item `index` by `delta` places; rules are evaluated in this order. */
export function move<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

function newRule(index: number): Rule {
  return {
    id: `rule-${Date.now().toString(36)}-${index}`,
    name: '',
    enabled: true,
    when: [{ field: 'paymentMethod', op: 'eq', value: '' }],
    then: [{ type: 'keepAsDraft' }],
    stop: false,
  };
}

export function RulesEditor({ rules, onChange }: { rules: Rule[]; onChange: (rules: Rule[]) => void }) {
  const { t } = useI18n();
  const r = t.wizard.rules;
  const update = (index: number, patch: Partial<Rule>) => onChange(rules.map((rule, i) => (i === index ? { ...rule, ...patch } : rule)));
  const updateCondition = (index: number, ci: number, patch: Partial<RuleCondition>) =>
    update(index, { when: rules[index].when.map((c, j) => (j === ci ? { ...c, ...patch } : c)) });

  return (
    <div className="rules">
      {rules.length === 0 && <p className="muted">{r.none}</p>}
      <ol className="rule-list">
        {rules.map((rule, index) => {
          const simple = rule.then.find((a): a is { type: SimpleAction } => (SIMPLE_ACTIONS as readonly string[]).includes(a.type));
          return (
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
                <button type="button" onClick={() => onChange(rules.filter((_, i) => i !== index))}>{r.remove}</button>
              </div>
              <div className="rule-when">
                <strong>{r.when}</strong>
                {rule.when.map((condition, ci) => (
                  <div key={ci} className="inline-form">
                    <select aria-label={`${r.when} ${ci + 1}`} value={condition.field} onChange={(e) => updateCondition(index, ci, { field: e.target.value as RuleCondition['field'] })}>
                      {FIELDS.map((f) => <option key={f} value={f}>{r.fields[f]}</option>)}
                    </select>
                    <select aria-label={`op ${ci + 1}`} value={condition.op} onChange={(e) => updateCondition(index, ci, { op: e.target.value as RuleCondition['op'] })}>
                      {OPS.map((op) => <option key={op} value={op}>{r.ops[op]}</option>)}
                    </select>
                    {condition.op !== 'exists' && (
                      <input aria-label={`${r.value} ${ci + 1}`} value={conditionValueText(condition)} onChange={(e) => updateCondition(index, ci, { value: parseConditionValue(condition, e.target.value) })} />
                    )}
                    <button type="button" onClick={() => update(index, { when: rule.when.filter((_, j) => j !== ci) })}>{r.remove}</button>
                  </div>
                ))}
                <button type="button" className="link" onClick={() => update(index, { when: [...rule.when, { field: 'paymentMethod', op: 'eq', value: '' }] })}>
                  {r.addCondition}
                </button>
              </div>
              <div className="inline-form">
                <strong>{r.then}</strong>
                <select
                  aria-label={`${r.then} ${index + 1}`}
                  value={simple?.type ?? ''}
                  onChange={(e) =>
                    update(index, {
                      then: [{ type: e.target.value as SimpleAction }, ...rule.then.filter((a) => !(SIMPLE_ACTIONS as readonly string[]).includes(a.type))],
                    })
                  }
                >
                  {!simple && <option value="">—</option>}
                  {SIMPLE_ACTIONS.map((a) => <option key={a} value={a}>{r.actions[a]}</option>)}
                </select>
                <label className="check">
                  <input type="checkbox" checked={rule.stop} onChange={(e) => update(index, { stop: e.target.checked })} />
                  {r.stop}
                </label>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => onChange([...rules, newRule(rules.length)])}>{r.add}</button>
    </div>
  );
}

export function RulesStep({ state, save, busy }: StepProps) {
  const { t } = useI18n();
  const [rules, setRules] = useState<Rule[]>(state.answers.rules ?? []);
  const valid = rules.every((rule) => rule.name.trim() !== '' && rule.then.length > 0);
  return (
    <div className="form">
      <p>{t.wizard.rules.intro}</p>
      <RulesEditor rules={rules} onChange={setRules} />
      <StepNav
        step={state.step}
        onBack={() => void save({}, { next: previousStep(state.step) })}
        nextDisabled={!valid || busy}
        onNext={() => void save({ rules }, { next: nextStep(state.step) })}
      />
    </div>
  );
}
