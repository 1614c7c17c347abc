/**
 * Typed errors of the personal-data layer. None of them ever carries personal data in its message:
 * only event ids, event types, victim ids and key ids, which are safe to log.
 */

/** Base class, so callers (e.g. an HTTP exception filter) can recognise the whole family. */
export abstract class PersonalDataError extends Error {
  abstract readonly code: string;
}

export type PersonalDataRefusalReason =
  | 'unknown-event-type'
  | 'event-type-has-no-personal-data'
  | 'missing-victim-id'
  | 'invalid-victim-id'
  | 'personal-not-an-object'
  | 'victim-not-in-ownership'
  | 'already-encrypted';

/** An event was refused before anything was appended: its personal data could not be protected as the policy requires. */
export class PersonalDataRefusedError extends PersonalDataError {
  readonly code = 'personal-data-refused';

  constructor(
    readonly reason: PersonalDataRefusalReason,
    readonly eventId: string,
    readonly eventType: string,
    detail: string,
  ) {
    super(`event ${eventId} (${eventType}) refused: ${detail}`);
    this.name = 'PersonalDataRefusedError';
  }
}

/** The victim's data key has been destroyed (crypto-shredded): no new personal data may be written for them. */
export class VictimErasedError extends PersonalDataError {
  readonly code = 'victim-erased';

  constructor(readonly victimId: string) {
    super(`victim ${victimId} has been erased; their stream may not gain new personal data`);
    this.name = 'VictimErasedError';
  }
}

/** An envelope names a victim who has no key row at all (never created, or the row was deleted by hand). */
export class VictimDataKeyMissingError extends PersonalDataError {
  readonly code = 'victim-data-key-missing';

  constructor(readonly victimId: string) {
    super(`no data key exists for victim ${victimId}`);
    this.name = 'VictimDataKeyMissingError';
  }
}

/** A victim id that is not a UUID (the key table's primary key is a uuid). */
export class InvalidVictimIdError extends PersonalDataError {
  readonly code = 'invalid-victim-id';

  constructor(readonly victimId: unknown) {
    super(`victim id ${JSON.stringify(String(victimId)).slice(0, 80)} is not a UUID`);
    this.name = 'InvalidVictimIdError';
  }
}

export type DecryptionFailure =
  'malformed-envelope' | 'unsupported-algorithm' | 'authentication-failed' | 'victim-mismatch' | 'not-json';

/**
 * Personal data could not be decrypted: the envelope was tampered with, moved to another event or victim,
 * truncated, or encrypted with another key. Never returns garbage instead.
 */
export class PersonalDataDecryptionError extends PersonalDataError {
  readonly code = 'personal-data-decryption-failed';

  constructor(
    readonly failure: DecryptionFailure,
    readonly eventId: string,
    readonly victimId: string | undefined,
  ) {
    super(
      `personal data of event ${eventId}${victimId ? ` (victim ${victimId})` : ''} could not be decrypted: ${failure}`,
    );
    this.name = 'PersonalDataDecryptionError';
  }
}

/** The master key ring is misconfigured (wrong length, bad base64, duplicate or unknown key id). */
export class MasterKeyConfigurationError extends PersonalDataError {
  readonly code = 'master-key-configuration';

  constructor(message: string) {
    super(message);
    this.name = 'MasterKeyConfigurationError';
  }
}

/** A wrapped key names a master key that is not in the ring (an old key was removed too early). */
export class UnknownMasterKeyError extends PersonalDataError {
  readonly code = 'unknown-master-key';

  constructor(readonly masterKeyId: string) {
    super(
      `master key "${masterKeyId}" is not configured; keep retired master keys in the ring until every data key is rewrapped`,
    );
    this.name = 'UnknownMasterKeyError';
  }
}

/** A wrapped data key failed authentication (tampered row, wrong master key, or a row copied to another victim). */
export class DataKeyUnwrapError extends PersonalDataError {
  readonly code = 'data-key-unwrap-failed';

  constructor(
    readonly victimId: string,
    readonly masterKeyId: string,
  ) {
    super(`the data key of victim ${victimId} (wrapped with master key "${masterKeyId}") failed authentication`);
    this.name = 'DataKeyUnwrapError';
  }
}
