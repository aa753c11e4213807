import type { EntityAction, EntityKind, IncidentKind, ServerHealth, ServerState } from '../producer/gql/graphql.ts';
import { createProducer, type Producer, type ProducerError } from '../producer/index.ts';
import {
  activities,
  channels,
  chatLines,
  creatureKinds,
  incidentStories,
  mapNames,
  npcNames,
  quests,
  syllables,
  ticketTopics,
  waypointNames,
  whispers,
  worldEvents,
} from './content.ts';
import type { FleetOptions } from './fleet.ts';

export type Random = () => number;

/** A small seeded PRNG, so a seed replays the same fleet story. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Player {
  id: string;
  name: string;
  ip: string;
  email: string;
  level: number;
  online: boolean;
  map: SimMap | null;
  x: number;
  y: number;
  heading: number;
  targetX: number;
  targetY: number;
  /** When an offline player comes (back) online; 0 for never scheduled. */
  joinAt: number;
}

interface Creature {
  id: string;
  label: string;
  alive: boolean;
  respawnAt: number;
  x: number;
  y: number;
  heading: number;
}

interface SimMap {
  id: string;
  size: number;
  creatures: Creature[];
  fixtures: Array<{ id: string; kind: EntityKind; label: string; x: number; y: number }>;
  /** A world event on the map and when it ends. */
  event: { id: string; label: string; x: number; y: number; until: number } | null;
}

interface Update {
  entityId: string;
  kind: EntityKind;
  action: EntityAction;
  position: { x: number; y: number };
  heading?: number;
  label?: string;
}

/** One simulated game server: its maps, players and creatures, reported through its own producer. */
export class GameServer {
  readonly producer: Producer;
  readonly maps: SimMap[];
  private readonly players: Player[];
  private state: ServerState = 'STOPPED';
  private health: ServerHealth = 'HEALTHY';
  private readonly maxPlayers: number;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private readonly startedAt = Date.now();
  private now = Date.now();
  private lastSecond = 0;
  private lastStatusAt = 0;
  private lastReportedPlayers = -1;
  private silentUntil = 0;
  private phaseUntil = 0;
  private cpu = 10;
  private warmTicket: number;
  private warmIncident: number;
  private readonly failures = new Map<string, number>();

  constructor(
    readonly id: string,
    token: string,
    playerCount: number,
    index: number,
    private readonly random: Random,
    private readonly options: FleetOptions,
    private readonly log: (line: string) => void,
  ) {
    this.producer = createProducer({
      ...options.producer,
      url: options.url,
      token,
      serverId: id,
      onFailed: (error) => this.noteFailure(error),
    });
    this.maxPlayers = Math.max(10, Math.ceil((playerCount * 1.5) / 10) * 10);
    const mapCount = 3;
    this.maps = Array.from({ length: mapCount }, (_, m) => this.createMap(mapNames[(index + m) % mapNames.length]!, m));
    this.players = Array.from({ length: playerCount }, (_, p) => this.createPlayer(`${id}-p${p + 1}`));
    // A fresh dashboard has something in every panel within seconds: one ticket and one incident early on.
    this.warmTicket = index === 0 ? this.startedAt + 2_000 + this.random() * 2_000 : Infinity;
    this.warmIncident = index === (this.options.tokens.size > 1 ? 1 : 0) ? this.startedAt + 3_000 + this.random() * 2_000 : Infinity;
  }

  onlineCount(): number {
    return this.state === 'ONLINE' ? this.players.filter((p) => p.online).length : 0;
  }

  start(): void {
    this.boot(this.startedAt, 'starting');
    const interval = this.options.movementIntervalMs ?? 500;
    // Servers do not tick in lockstep.
    this.timer = setTimeout(() => {
      if (!this.stopped) this.timer = setInterval(() => this.tick(), interval);
    }, this.random() * interval);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.now = Date.now();
    if (this.state !== 'STOPPED') this.shutDown('STOPPED', 'simulator stopped');
    await this.producer.close({ timeoutMs: 15_000 }).catch((error: Error) => this.log(`${this.id}: ${error.message}`));
  }

