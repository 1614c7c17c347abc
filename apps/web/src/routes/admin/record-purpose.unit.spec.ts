import { purposeOf } from '../../../../../libs/security/src/audit/purpose';
import type { Request } from 'express';
import {
  purposeFromLink,
  recordPurposeOf,
  recordPurposeOptions,
  rememberRecordPurpose,
  statedRecordPurpose,
} from './record-purpose';

const ADMIN = ['ADMIN'];

describe("why an administrator opens a victim's record, as X-Purpose", () => {
  it('offers an administrator subject access, an erasure request and a retention review, in words', () => {
    expect(recordPurposeOptions(ADMIN)).toEqual([
      { value: 'subject access', text: 'To answer a subject access request' },
      { value: 'erasure request', text: 'To answer a request to erase the victim’s personal data' },
      { value: 'retention review', text: 'For a retention review' },
    ]);
  });

  it('offers only what the API lets the role give (PURPOSES_BY_ROLE): nothing to a caseworker or a partner', () => {
    for (const role of ['VLO', 'VLO_MANAGER', 'PAROLE_BOARD', 'MAPPA_PARTNER'])
      expect(recordPurposeOptions([role])).toEqual([]);
    expect(statedRecordPurpose('subject access', '', ['VLO'])).toMatchObject({ ok: false, field: 'purpose' });
  });

  it('is the purpose alone, or the purpose, a colon and the request’s reference, which the API reads as that purpose', () => {
    expect(statedRecordPurpose('subject access', '', ADMIN)).toEqual({ ok: true, purpose: 'subject access' });
    const stated = statedRecordPurpose('erasure request', ' ER-2026-4 ', ADMIN);
    expect(stated).toEqual({ ok: true, purpose: 'erasure request: ER-2026-4' });
    if (stated.ok) expect(purposeOf(stated.purpose)).toBe('erasure request');
  });

  it('refuses no purpose, one not offered, and a reference that is not a code, naming the field', () => {
    expect(statedRecordPurpose(undefined, 'SAR-1', ADMIN)).toMatchObject({ ok: false, field: 'purpose' });
    expect(statedRecordPurpose('case management', '', ADMIN)).toMatchObject({ ok: false, field: 'purpose' });
    expect(statedRecordPurpose('subject access', 'Jane Smith', ADMIN)).toMatchObject({
      ok: false,
      field: 'purposeReference',
    });
  });

  it('takes a purpose from a link only when the administrator has not said why: a link never rewrites a stated one', () => {
    const req = { session: {} } as unknown as Request;
    expect(purposeFromLink(req, 'v1', 'retention review')).toBe('retention review');
    expect(recordPurposeOf(req, 'v1')).toBe('retention review');
    rememberRecordPurpose(req, 'v2', 'subject access: SAR-2026-017');
    expect(purposeFromLink(req, 'v2', 'retention review')).toBe('subject access: SAR-2026-017');
    expect(recordPurposeOf(req, 'v2')).toBe('subject access: SAR-2026-017');
  });
});
