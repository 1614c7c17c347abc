import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '@vcs/security';
import { DataSource } from 'typeorm';

/**
 * Staff the directory keeps: who may hold a case (VLO), who allocates (VLO_MANAGER), and administrators, whose
 * retention decisions and erasures are on a case's history and are read there by name.
 */
const STAFF_ROLES = ['VLO', 'VLO_MANAGER', 'ADMIN'];
/** How long a sign-in's units are trusted before the directory is written again for the same person. */
const REFRESH_MS = 10 * 60_000;

export interface Officer {
  readonly userId: string;
  /** Their name as their last sign-in gave it; null when it gave none. */
  readonly name: string | null;
  readonly units: readonly string[];
}

/**
 * Who works in which victim liaison unit, and their name, as each member of staff's own token last said (the identity
 * provider is the source: its `units` and `name` claims). Written when they call the API, at most every ten minutes
 * per person unless their roles, units or name changed; read to check an allocation, to list a unit's officers, and
 * (`staff-name.sql.ts`) to name the staff a read answer already shows by id.
 */
@Injectable()
export class StaffDirectory {
  private readonly written = new Map<string, { key: string; at: number }>();

  constructor(private readonly dataSource: DataSource) {}

  async noteCaller(user: AuthenticatedUser, now: Date): Promise<void> {
    const roles = user.roles.filter((role) => STAFF_ROLES.includes(role)).sort();
    if (roles.length === 0) return;
    const units = [...user.units].sort();
    // A token without a name (another client's, a service's) keeps the name the last one that gave it.
    const name = user.name ?? null;
    const key = JSON.stringify([roles, units, name]);
    const last = this.written.get(user.userId);
    if (last && last.key === key && now.getTime() - last.at < REFRESH_MS) return;
    await this.dataSource.query(
      `INSERT INTO staff_directory (user_id, roles, units, display_name, last_seen_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id) DO UPDATE SET roles = EXCLUDED.roles, units = EXCLUDED.units,
         display_name = coalesce(EXCLUDED.display_name, staff_directory.display_name), last_seen_at = EXCLUDED.last_seen_at`,
      [user.userId, roles, units, name, now],
    );
    this.written.set(user.userId, { key, at: now.getTime() });
  }

  /** The units the officer works in; none when the service does not know them as a victim liaison officer. */
  async unitsOf(userId: string): Promise<readonly string[]> {
    const rows = await this.dataSource.query<{ units: string[] }[]>(
      `SELECT units FROM staff_directory WHERE user_id = $1 AND 'VLO' = ANY(roles)`,
      [userId],
    );
    return rows[0]?.units ?? [];
  }

  /** The victim liaison officers of a unit, by user id. */
  async officersIn(unit: string): Promise<Officer[]> {
    const rows = await this.dataSource.query<{ user_id: string; display_name: string | null; units: string[] }[]>(
      `SELECT user_id, display_name, units FROM staff_directory WHERE units @> ARRAY[$1]::text[] AND 'VLO' = ANY(roles)
        ORDER BY user_id LIMIT 500`,
      [unit],
    );
    return rows.map((row) => ({ userId: row.user_id, name: row.display_name, units: row.units }));
  }
}
