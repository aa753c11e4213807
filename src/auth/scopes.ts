import { DirectiveLocation, GraphQLDirective, type GraphQLEnumType, GraphQLList, GraphQLNonNull, GraphQLSchema, GraphQLString } from 'graphql';
import { builder } from '../schema/builder.ts';
import { type AuthRole, authRoles } from './roles.ts';

export const RoleEnum = builder.enumType('Role', {
  description: 'Who a rule admits: an admin role carried in a signed admin token, or PRODUCER for a game server’s producer token.',
  values: {
    ADMIN: { description: 'Everything, including personal data, hub stats and producer tokens.' },
    OPERATOR: { description: 'Servers, telemetry, maps, players.' },
    MODERATOR: { description: 'Servers, maps, chat with whispers, tickets, players, security.' },
    SUPPORT: { description: 'Servers, chat (whispers redacted), tickets, players.' },
    PRODUCER: { description: 'A game server: may only ingest, and only as its own serverId.' },
  } satisfies Record<AuthRole, { description: string }>,
});

/**
 * The one way to restrict a type or field: the scope Pothos enforces and the `@auth` directive integrators read,
 * from the same list so they cannot drift.
 */
export function requires(allowed: readonly AuthRole[]): {
  authScopes: { anyOf: readonly AuthRole[] };
  directives: { auth: { requires: AuthRole[] } };
} {
  return {
    authScopes: { anyOf: allowed },
    directives: { auth: { requires: [...allowed] } },
  };
}

/**
 * A rule that holds only for some values of a field (whisper text, not channel text): the scope applies where `applies`
 * says so, and the directive names the condition in `when` so the SDL does not claim more than is enforced.
 */
export function requiresWhen<Parent>(
  allowed: readonly AuthRole[],
  when: string,
  applies: (parent: Parent) => boolean,
): { authScopes: (parent: Parent) => true | { anyOf: readonly AuthRole[] }; directives: { auth: { requires: AuthRole[]; when: string } } } {
  return {
    authScopes: (parent) => !applies(parent) || { anyOf: allowed },
    directives: { auth: { requires: [...allowed], when } },
  };
}

/** Adds the `@auth` directive definition, typed with the schema's own Role enum. */
export function withAuthDirective(schema: GraphQLSchema): GraphQLSchema {
  const role = schema.getType('Role') as GraphQLEnumType;
  const auth = new GraphQLDirective({
    name: 'auth',
    description: 'Only viewers holding one of `requires` may use this type or field (only where `when` holds, if given).',
    locations: [DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.OBJECT],
    args: {
      requires: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(role))) },
      when: { type: GraphQLString, description: 'The values the rule covers; every other value is open to whoever may read the parent.' },
    },
  });
  const config = schema.toConfig();
  return new GraphQLSchema({ ...config, directives: [...config.directives, auth] });
}

export { authRoles };
