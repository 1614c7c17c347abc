/**
 * The `default` of a switch over a domain union (milestone kinds, event types, stages, channels): `value` has type
 * `never` only while every member has its case, so a new member fails to compile here until it is handled. The
 * error names only the discriminant (`kind`, `type` or the code itself): an event's data may carry personal data.
 */
export function unreachable(value: never): never {
  const discriminant =
    typeof value === 'object' && value !== null
      ? ((value as { kind?: unknown; type?: unknown }).kind ?? (value as { type?: unknown }).type)
      : value;
  throw new Error(`Not handled: ${String(discriminant)}`);
}
