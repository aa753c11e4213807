import type { IncidentKind } from '../producer/gql/graphql.ts';

export const mapNames = ['highlands', 'harbor', 'catacombs', 'sunken-marsh', 'frostpeak', 'ember-wastes'];
export const creatureKinds = ['wolf', 'boar', 'skeleton', 'spider', 'wraith', 'troll', 'slime', 'bandit'];
export const npcNames = ['Blacksmith Oda', 'Innkeeper Bram', 'Guard Captain Ilse', 'Merchant Tove', 'Sage Marek', 'Stablemaster Jun'];
export const waypointNames = ['Town Square', 'North Gate', 'Old Mill', 'Lighthouse', 'Crypt Entrance', 'Watchtower'];
export const worldEvents = ['Dragon sighted', 'Merchant caravan', 'Meteor shower', 'Bandit raid', 'Treasure goblin'];
export const channels = ['global', 'trade', 'guild', 'lfg'];
export const syllables = ['ka', 'ri', 'mo', 'zen', 'lu', 'tor', 'vex', 'an', 'el', 'dra', 'shi', 'gor', 'ny', 'pa', 'quin', 'sol'];
export const chatLines: Record<string, string[]> = {
  global: [
    'anyone up for the raid tonight?',
    'gg everyone',
    'server feels laggy',
    'where do I find the blacksmith?',
    'lol',
    'who won the arena?',
    'the new patch is great',
  ],
  trade: ['WTS iron ore x50', 'WTB healing potions', 'selling rare mount, pm me', 'trading dragon scale for gold', 'cheap enchant services'],
  guild: ['guild meeting at 9', 'need one more for the dungeon', 'thanks for the gear!', 'who has the vault key?'],
  lfg: ['LFG catacombs, tank here', 'LF healer for frostpeak', 'need 2 dps for raid', 'group forming at North Gate'],
};
export const whispers = [
  'hey, want to group?',
  'can you send me the item?',
  'thanks for the help earlier',
  'meet me at the lighthouse',
  'are you selling that sword?',
];
export const activities = [
  'reached level {n}',
  'completed quest "{q}"',
  'entered the {m} dungeon',
  'crafted a legendary item',
  'won an arena match',
  'joined a guild',
];
export const quests = ['The Lost Lantern', 'Wolves at the Door', 'A Sage in Need', 'Ore for the Forge', 'Crypt of Whispers'];
export const ticketTopics: Array<{ subject: string; body: string; category: string }> = [
  { subject: 'Stuck in a wall', body: 'My character is stuck inside a rock near the Old Mill and cannot move.', category: 'bug' },
  { subject: 'Purchase not received', body: 'I bought 500 gems but they never arrived in my account.', category: 'billing' },
  { subject: 'Player harassing me', body: 'Someone keeps following me and spamming insults in whispers.', category: 'report' },
  { subject: 'Quest will not complete', body: 'The Lost Lantern quest does not complete after returning the lantern.', category: 'bug' },
  { subject: 'Account locked', body: 'I cannot log in since yesterday, it says my account is locked.', category: 'account' },
  { subject: 'Lost items after crash', body: 'The server crashed and my new armour is gone from my inventory.', category: 'bug' },
];
export const incidentStories: Record<IncidentKind, string[]> = {
  VIOLATION: ['movement speed above the allowed maximum', 'teleport without a portal', 'spam: 40 chat messages in 10 s', 'offensive player name'],
  BOT_DETECTED: ['identical farming route repeated 200 times', 'inhuman input timing on gathering', 'auction sniping at fixed intervals'],
  HACK_DETECTED: ['memory tampering detected by anti-cheat', 'modified client checksum', 'damage values outside the possible range'],
  BAN: ['banned for speed hacking', 'banned for real-money trading', 'banned for botting'],
};
