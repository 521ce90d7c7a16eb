import {
  FieldError,
  Group,
  Input,
  Label,
  NumberField,
  Slider,
  SliderThumb,
  SliderTrack,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../../../shared/funnel/validate';
import { LOCALES } from '../../format';
import { useUi } from '../../state/ui-store';

/** The translated text of a funnel validation issue. */
export function useIssueText(): (issue: ValidationIssue) => string {
  const { t } = useTranslation('scenarios');
  return (issue) => t(`issues.${issue.code}`, issue.params ?? {});
}

interface NumberInputProps {
  label: string;
  /** Null shows an empty field. */
  value: number | null;
  /** Null when the field was emptied. */
  onChange: (value: number | null) => void;
  format?: Intl.NumberFormatOptions;
  min?: number;
  max?: number;
  step?: number;
  issue?: ValidationIssue | undefined;
  className?: string;
  testId?: string;
  /** A fixed width in characters (fields in a table column line up); else the field fits its value. */
  chars?: number;
}

/**
 * A locale-formatted number field (arrow keys step it, typing commits on Enter or leaving the field)
 * with its validation message underneath.
 */
export function NumberInput(props: NumberInputProps) {
  const text = useIssueText();
  const lang = useUi((u) => u.language);
  const format = props.format ?? { maximumFractionDigits: 2 };
  // As wide as its value (plus room to type), so "1.200.000 €" is never cut, in any type size.
  const shown = props.value === null ? '' : new Intl.NumberFormat(LOCALES[lang], format).format(props.value);
  const chars = props.chars ?? Math.max(5, shown.length + 2);
  return (
    <NumberField
      className={`field number ${props.className ?? ''}`}
      value={props.value ?? Number.NaN}
      onChange={(v) => props.onChange(Number.isFinite(v) ? v : null)}
      formatOptions={format}
      minValue={props.min ?? 0}
      {...(props.max !== undefined ? { maxValue: props.max } : {})}
      {...(props.step !== undefined ? { step: props.step } : {})}
      isInvalid={props.issue?.severity === 'error'}
      data-testid={props.testId}
    >
      <Label>{props.label}</Label>
      <Group>
        <Input style={{ width: `calc(${chars}ch + 1.2em)` }} />
      </Group>
      {props.issue?.severity === 'error' && (
        <FieldError className="field-error">{text(props.issue)}</FieldError>
      )}
    </NumberField>
  );
}

/** A 0–100 % slider for a rate; moves in 0.5-point steps (arrow keys too). */
export function RateSlider(props: { label: string; value: number; onChange: (v: number) => void }) {
  return (
    <Slider
      className="rate-slider"
      aria-label={props.label}
      value={props.value}
      minValue={0}
      maxValue={1}
      step={0.005}
      onChange={(v) => props.onChange(Array.isArray(v) ? (v[0] ?? 0) : v)}
    >
      <SliderTrack className="slider-track">
        <SliderThumb className="slider-thumb" />
      </SliderTrack>
    </Slider>
  );
}

/** A non-blocking message (capacity, shortfall), shown as text and an icon, not by colour alone. */
export function Warning({ issue }: { issue: ValidationIssue }) {
  const text = useIssueText();
  return (
    <p className="scenario-warning" role="status">
      <span aria-hidden="true">⚠ </span>
      {text(issue)}
    </p>
  );
}