  private tick(): void {
    this.now = Date.now();
    const odds = this.options.chaos ?? 1;
    if (this.now < this.silentUntil) return;
    if (this.silentUntil > 0) {
      this.silentUntil = 0;
      this.log(`${this.id}: reporting again`);
    }
    this.advancePhase();
    if (this.state === 'ONLINE') this.moveEntities();
    if (this.now - this.lastSecond < 1_000) return;
    this.lastSecond = this.now;
    this.reportTelemetry();
    if (this.state !== 'ONLINE') return;
    this.playerLife();
    if (this.now >= this.warmTicket || this.chance(odds / 4_000, this.onlineCount())) this.openTicket();
    if (this.now >= this.warmIncident || this.chance(odds / 300)) this.securityIncident();
    if (this.now - this.lastStatusAt >= 10_000 || Math.abs(this.onlineCount() - this.lastReportedPlayers) >= 5) this.reportStatus();
    if (this.chance(odds / 1_800)) {
      this.log(`${this.id}: restarting`);
      this.shutDown('RESTARTING', 'scheduled restart');
      this.phaseUntil = this.now + 8_000 + this.random() * 7_000;
    } else if (this.chance(odds / 2_400)) {
      const silenceMs = this.options.silenceMs ?? 45_000;
      this.log(`${this.id}: going silent for ${Math.round(silenceMs / 1000)} s`);
      this.silentUntil = this.now + silenceMs;
    }
  }

  /** STARTING → ONLINE after a few seconds; RESTARTING → STARTING once the restart is done. */
  private advancePhase(): void {
    if (this.phaseUntil <= 0 || this.now < this.phaseUntil) return;
    if (this.state === 'RESTARTING') return this.boot(this.now, 'back from restart');
    if (this.state === 'STARTING') {
      this.phaseUntil = 0;
      this.state = 'ONLINE';
      this.reportStatus('ready');
    }
  }

  private boot(at: number, message: string): void {
    this.now = at;
    this.state = 'STARTING';
    this.health = 'HEALTHY';
    this.phaseUntil = at + 1_000 + this.random() * 1_000;
    this.reportStatus(message);
    for (const map of this.maps) {
      const updates: Update[] = map.fixtures.map((f) => ({
        entityId: f.id,
        kind: f.kind,
        action: 'SPAWN',
        position: { x: f.x, y: f.y },
        label: f.label,
      }));
      for (const creature of map.creatures) {
        creature.alive = true;
        updates.push(this.creatureUpdate(creature, 'SPAWN'));
      }
      this.reportMap(map, updates);
    }
    // Most of the roster logs in over the first seconds.
    for (const player of this.players)
      player.joinAt = this.random() < 0.8 ? at + 1_500 + this.random() * 5_000 : at + 30_000 + this.random() * 300_000;
  }

  /** Everyone leaves and every entity disappears; the server reports `state`. */
  private shutDown(state: 'RESTARTING' | 'STOPPED', message: string): void {
    for (const player of this.players) if (player.online) this.leave(player, message);
    for (const map of this.maps) {
      const updates: Update[] = map.fixtures.map((f) => ({
        entityId: f.id,
        kind: f.kind,
        action: 'DESPAWN',
        position: { x: f.x, y: f.y },
        label: f.label,
      }));
      for (const creature of map.creatures) if (creature.alive) updates.push(this.creatureUpdate(creature, 'DESPAWN'));
      if (map.event)
        updates.push({
          entityId: map.event.id,
          kind: 'EVENT',
          action: 'DESPAWN',
          position: { x: map.event.x, y: map.event.y },
          label: map.event.label,
        });
      map.event = null;
      this.reportMap(map, updates);
    }
    this.state = state;
    this.health = 'HEALTHY';
    this.reportStatus(message);
  }

