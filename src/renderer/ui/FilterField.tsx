// A view's filter box: a search field with a hidden label, the one '/' focuses (data-filter-input).

interface Props {
  /** The field's accessible name ("Filter works"). */
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  /** ↓ in the field: enter the list below it (its rows take the focus). */
  onArrowDown?: () => void;
}

/** The filter field at the top of a list view. */
export function FilterField({ label, placeholder, value, onChange, onArrowDown }: Props) {
  return (
    <label className="filter">
      <span className="visually-hidden">{label}</span>
      <input
        type="search"
        className="filter__input"
        placeholder={placeholder}
        value={value}
        data-filter-input
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' || !onArrowDown || event.altKey) return;
          event.preventDefault();
          onArrowDown();
        }}
      />
    </label>
  );
}
