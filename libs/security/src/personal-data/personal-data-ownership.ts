import { DomainEvent, PERSONAL_DATA_SHAPE, PersonalDataShape, personalDataOwnership } from '@vcs/domain';

/**
 * Whose key protects an event's `data.personal`, as the protecting store sees it. Looser than the domain's
 * PersonalDataOwnership: a 'one-victim' event may lack its victim id (the store then refuses it), and
 * undefined means the event type is unknown (also refused when it carries personal data).
 */
export type EventPersonalDataOwnership =
  | { readonly shape: 'none' }
  | { readonly shape: 'one-victim'; readonly victimId: string | undefined }
  | { readonly shape: 'per-victim'; readonly victimIds: readonly string[] };

export type PersonalDataOwnershipOf = (type: string, data: unknown) => EventPersonalDataOwnership | undefined;

/** The domain's convention (PERSONAL_DATA_SHAPE per event type, `personalDataOwnership(event)`). */
export const domainPersonalDataOwnership: PersonalDataOwnershipOf = (type, data) => {
  if (!Object.prototype.hasOwnProperty.call(PERSONAL_DATA_SHAPE, type)) return undefined;
  const shape: PersonalDataShape = PERSONAL_DATA_SHAPE[type as keyof typeof PERSONAL_DATA_SHAPE];
  if (shape === 'none') return { shape: 'none' };
  if (data === null || typeof data !== 'object')
    return shape === 'one-victim' ? { shape, victimId: undefined } : { shape, victimIds: [] };
  const record = data as { personal?: unknown; victimId?: unknown };
  if (shape === 'per-victim') {
    const personal = record.personal;
    return {
      shape,
      victimIds:
        personal !== null && typeof personal === 'object' && !Array.isArray(personal) ? Object.keys(personal) : [],
    };
  }
  // One victim: the domain reads `data.victimId`; a missing one is reported as such rather than as 'none'.
  const owned = personalDataOwnership({ type, data } as DomainEvent);
  if (owned.shape === 'one-victim') return owned;
  return { shape, victimId: typeof record.victimId === 'string' ? record.victimId : undefined };
};