  private playerLife(): void {
    const odds = this.options.chaos ?? 1;
    for (const player of this.players) {
      if (!player.online) {
        if (player.joinAt > 0 && this.now >= player.joinAt) this.join(player);
        continue;
      }
      if (this.chance(1 / 900)) {
        this.leave(player, 'logged out');
        player.joinAt = this.now + 60_000 + this.random() * 600_000;
        continue;
      }
      if (this.chance(1 / 150)) this.activity(player);
      if (this.chance(1 / 45)) this.say(player);
      if (this.chance(1 / 200)) this.whisper(player);
      if (this.chance(1 / 240)) this.travel(player);
    }
    for (const map of this.maps) {
      if (map.event && this.now >= map.event.until) {
        this.reportMap(map, [
          { entityId: map.event.id, kind: 'EVENT', action: 'DESPAWN', position: { x: map.event.x, y: map.event.y }, label: map.event.label },
        ]);
        map.event = null;
      } else if (!map.event && this.chance(odds / 240)) {
        const label = this.pick(worldEvents);
        map.event = {
          id: `${map.id}:event-${Math.floor(this.random() * 1e6)}`,
          label,
          x: this.random() * map.size,
          y: this.random() * map.size,
          until: this.now + 20_000 + this.random() * 40_000,
        };
        this.reportMap(
          map,
          [{ entityId: map.event.id, kind: 'EVENT', action: 'SPAWN', position: { x: map.event.x, y: map.event.y }, label }],
          'HIGH',
        );
      }
    }
  }

  private join(player: Player): void {
    player.online = true;
    player.joinAt = 0;
    const map = this.pick(this.maps);
    this.place(player, map);
    void this.producer.playerActivity({
      kind: 'JOIN',
      playerId: player.id,
      playerName: player.name,
      ipAddress: player.ip,
      email: player.email,
      detail: `level ${player.level}`,
    });
    void this.producer.chat({ kind: 'JOIN', channel: 'global', playerId: player.id, playerName: player.name });
    this.reportMap(map, [
      { entityId: player.id, kind: 'PLAYER', action: 'SPAWN', position: { x: player.x, y: player.y }, heading: player.heading, label: player.name },
    ]);
  }

  private leave(player: Player, detail: string): void {
    player.online = false;
    if (player.map)
      this.reportMap(player.map, [
        { entityId: player.id, kind: 'PLAYER', action: 'DESPAWN', position: { x: player.x, y: player.y }, label: player.name },
      ]);
    player.map = null;
    void this.producer.chat({ kind: 'LEAVE', channel: 'global', playerId: player.id, playerName: player.name });
    void this.producer.playerActivity({ kind: 'LEAVE', playerId: player.id, playerName: player.name, detail });
  }

  private travel(player: Player): void {
    const destination = this.pick(this.maps.filter((m) => m !== player.map));
    if (!destination || !player.map) return;
    this.reportMap(player.map, [
      { entityId: player.id, kind: 'PLAYER', action: 'DESPAWN', position: { x: player.x, y: player.y }, label: player.name },
    ]);
    this.place(player, destination);
    this.reportMap(destination, [
      { entityId: player.id, kind: 'PLAYER', action: 'SPAWN', position: { x: player.x, y: player.y }, heading: player.heading, label: player.name },
    ]);
    void this.producer.playerActivity({
      kind: 'ACTIVITY',
      playerId: player.id,
      playerName: player.name,
      detail: `travelled to ${destination.id.split(':')[1]}`,
    });
  }

  private activity(player: Player): void {
    const template = this.pick(activities);
    if (template.includes('{n}')) player.level++;
    const detail = template.replace('{n}', String(player.level)).replace('{q}', this.pick(quests)).replace('{m}', this.pick(mapNames));
    void this.producer.playerActivity({ kind: 'ACTIVITY', playerId: player.id, playerName: player.name, detail });
  }

  private say(player: Player): void {
    const channel = this.pick(channels);
    void this.producer.chat({ kind: 'MESSAGE', channel, playerId: player.id, playerName: player.name, text: this.pick(chatLines[channel]!) });
  }

  private whisper(player: Player): void {
    const recipient = this.pick(this.players.filter((p) => p.online && p !== player));
    if (!recipient) return;
    void this.producer.chat({
      kind: 'WHISPER',
      channel: 'whisper',
      playerId: player.id,
      playerName: player.name,
      recipientId: recipient.id,
      text: this.pick(whispers),
    });
  }

  private openTicket(): void {
    this.warmTicket = Infinity;
    const player = this.pick(this.players.filter((p) => p.online));
    const topic = this.pick(ticketTopics);
    void this.producer.openTicket({ playerId: player?.id, subject: topic.subject, body: topic.body, category: topic.category });
  }

