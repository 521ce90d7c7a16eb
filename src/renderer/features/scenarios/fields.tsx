import { Slider, SliderThumb, SliderTrack } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../../../shared/funnel/validate';
import { NumberInput as SharedNumberInput } from '../../components/NumberInput';

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

/** The shared NumberInput with a funnel validation error underneath; empty is allowed (null). */
export function NumberInput(props: NumberInputProps) {
  const text = useIssueText();
  return (
    <SharedNumberInput
      label={props.label}
      value={props.value}
      onChange={props.onChange}
      format={props.format ?? { maximumFractionDigits: 2 }}
      minValue={props.min ?? 0}
      maxValue={props.max}
      step={props.step}
      nullable
      issue={props.issue?.severity === 'error' ? text(props.issue) : undefined}
      issueClassName="field-error"
      className={`number ${props.className ?? ''}`}
      testId={props.testId}
      chars={props.chars ?? 'fit'}
    />
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
