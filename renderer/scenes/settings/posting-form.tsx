import { useId } from 'react';
import type { NumberedName } from '../../../shared/ipc/schemas/common';
import { postingSettingsSchema, type PostingSettings } from '../../../shared/ipc/schemas/setup';
import type { PlaceId } from '../../../shared/i18n/places';
import { Field, Note } from '../../components/ui';
import { useI18n } from '../../i18n';
import { NumberPicker } from '../setup-wizard/steps/pickers';

/** True when the form can be saved: whole minutes within a day, and a journal for days booked as vouchers. */
export function postingSettingsComplete(value: PostingSettings): boolean {
  return postingSettingsSchema.safeParse(value).success;
}

/**
 * Per order or per day, and for days the grace period and how the day is booked, as the
 * wizard's "Order status" step and Settings edit them. The day's settings are asked only for
 * per-day booking, and the journal only for days booked as journal vouchers; values set before
 * stay in the form when the owner switches back, so switching again asks nothing anew.
 */
export function PostingForm({
  value,
  onChange,
  journals,
  journalPlace,
}: {
  value: PostingSettings;
  onChange: (value: PostingSettings) => void;
  /** The agreement's journals (e-conomic `GET /journals`). */
  journals: Array<NumberedName & { entryTypeRestrictedTo?: string }>;
  /** Settings' picker is where a fix for a missing journal (LB-2048) sends the owner. */
  journalPlace?: PlaceId;
}) {
  const { t } = useI18n();
  const b = t.bookingUnit;
  const group = useId();
  // A journal restricted to another kind of entry (e.g. customer payments only) refuses a day's finance voucher.
  const voucherJournals = journals.filter((j) => j.entryTypeRestrictedTo === undefined || j.entryTypeRestrictedTo === 'financeVoucher' || j.number === value.dayJournalNumber);
  const set = (patch: Partial<PostingSettings>) => onChange({ ...value, ...patch });
  const minutesValid = Number.isInteger(value.dayClosesAfterMinutes) && value.dayClosesAfterMinutes >= 0 && value.dayClosesAfterMinutes <= 1440;
  const radio = <K extends 'postingUnit' | 'dayBooking'>(key: K, option: PostingSettings[K], label: string) => (
    <label className="check">
      <input type="radio" name={`${group}-${key}`} checked={value[key] === option} onChange={() => set({ [key]: option } as Partial<PostingSettings>)} />
      {label}
    </label>
  );
  return (
    <div className="posting-settings">
      <fieldset className="form-group">
        <legend>{b.unit}</legend>
        {radio('postingUnit', 'order', b.perOrder)}
        {radio('postingUnit', 'day', b.perDay)}
      </fieldset>
      {value.postingUnit === 'day' && (
        <>
          <Field label={b.closesAfter} hint={b.closesAfterHint} error={minutesValid ? undefined : b.closesAfterInvalid}>
            <input
              className="short"
              type="number"
              min={0}
              max={1440}
              step={1}
              value={Number.isNaN(value.dayClosesAfterMinutes) ? '' : value.dayClosesAfterMinutes}
              // An emptied field is no number: the form cannot be saved until one is typed.
              onChange={(e) => set({ dayClosesAfterMinutes: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
            />
          </Field>
          <fieldset className="form-group">
            <legend>{b.dayBooking}</legend>
            {radio('dayBooking', 'invoice', b.asInvoice)}
            {radio('dayBooking', 'journal', b.asJournal)}
          </fieldset>
          {value.dayBooking === 'journal' && (
            <>
              <Field label={b.journal} hint={value.dayJournalNumber === undefined ? undefined : b.journalHint} error={value.dayJournalNumber === undefined ? b.journalMissing : undefined}>
                <NumberPicker label={b.journal} place={journalPlace} options={voucherJournals} value={value.dayJournalNumber} onChange={(n) => set({ dayJournalNumber: n })} />
              </Field>
              <Note tone="info">{b.clearingHint}</Note>
            </>
          )}
        </>
      )}
    </div>
  );
}
