import { DataKeyDestruction, VictimDataKeyStore } from './victim-data-key-store';

/**
 * Erases a victim's personal data everywhere it is stored encrypted, by destroying their data key
 * (crypto-shredding). The history stays whole; every later read shows ERASED_PERSONAL_DATA in place of
 * their personal data (other processes within the key cache TTL). Idempotent. Authorisation (ADMIN only) and the
 * event recording the decision belong to the caller. Write no personal data in `reason`: it is stored in plain text.
 */
export async function eraseVictimPersonalData(
  keyStore: VictimDataKeyStore,
  victimId: string,
  by: string,
  reason: string,
): Promise<DataKeyDestruction> {
  return keyStore.destroy(victimId, by, reason);
}
