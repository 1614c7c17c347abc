import { systemActorName } from '@vcs/domain';
import { TimelineActorResponse } from '../victim-case.responses';

/** Actors the timeline projection records for the service's own work: its processes, and events with no actor. */
const SERVICE_ROLES = ['WORKER', 'unknown'];

/**
 * Who did a timeline entry, in words: the service's processes from the domain's table (never a staff name, even if a
 * person signed in with the same id), staff by the name the directory holds (`directoryName`; null when it has none).
 */
export function timelineActor(userId: string, role: string, directoryName: string | null): TimelineActorResponse {
  if (SERVICE_ROLES.includes(role)) return { userId, role, name: systemActorName(userId) };
  return { userId, role, name: directoryName ?? null };
}
