import { requires } from '../../auth/scopes.ts';
import { LiveValueRequest } from '../../events/live-value.ts';
import { builder } from '../../schema/builder.ts';
import type { Overview } from './projection.ts';
import { OverviewRef, overviewReaders } from './types.ts';

builder.subscriptionField('overview', (t) =>
  t.field({
    ...requires(overviewReaders),
    type: OverviewRef,
    description: 'The overview now, then each recomputation (at most a few a second, only when a figure changed).',
    subscribe: (_, __, { services }) => new LiveValueRequest('overview', services.overview),
    resolve: (overview: Overview) => overview,
  }),
);
