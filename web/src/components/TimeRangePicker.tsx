import type { TimeRange } from '../gql/graphql.ts';
import { timeRanges } from '../streams/telemetry.ts';

/** The time ranges a chart offers (15 min, 1 h, 6 h, 24 h), as one row of toggle buttons. */
export function TimeRangePicker({ value, onChange }: { value: TimeRange; onChange: (range: TimeRange) => void }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a segmented control of buttons; a fieldset's box and legend would fight the layout
    <span className="range-picker" role="group" aria-label="Time range" data-testid="time-range">
      {timeRanges.map(({ range, label }) => (
        <button
          key={range}
          type="button"
          className={`range-option ${range === value ? 'on' : ''}`}
          aria-pressed={range === value}
          onClick={() => onChange(range)}
          data-testid={`range-${range}`}
        >
          {label}
        </button>
      ))}
    </span>
  );
}
