import { builder } from './builder.ts';
import './events/graphql.ts';
import './modules/servers/index.ts';

export const schema = builder.toSchema({ sortSchema: false });
