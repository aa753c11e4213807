export { type Fleet, type FleetOptions, type FleetStats, fleetServerIds, issueFleetTokens, revokeFleetTokens, startFleet } from './fleet.ts';
