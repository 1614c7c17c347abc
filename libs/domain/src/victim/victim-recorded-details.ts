// Names and locating details kept only in memory, so the disclosure screen can stop them leaking into a statement.

interface MaybeContactDetails {
  readonly address?: { readonly lines?: readonly string[]; readonly postcode?: string };
  readonly phone?: string;
  readonly extraPhone?: string;
  readonly email?: string;
}

/** A name recorded in `personal` (absent once the victim's key is destroyed). */
export function namesOf(personal: { readonly fullName?: unknown } | undefined): string[] {
  return typeof personal?.fullName === 'string' && personal.fullName.trim().length > 0 ? [personal.fullName] : [];
}

/** `personal` may be absent when the victim's key has been destroyed: nothing to collect then. */
export function locatingDetailsOf(personal: MaybeContactDetails | undefined): string[] {
  if (!personal) return [];
  return [
    ...(personal.address?.lines ?? []),
    personal.address?.postcode,
    personal.phone,
    personal.extraPhone,
    personal.email,
  ].filter((d): d is string => typeof d === 'string' && d.trim().length > 0);
}
