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
  /** Any other number format (overrides percent and currency). */
  format?: Intl.NumberFormatOptions;
  minValue?: number;
  maxValue?: number;
  step?: number;
  maxDecimals?: number;
  /** May the field be left empty (null)? Otherwise clearing it restores the last value. */
  nullable?: boolean;
  /** A validation message shown under the field (never blocks the edit). */
  issue?: string | undefined;
  /** The class of that message: each screen styles its own. */
  issueClassName?: string;
  description?: string;
  className?: string;
  testId?: string | undefined;
  /**
   * The input's width in characters: a number fixes it (fields in a table column line up), 'fit'
   * follows the value so "1.200.000 €" is never cut, in any type size; unset, the screen's CSS decides.
   */
  chars?: number | 'fit' | undefined;
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
  format,
  minValue,
  maxValue,
  step,
  maxDecimals,
  nullable,
  issue,
  issueClassName = 'issue',
  description,
  className,
  testId,
  chars,
}: NumberInputProps) {
  const language = useUi((s) => s.language);
  const formatOptions: Intl.NumberFormatOptions = format
    ? format
    : percent
      ? { style: 'percent', maximumFractionDigits: maxDecimals ?? 1 }
      : currency
        ? { style: 'currency', currency, maximumFractionDigits: maxDecimals ?? 0 }
        : { maximumFractionDigits: maxDecimals ?? 2 };
  const fit = () =>
    Math.max(
      5,
      (value === null ? '' : new Intl.NumberFormat(LOCALES[language], formatOptions).format(value)).length +
        2,
    );
  const width = chars === undefined ? undefined : `calc(${chars === 'fit' ? fit() : chars}ch + 1.2em)`;
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
        data-testid={testId}
      >
        <Label>{label}</Label>
        <Input style={width ? { width } : undefined} />
        {description && <Text slot="description">{description}</Text>}
        {issue && <FieldError className={issueClassName}>{issue}</FieldError>}
      </NumberField>
    </I18nProvider>
  );
}
