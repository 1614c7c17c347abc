import { DataSource } from 'typeorm';

export interface AccessRecord {
  readonly userId: string;
  readonly role: string;
  /** What was done, in words: "read victim case view". */
  readonly action: string;
  readonly method: string;
  readonly route: string;
  readonly resourceType: string;
  readonly resourceId?: string;
  /** Every victim whose data the answer carried (or would have carried). */
  readonly victimIds: readonly string[];
  readonly purpose: string;
  readonly requestId?: string;
  readonly status: number;
  /** Why the call was refused (a code: role-not-admitted, purpose-missing, purpose-not-listed, purpose-not-for-role, invalid-id); absent when answered. */
  readonly refusalReason?: string;
}

export interface AccessAuditEntry extends AccessRecord {
  readonly id: string;
  readonly occurredAt: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The append-only trail of reads of victim data (table access_audit; the database refuses updates and deletes). */
export class AccessAudit {
  constructor(private readonly dataSource: DataSource) {}

  async record(entry: AccessRecord): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO access_audit (user_id, role, action, method, route, resource_type, resource_id, victim_ids, purpose, request_id, status, refusal_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::uuid[], $9, $10, $11, $12)`,
      [
        entry.userId,
        entry.role,
        entry.action,
        entry.method,
        entry.route,
        entry.resourceType,
        entry.resourceId ?? null,
        entry.victimIds.filter((id) => UUID.test(id)),
        entry.purpose,
        entry.requestId ?? null,
        entry.status,
        entry.refusalReason ?? null,
      ],
    );
  }

  /**
   * Entries newest first, optionally about one victim or by one user, paginated. With `reach` (the SQL condition
   * "this victim id is one the caller may reach", given a column and the parameter list), only entries about a victim
   * in reach are found, and each shows only the victims in reach: a manager sees who read their units' victims,
   * never that another unit's victim was read.
   */
  async search(filter: {
    victimId?: string;
    userId?: string;
    reach?: (column: string, values: unknown[]) => string;
    limit: number;
    offset: number;
  }): Promise<{ total: number; entries: AccessAuditEntry[] }> {
    const conditions: string[] = [];
    const values: unknown[] = [];
    if (filter.victimId) {
      values.push(filter.victimId);
      conditions.push(`victim_ids @> ARRAY[$${values.length}]::uuid[]`);
      // A victim out of reach is searched for in vain, as one never read: no entry confirms that it exists.
      if (filter.reach) conditions.push(filter.reach(`$${values.length}::uuid`, values));
    }
    if (filter.userId) {
      values.push(filter.userId);
      conditions.push(`user_id = $${values.length}`);
    }
    let shownVictims = 'victim_ids::text[]';
    if (filter.reach) {
      const reached = filter.reach('seen.victim_id', values);
      conditions.push(`EXISTS (SELECT 1 FROM unnest(victim_ids) AS seen(victim_id) WHERE ${reached})`);
      shownVictims = `ARRAY(SELECT seen.victim_id::text FROM unnest(victim_ids) AS seen(victim_id) WHERE ${reached})`;
    }
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM access_audit ${where}`, values);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT id::text, occurred_at, user_id, role, action, method, route, resource_type, resource_id, ${shownVictims} AS victim_ids, purpose, request_id, status, refusal_reason
       FROM access_audit ${where} ORDER BY occurred_at DESC, id DESC LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
      [...values, filter.limit, filter.offset],
    );
    return {
      total,
      entries: rows.map((row) => ({
        id: row.id as string,
        occurredAt: row.occurred_at as Date,
        userId: row.user_id as string,
        role: row.role as string,
        action: row.action as string,
        method: row.method as string,
        route: row.route as string,
        resourceType: row.resource_type as string,
        resourceId: (row.resource_id as string | null) ?? undefined,
        victimIds: row.victim_ids as string[],
        purpose: row.purpose as string,
        requestId: (row.request_id as string | null) ?? undefined,
        status: row.status as number,
        ...(row.refusal_reason ? { refusalReason: row.refusal_reason as string } : {}),
      })),
    };
  }
}
