import { DataSource, EntityManager } from 'typeorm';

const PLAIN_IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** A plain lower-case identifier, quoted; anything else is refused (the names come from our own code). */
export function plainIdentifier(identifier: string): string {
  if (!PLAIN_IDENTIFIER.test(identifier)) throw new Error(`"${identifier}" is not a plain lower-case SQL identifier`);
  return `"${identifier}"`;
}

/** Any identifier read from the catalogue (e.g. an index name TypeORM generated in mixed case), quoted. */
function catalogueIdentifier(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

interface IndexRow {
  index_name: string;
  index_definition: string;
  is_unique: boolean;
  constraint_name: string | null;
  constraint_definition: string | null;
  leading_column: string | null;
}

/** One index of a live table, and when its copy is made in the shadow table. */
interface LiveIndex {
  readonly table: string;
  readonly name: string;
  /** `pg_get_indexdef`: CREATE [UNIQUE] INDEX name ON public.table USING … */
  readonly definition: string;
  /** Set when the index backs a constraint (primary key, unique, exclusion): the constraint is copied instead. */
  readonly constraint: { readonly name: string; readonly definition: string } | undefined;
  /** Made before the build: the projection's SQL needs it (ON CONFLICT, uniqueness, lookups by id). */
  readonly neededWhileBuilding: boolean;
}

const LIVE_INDEXES_SQL = `
  SELECT i.relname AS index_name, pg_get_indexdef(x.indexrelid) AS index_definition, x.indisunique AS is_unique,
         c.conname AS constraint_name, pg_get_constraintdef(c.oid) AS constraint_definition, a.attname AS leading_column
  FROM pg_index x
  JOIN pg_class i ON i.oid = x.indexrelid
  JOIN pg_class t ON t.oid = x.indrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
  LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid AND c.conrelid = t.oid AND c.contype IN ('p', 'u', 'x')
  LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = x.indkey[0]
  WHERE n.nspname = 'public' AND t.relname = $1
  ORDER BY i.relname`;

/**
 * Is this index read by a projection while it applies events? Primary keys, unique constraints and unique indexes
 * are (ON CONFLICT, and uniqueness is part of what the rows mean); so are lookups by an entity id (leading column
 * `…_id`, e.g. `caseload_tasks (victim_id)` for a reassignment): without them each lookup would scan the growing
 * shadow table. Indexes for queries (dates, regions, statuses, GIN) are built once, after the build.
 */
function neededWhileBuilding(row: IndexRow): boolean {
  return (
    row.is_unique || row.constraint_name !== null || (row.leading_column !== null && row.leading_column.endsWith('_id'))
  );
}

/**
 * The empty copies of a projection's tables that a rebuild fills (schema `rebuild_<projection>`), and the swap that
 * puts them in place of the live ones. The copies have the live tables' columns, defaults, NOT NULL and CHECK
 * constraints, primary keys and unique constraints under their own names; the other indexes are created from the
 * live tables' definitions, under the live names, once the rows are in (`createDeferredIndexes`). After the swap the
 * read model has exactly the indexes, names and definitions its migrations created.
 */
export class ShadowTables {
  readonly shadowSchema: string;
  private readonly retiredSchema: string;
  private deferred: LiveIndex[] = [];

  constructor(
    private readonly dataSource: DataSource,
    projectionName: string,
    private readonly tables: readonly string[],
  ) {
    const slug = projectionName.replace(/-/g, '_');
    this.shadowSchema = plainIdentifier(`rebuild_${slug}`);
    this.retiredSchema = plainIdentifier(`retired_${slug}`);
    tables.forEach(plainIdentifier);
  }

  /** Creates the schema and the empty tables with what the projection's SQL needs while building. */
  async create(): Promise<void> {
    await this.dropSchemas();
    await this.dataSource.query(`CREATE SCHEMA ${this.shadowSchema}`);
    this.deferred = [];
    for (const table of this.tables) {
      const live = plainIdentifier(table);
      await this.dataSource.query(
        `CREATE TABLE ${this.shadowSchema}.${live} (LIKE public.${live} INCLUDING ALL EXCLUDING INDEXES EXCLUDING STATISTICS)`,
      );
      for (const index of await this.liveIndexes(table)) {
        if (!index.neededWhileBuilding) this.deferred.push(index);
        else if (index.constraint) {
          await this.dataSource.query(
            `ALTER TABLE ${this.shadowSchema}.${live} ADD CONSTRAINT ${catalogueIdentifier(index.constraint.name)} ${index.constraint.definition}`,
          );
        } else await this.dataSource.query(this.inShadow(index));
      }
    }
  }

  /** The indexes left out during the build, created in the shadow schema under the live names (one statement each). */
  async createDeferredIndexes(): Promise<void> {
    for (const index of this.deferred) await this.dataSource.query(this.inShadow(index));
    this.deferred = [];
  }

  /**
   * Inside the caller's transaction: the live tables move to `retired_<projection>` (with their indexes, which frees
   * the names in public), the shadow tables to public.
   */
  async swap(manager: EntityManager): Promise<void> {
    await manager.query(`DROP SCHEMA IF EXISTS ${this.retiredSchema} CASCADE`);
    await manager.query(`CREATE SCHEMA ${this.retiredSchema}`);
    for (const table of this.tables.map(plainIdentifier)) {
      await manager.query(`ALTER TABLE public.${table} SET SCHEMA ${this.retiredSchema}`);
      await manager.query(`ALTER TABLE ${this.shadowSchema}.${table} SET SCHEMA public`);
    }
  }

  /** After the swap committed: statistics and the visibility map for the new tables (index-only scans). */
  async vacuumSwapped(): Promise<void> {
    for (const table of this.tables.map(plainIdentifier))
      await this.dataSource.query(`VACUUM (ANALYZE) public.${table}`);
  }

  async dropSchemas(): Promise<void> {
    await this.dataSource.query(`DROP SCHEMA IF EXISTS ${this.retiredSchema} CASCADE`);
    await this.dataSource.query(`DROP SCHEMA IF EXISTS ${this.shadowSchema} CASCADE`);
  }

  private async liveIndexes(table: string): Promise<LiveIndex[]> {
    const rows: IndexRow[] = await this.dataSource.query(LIVE_INDEXES_SQL, [table]);
    return rows.map((row) => ({
      table,
      name: row.index_name,
      definition: row.index_definition,
      constraint:
        row.constraint_name !== null && row.constraint_definition !== null
          ? { name: row.constraint_name, definition: row.constraint_definition }
          : undefined,
      neededWhileBuilding: neededWhileBuilding(row),
    }));
  }

  /** The live index's own definition, with the table in the shadow schema (index names are per schema). */
  private inShadow(index: LiveIndex): string {
    const match = /^(CREATE (?:UNIQUE )?INDEX \S+ ON (?:ONLY )?)(?:public\.)?(\S+)( USING .*)$/s.exec(index.definition);
    if (!match || match[2] !== index.table)
      throw new Error(`cannot read the definition of index ${index.name} on ${index.table}: ${index.definition}`);
    return `${match[1]}${this.shadowSchema}.${plainIdentifier(index.table)}${match[3]}`;
  }
}