  private securityIncident(): void {
    const player = this.pick(this.players.filter((p) => p.online));
    if (!player) return;
    this.warmIncident = Infinity;
    const roll = this.random();
    const kind: IncidentKind = roll < 0.5 ? 'VIOLATION' : roll < 0.75 ? 'BOT_DETECTED' : roll < 0.88 ? 'HACK_DETECTED' : 'BAN';
    void this.producer.securityIncident({
      kind,
      playerId: player.id,
      description: `${player.name}: ${this.pick(incidentStories[kind])}`,
      confidence: kind === 'BAN' ? null : Math.round((0.55 + this.random() * 0.45) * 100) / 100,
      banDurationSeconds: kind === 'BAN' ? this.pick([3_600, 86_400, 604_800, null]) : null,
    });
    if (kind === 'BAN' || (kind === 'HACK_DETECTED' && this.random() < 0.5)) this.leave(player, 'kicked by anti-cheat');
  }

  private reportStatus(message?: string): void {
    const playerCount = this.onlineCount();
    this.lastStatusAt = this.now;
    this.lastReportedPlayers = playerCount;
    void this.producer.serverStatus({ state: this.state, playerCount, maxPlayers: this.maxPlayers, health: this.health, message: message ?? null });
  }

  private reportTelemetry(): void {
    const online = this.onlineCount();
    const load = online / this.maxPlayers;
    // CPU follows load with inertia, plus the odd spike.
    const target = 6 + load * 80 + (this.random() < 0.01 ? 35 : 0);
    this.cpu = Math.min(100, Math.max(1, this.cpu + (target - this.cpu) * 0.3 + (this.random() - 0.5) * 6));
    const health: ServerHealth = this.cpu > 95 ? 'CRITICAL' : this.cpu > 85 ? 'DEGRADED' : 'HEALTHY';
    void this.producer.telemetry({
      cpuPercent: round(this.cpu),
      memoryUsedMb: round(1_800 + online * 38 + this.random() * 120),
      memoryTotalMb: 8_192,
      networkInKbps: round(online * 14 + this.random() * 40),
      networkOutKbps: round(online * 36 + this.random() * 80),
      dbQueriesPerSecond: round(online * 3.5 + this.random() * 20),
      dbLatencyMs: round(2 + load * 6 + (this.random() < 0.02 ? 40 : this.random() * 2)),
      tickRate: round(this.cpu > 85 ? 20 + this.random() * 8 : 29 + this.random()),
    });
    if (health !== this.health && this.state === 'ONLINE') {
      this.health = health;
      this.reportStatus(health === 'HEALTHY' ? 'load back to normal' : `cpu at ${Math.round(this.cpu)}%`);
    }
  }

  private moveEntities(): void {
    for (const map of this.maps) {
      const updates: Update[] = [];
      for (const player of this.players) {
        if (!player.online || player.map !== map) continue;
        if (Math.hypot(player.targetX - player.x, player.targetY - player.y) < 15) {
          // Idle a moment at the destination, then pick a new one.
          if (this.random() < 0.8) continue;
          player.targetX = this.random() * map.size;
          player.targetY = this.random() * map.size;
        }
        const angle = Math.atan2(player.targetY - player.y, player.targetX - player.x);
        const step = 6 + this.random() * 6;
        player.x = clamp(player.x + Math.cos(angle) * step, map.size);
        player.y = clamp(player.y + Math.sin(angle) * step, map.size);
        player.heading = round(((angle * 180) / Math.PI + 360) % 360);
        updates.push({
          entityId: player.id,
          kind: 'PLAYER',
          action: 'MOVE',
          position: { x: round(player.x), y: round(player.y) },
          heading: player.heading,
        });
      }
      for (const creature of map.creatures) {
        if (!creature.alive) {
          if (this.now >= creature.respawnAt) {
            creature.alive = true;
            creature.x = this.random() * map.size;
            creature.y = this.random() * map.size;
            updates.push(this.creatureUpdate(creature, 'SPAWN'));
          }
          continue;
        }
        if (this.random() < 0.01) {
          // Slain by a player.
          creature.alive = false;
          creature.respawnAt = this.now + 5_000 + this.random() * 15_000;
          updates.push(this.creatureUpdate(creature, 'DESPAWN'));
        } else if (this.random() < 0.35) {
          creature.heading = (creature.heading + (this.random() - 0.5) * 90 + 360) % 360;
          const radians = (creature.heading * Math.PI) / 180;
          creature.x = clamp(creature.x + Math.cos(radians) * 5, map.size);
          creature.y = clamp(creature.y + Math.sin(radians) * 5, map.size);
          updates.push(this.creatureUpdate(creature, 'MOVE'));
        }
      }
      this.reportMap(map, updates);
    }
  }

