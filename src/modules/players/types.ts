import { type AuthRole, fieldReaders } from '../../auth/roles.ts';
import { requires } from '../../auth/scopes.ts';
import { builder } from '../../schema/builder.ts';

/** Who reads personal data: ADMIN, and the producer that reported it. */
const personalDataReaders: AuthRole[] = [...fieldReaders.playerPersonalData, 'PRODUCER'];

import { eventObjectType } from '../../schema/events.ts';
import { type PlayerActivityPayload, playerActivityKinds } from './payload.ts';

export const PlayerActivityKindEnum = builder.enumType('PlayerActivityKind', {
  values: playerActivityKinds,
  description: 'What a player did: joined or left the server, or anything else worth noting (ACTIVITY).',
});

export const PlayerActivity = builder.objectRef<PlayerActivityPayload>('PlayerActivity').implement({
  description: 'A player joining, leaving, or doing something on a game server.',
  fields: (t) => ({
    kind: t.field({ type: PlayerActivityKindEnum, resolve: (a) => a.kind }),
    playerId: t.exposeID('playerId'),
    playerName: t.exposeString('playerName', { description: "The player's display name at the time." }),
    detail: t.exposeString('detail', { nullable: true, description: 'Free-form description of the activity, e.g. "reached level 20".' }),
    ipAddress: t.exposeString('ipAddress', {
      nullable: true,
      description: "The player's IP address; reads null for viewers without ADMIN.",
      ...requires(personalDataReaders),
      unauthorizedResolver: () => null,
    }),
    email: t.exposeString('email', {
      nullable: true,
      description: "The player's account email; reads null for viewers without ADMIN.",
      ...requires(personalDataReaders),
      unauthorizedResolver: () => null,
    }),
  }),
});

export const PlayerEvent = eventObjectType('players', 'PlayerEvent', PlayerActivity, 'A player joining, leaving, or acting on a game server.');
