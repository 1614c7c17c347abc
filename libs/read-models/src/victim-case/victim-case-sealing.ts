import { CaseActingPerson, CaseContactDetails } from './victim-case.evolve';

// The case view's personal parts as they rest in victim_case_view: each sealed under the victim's own data key
// (`read-model-sealing.ts`), as JSON text in a jsonb string. Rows evolve in memory in plain form and are sealed when
// written, opened when loaded, so the case rules never see ciphertext.

/** Seals one victim's text (sealerForMany): null when the victim has no live key, so nothing unprotected is stored. */
export type SealText = (victimId: string, plaintext: string | null | undefined) => string | null;
/** Opens one victim's sealed text (openerFor): null when the key is destroyed or the value does not open. */
export type OpenText = (victimId: string, sealed: unknown) => string | null;

type Json = Record<string, unknown>;

/** The parts of a case row that hold personal data. */
export interface CasePersonalParts {
  readonly contactDetails: CaseContactDetails | null;
  readonly actingPersons: readonly CaseActingPerson[];
  readonly contactPreferences: Json | null;
}

/** The personal parts as stored: contact details, each acting person's details and the communication needs sealed. */
export function sealedParts(seal: SealText, victimId: string, row: CasePersonalParts): CasePersonalParts {
  return {
    contactDetails: sealJson(seal, victimId, row.contactDetails) as CaseContactDetails | null,
    actingPersons: row.actingPersons.map((person) => ({
      ...person,
      personal: sealJson(seal, victimId, person.personal) as Json | null,
    })),
    contactPreferences: row.contactPreferences && {
      ...row.contactPreferences,
      communication: sealJson(seal, victimId, row.contactPreferences.communication),
    },
  };
}

/** The personal parts as read from the table, opened: what the case rules and the VLO's answers work with. */
export function openedParts(open: OpenText, victimId: string, stored: CasePersonalParts): CasePersonalParts {
  return {
    contactDetails: openJson(open, victimId, stored.contactDetails) as CaseContactDetails | null,
    actingPersons: stored.actingPersons.map((person) => ({
      ...person,
      personal: openJson(open, victimId, person.personal) as Json | null,
    })),
    contactPreferences: stored.contactPreferences && {
      ...stored.contactPreferences,
      communication: openJson(open, victimId, stored.contactPreferences.communication),
    },
  };
}

function sealJson(seal: SealText, victimId: string, value: unknown): string | null {
  return value === null || value === undefined ? null : seal(victimId, JSON.stringify(value));
}

/**
 * A stored part opened. A value that is not a string was written before sealing (a database not yet rebuilt): it is
 * taken as it is and sealed at the row's next write (`npm run projections:rebuild victim-case-view` seals every row).
 */
function openJson(open: OpenText, victimId: string, stored: unknown): unknown {
  if (stored === null || stored === undefined) return null;
  if (typeof stored !== 'string') return stored;
  const text = open(victimId, stored);
  return text === null ? null : (JSON.parse(text) as unknown);
}
