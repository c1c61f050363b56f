import { t } from '../i18n/i18n';

/** A labelled select for one list filter; the empty value means "all". */
export function FilterSelect<T extends string>({ id, label, value, options, onChange }: { id: string; label: string; value: T | ''; options: [T, string][]; onChange: (value: T | '') => void }) {
  return (
    <p class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value as T | '')}>
        <option value="">{t('hazards.filter.all')}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </p>
  );
}
