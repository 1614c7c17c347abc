/** A staff user id, as the identity provider issues them. */
export const STAFF_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;
