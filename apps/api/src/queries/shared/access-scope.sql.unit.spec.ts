import { sentenceInScope, victimInScope, victimInScopeByProbes } from './access-scope.sql';

const scope = { userId: 'vlo-1', units: ['london'], national: false };

describe('victimInScope', () => {
  it('looks one id up by the unit and grant tables’ victim ids (EXISTS), never by hashing every case of the units', () => {
    const values: unknown[] = ['a victim id'];
    const sql = victimInScope(scope, '$1::uuid', values);
    expect(sql).toContain('EXISTS (SELECT 1 FROM case_units held WHERE held.victim_id = $1::uuid');
    expect(sql).not.toMatch(/IN \(SELECT/);
    expect(values).toEqual(['a victim id', ['london'], 'vlo-1']);
  });

  it('refuses a bare column, which inside the EXISTS would name the unit table’s own victim_id and pass every row', () => {
    expect(() => victimInScope(scope, 'victim_id', [])).toThrow(/"victim_id" must be a parameter/);
    expect(victimInScope(scope, 'victim_case_view.victim_id', [])).toContain(
      'held.victim_id = victim_case_view.victim_id',
    );
  });

  it('keeps the IN form for a text column (a cast of each row to uuid could fail), and TRUE for a national scope', () => {
    expect(victimInScope(scope, 'victim_id', [], 'text')).toContain(
      'victim_id IN (SELECT victim_id::text FROM case_units',
    );
    expect(victimInScope({ ...scope, national: true }, 'victim_id', [])).toBe('TRUE');
  });

  it('refuses every column the EXISTS would read as its own (a cast bare column, its aliases, its tables), and takes parameters and qualified columns', () => {
    for (const column of [
      'victim_id::uuid',
      'held.victim_id',
      'granted.victim_id',
      'case_units.victim_id',
      'case_access_grants.victim_id',
      'victim_id OR TRUE',
      'VICTIM_ID',
    ])
      expect(() => victimInScope(scope, column, [])).toThrow(/must be a parameter/);
    for (const column of [
      '$1::uuid',
      '$12',
      'v.victim_id',
      'seen.victim_id',
      'notification_outbox.victim_id',
      't.victim_id::uuid',
    ])
      expect(victimInScope(scope, column, [])).toContain(`held.victim_id = ${column} `);
  });
});

describe('victimInScopeByProbes', () => {
  it('is one EXISTS over the unit and grant tables (UNION ALL), which the planner can neither hash nor join', () => {
    const values: unknown[] = ['vlo-7'];
    const sql = victimInScopeByProbes(scope, 'victim_case_view.victim_id', values);
    expect(sql).toBe(
      'EXISTS (SELECT 1 FROM case_units held WHERE held.victim_id = victim_case_view.victim_id AND held.unit = ANY($2::text[])' +
        ' UNION ALL SELECT 1 FROM case_access_grants granted WHERE granted.victim_id = victim_case_view.victim_id' +
        ' AND granted.grantee_user_id = $3 AND revoked_at IS NULL AND granted_at <= now() AND expires_at > now())',
    );
    expect(values).toEqual(['vlo-7', ['london'], 'vlo-1']);
  });

  it('refuses a column the EXISTS would read as its own, and is TRUE for a national scope', () => {
    for (const column of ['victim_id', 'held.victim_id', 'granted.victim_id'])
      expect(() => victimInScopeByProbes(scope, column, [])).toThrow(/must be a parameter/);
    expect(victimInScopeByProbes({ ...scope, national: true }, 'v.victim_id', [])).toBe('TRUE');
  });
});

describe('sentenceInScope', () => {
  const sentenceView = { id: 'sentence_view.sentence_id', region: 'sentence_view.probation_region' };

  it('looks for a reachable victim among the sentence’s own linked rows (EXISTS), never by hashing every linked victim', () => {
    const values: unknown[] = ['a sentence id'];
    const sql = sentenceInScope(scope, sentenceView, values);
    expect(sql).toContain('sentence_view.probation_region = ANY($2::text[])');
    expect(sql).toContain(
      'EXISTS (SELECT 1 FROM sentence_view_victims linked WHERE linked.sentence_id = sentence_view.sentence_id AND',
    );
    expect(sql).toContain('held.victim_id = linked.victim_id');
    expect(sql).not.toMatch(/IN \(SELECT/);
    expect(values).toEqual(['a sentence id', ['london'], ['london'], 'vlo-1']);
  });

  it('refuses an id the EXISTS would read as its own linked row’s (bare, cast or by its aliases), which would reach every sentence', () => {
    for (const id of ['sentence_id', 'sentence_id::uuid', 'linked.sentence_id', 'sentence_view_victims.sentence_id'])
      expect(() => sentenceInScope(scope, { ...sentenceView, id }, [])).toThrow(
        new RegExp(`sentenceInScope: "${id.replace('.', '\\.')}" must be a parameter`),
      );
    expect(sentenceInScope(scope, { id: 's.sentence_id', region: 's.probation_region' }, [])).toContain(
      'linked.sentence_id = s.sentence_id AND',
    );
    expect(sentenceInScope({ ...scope, national: true }, { ...sentenceView, id: 'sentence_id' }, [])).toBe('TRUE');
  });
});
