import { requires } from '../../auth/scopes.ts';
import { builder } from '../../schema/builder.ts';
import { OverviewRef, overviewReaders } from './types.ts';

builder.queryField('overview', (t) =>
  t.field({
    ...requires(overviewReaders),
    type: OverviewRef,
    description: 'The latest overview: select only the figures your roles may read.',
    resolve: (_, __, { services }) => services.overview.current(),
  }),
);
