import type { IngestService } from '../../events/ingest.ts';
import { unknownStatus } from './recovery.ts';
import type { ServersState } from './state.ts';

/** Marks servers silent for longer than `intervalMs` UNREACHABLE, once per silence. */
export class LivenessMonitor {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly servers: ServersState,
    private readonly ingest: IngestService,
    private readonly intervalMs: number,
    private readonly onError: (error: unknown) => void,
    /**
     * Whether this node runs the check now, its state caught up with the log; several nodes on one log hand the duty
     * to one of them, holding it for `leaseMs`.
     */
    private readonly mayCheck: (leaseMs: number) => Promise<boolean> = async () => true,
  ) {}

  /** How often the monitor looks: several times per interval keeps detection within ~25% of the configured silence. */
  private get every(): number {
    return Math.max(50, Math.min(5_000, Math.floor(this.intervalMs / 4)));
  }

  start(): void {
    this.timer = setInterval(() => this.tick().catch(this.onError), this.every);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    await this.check();
  }

  /** Looks for silent servers now, if this node holds the duty. */
  async check(now = Date.now()): Promise<void> {
    if (!(await this.mayCheck(Math.max(1_000, 3 * this.every)))) return;
    const silent = [...this.servers.values()].filter(
      (server) => server.status?.state !== 'UNREACHABLE' && server.status?.state !== 'STOPPED' && now - server.lastSeen.getTime() > this.intervalMs,
    );
    if (silent.length === 0) return;
    await this.ingest.append(
      silent.map((server) => ({
        stream: 'serverStatus' as const,
        type: 'server.unreachable',
        serverId: server.id,
        key: server.id,
        occurredAt: new Date(now),
        priority: 'HIGH' as const,
        payload: {
          ...(server.status ?? unknownStatus),
          state: 'UNREACHABLE' as const,
          message: `no report for ${Math.round((now - server.lastSeen.getTime()) / 1000)} s`,
        },
      })),
      { kind: 'hub' },
    );
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
