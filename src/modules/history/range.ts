import { builder } from '../../schema/builder.ts';

/** How far back a chart reaches, in milliseconds, by the name the schema gives it. */
export const timeRangeMs = {
  LAST_15_MINUTES: 15 * 60_000,
  LAST_HOUR: 3_600_000,
  LAST_6_HOURS: 6 * 3_600_000,
  LAST_24_HOURS: 24 * 3_600_000,
} as const;

export type TimeRange = keyof typeof timeRangeMs;

export const TimeRangeEnum = builder.enumType('TimeRange', {
  description: 'How far back a history reaches, ending now.',
  values: {
    LAST_15_MINUTES: { description: 'The last 15 minutes.' },
    LAST_HOUR: { description: 'The last hour.' },
    LAST_6_HOURS: { description: 'The last 6 hours.' },
    LAST_24_HOURS: { description: 'The last 24 hours (telemetry and map movement are retained that long by default).' },
  } as const,
});
