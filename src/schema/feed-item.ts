/** A subscription field's `resolve`: what its feed yields (an event, or the final ResyncRequired) is the field's value as it is. */
export const feedItem = <T>(item: T): T => item;