  private reportMap(map: SimMap, updates: Update[], priority?: 'HIGH'): void {
    // The hub takes at most 1000 updates per map batch.
    for (let i = 0; i < updates.length; i += 1_000) void this.producer.mapEntities({ mapId: map.id, updates: updates.slice(i, i + 1_000), priority });
  }

  private creatureUpdate(creature: Creature, action: EntityAction): Update {
    return {
      entityId: creature.id,
      kind: 'CREATURE',
      action,
      position: { x: round(creature.x), y: round(creature.y) },
      heading: round(creature.heading),
      label: creature.label,
    };
  }

  private createMap(name: string, m: number): SimMap {
    const id = `${this.id}:${name}`;
    const size = 1_000;
    const fixtures: SimMap['fixtures'] = [];
    for (let w = 0; w < 4; w++)
      fixtures.push({
        id: `${id}:wp${w + 1}`,
        kind: 'WAYPOINT',
        label: waypointNames[(m + w) % waypointNames.length]!,
        x: this.random() * size,
        y: this.random() * size,
      });
    for (let n = 0; n < 3; n++) {
      const anchor = fixtures[n]!;
      fixtures.push({
        id: `${id}:npc${n + 1}`,
        kind: 'NPC',
        label: npcNames[(m * 2 + n) % npcNames.length]!,
        x: clamp(anchor.x + 20, size),
        y: clamp(anchor.y + 20, size),
      });
    }
    const creatures = Array.from({ length: 12 }, (_, c) => ({
      id: `${id}:mob${c + 1}`,
      label: this.pick(creatureKinds),
      alive: false,
      respawnAt: 0,
      x: this.random() * size,
      y: this.random() * size,
      heading: this.random() * 360,
    }));
    return { id, size, creatures, fixtures: fixtures.map((f) => ({ ...f, x: round(f.x), y: round(f.y) })), event: null };
  }

  private createPlayer(id: string): Player {
    const name =
      (this.pick(syllables) + this.pick(syllables) + this.pick(syllables)).replace(/^./, (c) => c.toUpperCase()) + Math.floor(this.random() * 100);
    return {
      id,
      name,
      ip: `203.0.113.${1 + Math.floor(this.random() * 254)}`,
      email: `${name.toLowerCase()}@players.example`,
      level: 1 + Math.floor(this.random() * 60),
      online: false,
      map: null,
      x: 0,
      y: 0,
      heading: 0,
      targetX: 0,
      targetY: 0,
      joinAt: 0,
    };
  }

  private place(player: Player, map: SimMap): void {
    const spawn = this.pick(map.fixtures.filter((f) => f.kind === 'WAYPOINT'))!;
    player.map = map;
    player.x = clamp(spawn.x + (this.random() - 0.5) * 40, map.size);
    player.y = clamp(spawn.y + (this.random() - 0.5) * 40, map.size);
    player.targetX = this.random() * map.size;
    player.targetY = this.random() * map.size;
    player.heading = round(this.random() * 360);
  }

  /** True with probability `p` per second, `times` independent tries. */
  private chance(p: number, times = 1): boolean {
    return this.random() < 1 - (1 - Math.min(1, p)) ** times;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  private noteFailure(error: ProducerError): void {
    const count = (this.failures.get(error.code) ?? 0) + 1;
    this.failures.set(error.code, count);
    // The first of each kind in full, then every hundredth, so a broken hub does not flood the terminal.
    if (count === 1 || count % 100 === 0) this.log(`${this.id}: ${count} event(s) failed with ${error.code}; latest: ${error.message}`);
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function clamp(value: number, size: number): number {
  return Math.min(size, Math.max(0, value));
}
