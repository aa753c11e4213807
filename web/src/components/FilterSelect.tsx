/** A labelled select narrowing a page to one value, or to everything with its first option (`null`). */
export function FilterSelect<T extends string>({
  label,
  value,
  onChange,
  allLabel,
  options,
  optionLabel = (option) => option,
  testId,
}: {
  label: string;
  value: T | null;
  onChange: (value: T | null) => void;
  allLabel: string;
  options: readonly T[];
  optionLabel?: (option: T) => string;
  testId: string;
}) {
  return (
    <label className="field-inline">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange((e.target.value || null) as T | null)} data-testid={testId}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </label>
  );
}
