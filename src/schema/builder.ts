import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type { YogaInitialContext } from 'graphql-yoga';
import { type AuthRole, hasAnyRole } from '../auth/roles.ts';
import type { Viewer } from '../auth/viewer.ts';
import type { Services } from '../server/services.ts';
import { badInput, vigilError } from './errors.ts';

/** Per-request context: the Vigil services, who is asking, plus yoga's request. */
export interface VigilContext extends YogaInitialContext {
  services: Services;
  viewer: Viewer;
}

type IssuePath = ReadonlyArray<PropertyKey | { key: PropertyKey }>;

function dottedPath(path: IssuePath | undefined): string {
  return (path ?? []).map((part) => String(typeof part === 'object' ? part.key : part)).join('.') || 'input';
}

export const builder = new SchemaBuilder<{
  Context: VigilContext;
  DefaultInputFieldRequiredness: true;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Cursor: { Input: string; Output: string };
  };
  AuthScopes: {
    /** The viewer holds one of these: an admin role, or PRODUCER for a game server's producer token. */
    anyOf: readonly AuthRole[];
  };
  Directives: {
    auth: { locations: 'FIELD_DEFINITION' | 'OBJECT'; args: { requires: AuthRole[]; when?: string } };
  };
}>({
  plugins: [ScopeAuthPlugin, DirectivesPlugin, ValidationPlugin],
  defaultInputFieldRequiredness: true,
  defaultFieldNullability: false,
  directives: { useGraphQLToolsUnorderedDirectives: true },
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: ({ viewer }) => ({
      anyOf: (allowed) => {
        if (viewer.kind === 'producer') return allowed.includes('PRODUCER');
        return viewer.kind === 'admin' && hasAnyRole(viewer.roles, allowed);
      },
    }),
    unauthorizedError: (_parent, { viewer }, info) =>
      viewer.kind === 'anonymous'
        ? vigilError('UNAUTHENTICATED', 'Sign in first')
        : vigilError('FORBIDDEN', `${info.parentType.name}.${info.fieldName} is not available to your role(s)`),
  },
  validation: {
    validationError: (result) => badInput(result.issues.map((issue) => ({ path: dottedPath(issue.path), message: issue.message }))),
  },
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});

export type VigilTypes = typeof builder.$inferSchemaTypes;
