// The overall health the health route reports, from each connection's last recorded check. Inactive connections do
// not count: an admin switched them off on purpose.

export type HealthStatus = 'unknown' | 'healthy' | 'degraded' | 'down';

export interface ConnectionHealth {
  sys_id: string;
  name: string;
  type: string;
  active: boolean;
  health: { status: HealthStatus; checked_at: string; error: string };
}

export function overallStatus(connections: ConnectionHealth[]): 'ok' | 'degraded' {
  for (var i = 0; i < connections.length; i++) {
    var c = connections[i];
    if (c.active && (c.health.status === 'degraded' || c.health.status === 'down')) return 'degraded';
  }
  return 'ok';
}
