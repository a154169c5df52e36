// The export dialog's choices: what to export, the format, and for a bibliography its style,
// language and markup.
import { useId } from 'react';
import type { ExportFormatId, StyleId } from '../../../shared/contract';
import { FORMAT_LABELS, FORMAT_LIMITS, LOCALE_LABELS, OUTPUT_LABELS, STYLE_LABELS } from './labels';
import type { ExportPreferences } from './preferences';

export interface ScopeChoice {
  /** A stable value for the select. */
  id: string;
  label: string;
}

interface Props {
  scopes: ScopeChoice[];
  scopeId: string;
  onScope: (id: string) => void;
  prefs: ExportPreferences;
  onChange: (change: Partial<ExportPreferences>) => void;
}

function Select<T extends string>({
  label,
  value,
  options,
  onChange,
  name,
  autoFocus,
}: {
  autoFocus?: boolean;
  label: string;
  value: T;
  options: Record<T, string> | readonly { id: T; label: string }[];
  onChange: (value: T) => void;
  name: string;
}) {
  const entries = Array.isArray(options)
    ? (options as readonly { id: T; label: string }[]).map((o) => [o.id, o.label] as const)
    : (Object.entries(options) as [T, string][]);
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="field__select"
        name={name}
        data-autofocus={autoFocus ? true : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value as T)}
      >
        {entries.map(([id, text]) => (
          <option key={id} value={id}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ExportOptions({ scopes, scopeId, onScope, prefs, onChange }: Props) {
  return (
    <fieldset className="export-options">
      <legend className="visually-hidden">Export options</legend>
      <Select
        label="Export"
        name="scope"
        value={scopeId}
        options={scopes}
        onChange={onScope}
        autoFocus
      />
      <Select<ExportFormatId>
        label="Format"
        name="format"
        value={prefs.format}
        options={FORMAT_LABELS}
        onChange={(format) => onChange({ format })}
      />
      {FORMAT_LIMITS[prefs.format] && (
        <p className="export-options__limits" id="export-format-limits">
          {FORMAT_LIMITS[prefs.format]}
        </p>
      )}
      {prefs.format === 'bibliography' && (
        <>
          <Select<StyleId>
            label="Style"
            name="style"
            value={prefs.style}
            options={STYLE_LABELS}
            onChange={(style) => onChange({ style })}
          />
          <Select
            label="Language"
            name="locale"
            value={prefs.locale}
            options={LOCALE_LABELS}
            onChange={(locale) => onChange({ locale })}
          />
          <Select
            label="As"
            name="output"
            value={prefs.output}
            options={OUTPUT_LABELS}
            onChange={(output) => onChange({ output })}
          />
        </>
      )}
    </fieldset>
  );
}
