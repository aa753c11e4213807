import { Link } from '../router.tsx';
import { replayPath } from './route.ts';

/** "Replay": the map and chat of `serverId` around `at`, played back from the log (the caller checks the roles). */
export function ReplayLink({ serverId, at, what, testId }: { serverId: string; at: string; what: string; testId: string }) {
  return (
    <Link to={replayPath({ serverId, at })} title={`The map and chat of this server around ${what}, played back from the log`}>
      <span data-testid={testId}>Replay</span>
    </Link>
  );
}
