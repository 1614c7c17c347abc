/**
 * The service's own processes that record events (the actor of their events, role WORKER): each named in words for
 * the people who read a case's history, never as the process's id.
 */
export const SYSTEM_ACTORS = ['notification-planner', 'notification-worker', 'retention-job'] as const;

export type SystemActor = (typeof SYSTEM_ACTORS)[number];

/** What a person reads for each process's actions: the service did it, with no person behind it. */
export const SYSTEM_ACTOR_NAMES = {
  'notification-planner': 'The service (planned automatically)',
  'notification-worker': 'The service (sent automatically)',
  'retention-job': 'The service (retention review)',
} as const satisfies Record<SystemActor, string>;

/** Said of an action of the service's whose process is not named above (an older or unknown actor). */
export const THE_SERVICE = 'The service';

export function isSystemActor(userId: string): userId is SystemActor {
  return (SYSTEM_ACTORS as readonly string[]).includes(userId);
}

/** The words for one of the service's own processes; "The service" for one this table does not know. */
export function systemActorName(userId: string): string {
  return isSystemActor(userId) ? SYSTEM_ACTOR_NAMES[userId] : THE_SERVICE;
}
