import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '@vcs/security';
import { DataSource } from 'typeorm';

/** Caseworkers the directory keeps: who may hold a case (VLO) and who allocates (VLO_MANAGER). */
const CASEWORK_ROLES = ['VLO', 'VLO_MANAGER'];
/** How long a sign-in's units are trusted before the directory is written again for the same person. */
const REFRESH_MS = 10 * 60_000;

export interface Officer {
  readonly userId: string;
  readonly units: readonly string[];
}

/**
 * Who works in which victim liaison unit, as each caseworker's own token last said (the identity provider is the
 * source: its `units` claim). Written when a caseworker calls the API, at most every ten minutes per person unless
 * their roles or units changed; read to check an allocation and to list a unit's officers.
 */
@Injectable()
export class StaffDirectory {
  private readonly written = new Map<string, { key: string; at: number }>();

  constructor(private readonly dataSource: DataSource) {}

  async noteCaller(user: AuthenticatedUser, now: Date): Promise<void> {
    const roles = user.roles.filter((role) => CASEWORK_ROLES.includes(role)).sort();
    if (roles.length === 0) return;
    const units = [...user.units].sort();
    const key = JSON.stringify([roles, units]);
    const last = this.written.get(user.userId);
    if (last && last.key === key && now.getTime() - last.at < REFRESH_MS) return;
    await this.dataSource.query(
      `INSERT INTO staff_directory (user_id, roles, units, last_seen_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id) DO UPDATE SET roles = EXCLUDED.roles, units = EXCLUDED.units, last_seen_at = EXCLUDED.last_seen_at`,
      [user.userId, roles, units, now],
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
    const rows = await this.dataSource.query<{ user_id: string; units: string[] }[]>(
      `SELECT user_id, units FROM staff_directory WHERE units @> ARRAY[$1]::text[] AND 'VLO' = ANY(roles)
        ORDER BY user_id LIMIT 500`,
      [unit],
    );
    return rows.map((row) => ({ userId: row.user_id, units: row.units }));
  }
}
