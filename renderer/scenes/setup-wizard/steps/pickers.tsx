import type { NumberedName } from '../../../../shared/ipc/schemas/common';
import type { PlaceId } from '../../../../shared/i18n/places';
import { useI18n } from '../../../i18n';

/** A select over e-conomic numbered entities (layouts, payment terms, …); a Field's hint or error describes it. */
export function NumberPicker({
  id,
  label,
  options,
  value,
  onChange,
  place,
  'aria-describedby': describedBy,
}: {
  id?: string;
  label: string;
  /** The place a fix text names this picker by (shared/i18n/places.ts), where it is one. */
  place?: PlaceId;
  options: NumberedName[];
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  'aria-describedby'?: string;
}) {
  const { t } = useI18n();
  return (
    <select id={id} data-place={place} aria-label={label} aria-describedby={describedBy} value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number.parseInt(e.target.value, 10) : undefined)}>
      <option value="">{t.wizard.mapping.choose}</option>
      {options.map((o) => (
        <option key={o.number} value={o.number}>{o.number} · {o.name}</option>
      ))}
    </select>
  );
}

export function ProductPicker({ id, label, options, value, onChange }: { id?: string; label: string; options: Array<{ productNumber: string; name: string }>; value: string; onChange: (value: string) => void }) {
  const { t } = useI18n();
  return (
    <select id={id} aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t.wizard.mapping.choose}</option>
      {options.map((o) => (
        <option key={o.productNumber} value={o.productNumber}>{o.productNumber} · {o.name}</option>
      ))}
    </select>
  );
}
