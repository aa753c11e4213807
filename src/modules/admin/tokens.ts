import { z } from 'zod';
import type { IssuedProducerToken, ProducerTokenRecord } from '../../auth/producer-tokens.ts';
import { fieldReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import { describeViewer } from '../../auth/viewer.ts';
import { builder } from '../../schema/builder.ts';
import { vigilError } from '../../schema/errors.ts';

const ProducerToken = builder.objectRef<ProducerTokenRecord>('ProducerToken').implement({
  description: "A game server's ingest credential. The secret itself is shown once, when issued.",
  ...requires(fieldReaders.hubAdministration),
  fields: (t) => ({
    id: t.exposeID('id'),
    serverId: t.exposeID('serverId', { description: 'The only server this token may report as.' }),
    label: t.exposeString('label', { nullable: true }),
    createdAt: t.field({ type: 'DateTime', resolve: (token) => token.createdAt }),
    revokedAt: t.field({ type: 'DateTime', nullable: true, resolve: (token) => token.revokedAt }),
  }),
});

const IssuedToken = builder.objectRef<IssuedProducerToken>('IssuedProducerToken').implement({
  description: 'A newly issued producer token with its secret: store it now, it cannot be shown again.',
  ...requires(fieldReaders.hubAdministration),
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Send as `Authorization: Bearer <token>`.' }),
    producerToken: t.field({ type: ProducerToken, resolve: (issued) => issued }),
  }),
});

builder.mutationFields((t) => ({
  issueProducerToken: t.field({
    ...requires(fieldReaders.hubAdministration),
    type: IssuedToken,
    description: 'Issues a new producer token for one game server.',
    args: {
      serverId: t.arg.id({ validate: z.string().min(1).max(128) }),
      label: t.arg.string({ required: false, validate: z.string().max(200) }),
    },
    resolve: async (_, { serverId, label }, { services, viewer }) => {
      const issued = await services.producers.issue(serverId, label ?? null);
      services.logger.info({ tokenId: issued.id, serverId, by: describeViewer(viewer) }, `producer token issued for ${serverId}`);
      return issued;
    },
  }),
  revokeProducerToken: t.field({
    ...requires(fieldReaders.hubAdministration),
    type: ProducerToken,
    description: 'Revokes a producer token: it stops working at once.',
    args: { id: t.arg.id() },
    resolve: async (_, { id }, { services, viewer }) => {
      const revoked = await services.producers.revoke(id);
      if (!revoked) throw vigilError('NOT_FOUND', `No producer token with id "${id}"`, { id });
      services.logger.info(
        { tokenId: revoked.id, serverId: revoked.serverId, by: describeViewer(viewer) },
        `producer token of ${revoked.serverId} revoked`,
      );
      return revoked;
    },
  }),
}));

builder.queryField('producerTokens', (t) =>
  t.field({
    ...requires(fieldReaders.hubAdministration),
    type: [ProducerToken],
    description: 'Every producer token issued (revoked ones included), optionally of one server.',
    args: { serverId: t.arg.id({ required: false }) },
    resolve: (_, { serverId }, { services }) => services.producers.list(serverId ?? undefined),
  }),
);
