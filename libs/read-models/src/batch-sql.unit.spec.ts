import { batchInsertSql, rowsJson } from './batch-sql';

describe('batchInsertSql', () => {
  const columns = [
    ['id', 'uuid'],
    ['n', 'integer'],
    ['facts', 'jsonb'],
  ] as const;

  it('reads every row from one JSON parameter, typed by column', () => {
    expect(batchInsertSql({ table: 't', columns, rows: [] })).toBe(
      'INSERT INTO t AS t (id, n, facts) SELECT id, n, facts FROM json_to_recordset($1::json) AS r(id uuid, n integer, facts jsonb)',
    );
  });

  it('keeps stored rows, on a named key or on any', () => {
    expect(batchInsertSql({ table: 't', columns, rows: [], onConflict: { nothing: ['id'] } })).toMatch(
      / ON CONFLICT \(id\) DO NOTHING$/,
    );
    expect(batchInsertSql({ table: 't', columns, rows: [], onConflict: { nothing: [] } })).toMatch(
      / ON CONFLICT DO NOTHING$/,
    );
  });

  it('updates every other column by default, or the listed ones, taking an expression as it is', () => {
    expect(batchInsertSql({ table: 't', columns, rows: [], onConflict: { update: ['id'] } })).toMatch(
      / ON CONFLICT \(id\) DO UPDATE SET n = EXCLUDED\.n, facts = EXCLUDED\.facts$/,
    );
    expect(
      batchInsertSql({ table: 't', columns, rows: [], onConflict: { update: ['id'], set: ['n = t.n + EXCLUDED.n'] } }),
    ).toMatch(/ DO UPDATE SET n = t\.n \+ EXCLUDED\.n$/);
  });

  it('sends the rows as the JSON text of objects keyed by column, undefined as null', () => {
    const rows = [
      ['a1', 1, { b: [1, 'two'], c: null, d: undefined, at: new Date('2026-12-02T05:00:00.000Z') }],
      ['a"2\\', undefined, null],
      [null, -0.5, ['x', { y: 'é\n' }]],
    ];
    const objects = rows.map(([id, n, facts]) => ({ id: id ?? null, n: n ?? null, facts: facts ?? null }));
    expect(rowsJson({ table: 't', columns, rows })).toBe(JSON.stringify(objects));
    expect(rowsJson({ table: 't', columns, rows: [] })).toBe('[]');
  });
});
