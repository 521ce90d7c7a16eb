import { FieldError, I18nProvider, Input, Label, NumberField, Text } from 'react-aria-components';
import { useUi } from '../state/ui-store';
import { LOCALES } from '../format';

export interface NumberInputProps {
  label: string;
  /** The stored value; a percent field stores a share (0.125 shows as "12,5 %"). null shows empty. */
  value: number | null;
  /** Called when the user commits a value (blur or Enter), so typing makes one undo step. */
  onChange: (value: number | null) => void;
  /** Shows and parses the value as a percentage of 1. */
  percent?: boolean;
  /** Currency code: shows and parses the value as money. */
  currency?: string;
  minValue?: number;
  maxValue?: number;
  step?: number;
  maxDecimals?: number;
  /** May the field be left empty (null)? Otherwise clearing it restores the last value. */
  nullable?: boolean;
  /** A validation message shown under the field (never blocks the edit). */
  issue?: string;
  description?: string;
  className?: string;
}

/**
 * A number field that reads and writes numbers in the UI language's format: Spanish "12,5 %" or
 * "1.200.000 €", English "12.5%" or "$1,200,000". Parsing and formatting are react-aria's NumberField.
 */
export function NumberInput({
  label,
  value,
  onChange,
  percent,
  currency,
  minValue,
  maxValue,
  step,
  maxDecimals,
  nullable,
  issue,
  description,
  className,
}: NumberInputProps) {
  const language = useUi((s) => s.language);
  const formatOptions: Intl.NumberFormatOptions = percent
    ? { style: 'percent', maximumFractionDigits: maxDecimals ?? 1 }
    : currency
      ? { style: 'currency', currency, maximumFractionDigits: maxDecimals ?? 0 }
      : { maximumFractionDigits: maxDecimals ?? 2 };
  return (
    <I18nProvider locale={LOCALES[language]}>
      <NumberField
        className={['field', 'number-field', className].filter(Boolean).join(' ')}
        value={value ?? NaN}
        onChange={(n) => {
          if (Number.isNaN(n)) {
            if (nullable) onChange(null);
            return;
          }
          if (n !== value) onChange(n);
        }}
        formatOptions={formatOptions}
        minValue={minValue}
        maxValue={maxValue}
        step={step ?? (percent ? 0.001 : undefined)}
        isInvalid={issue !== undefined}
        validationBehavior="aria"
      >
        <Label>{label}</Label>
        <Input />
        {description && <Text slot="description">{description}</Text>}
        {issue && <FieldError className="issue">{issue}</FieldError>}
      </NumberField>
    </I18nProvider>
  );
}
