import type { Client } from '@urql/core';
import { createContext, useContext } from 'react';
import type { FeedFailure } from './live/follower.ts';
import type { Session } from './session.ts';

export interface Dashboard {
  session: Session;
  client: Client;
  /** A stream failed for good: an expired or refused token signs the viewer out with the reason. */
  onFatal: (failure: FeedFailure) => void;
}

export const DashboardContext = createContext<Dashboard | null>(null);

export function useDashboard(): Dashboard {
  const dashboard = useContext(DashboardContext);
  if (!dashboard) throw new Error('useDashboard outside the signed-in dashboard');
  return dashboard;
}
