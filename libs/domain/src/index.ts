export * from './shared/domain-rule-violation';
export * from './shared/domain-rule-codes';
export * from './shared/unreachable';
export * from './shared/iso-date';
export * from './shared/date-in-words';
export * from './shared/iso-instant';
export * from './shared/probation-region';
export * from './shared/system-actors';
export * from './shared/decider';

export * from './access/vlo-unit';
export * from './access/case-access';

export * from './calendar/working-day-calendar';
export * from './calendar/statutory-bank-holidays';

export * from './sentence/sentence-reference';
export * from './sentence/offence-category';
export * from './sentence/sentence-type';
export * from './sentence/sentence-facts';
export * from './sentence/licence-condition';
export * from './sentence/sentence-milestone';
export * from './sentence/release-law-change';
export * from './sentence/inter-agency-meeting';
export * from './sentence/sentence.events';
export * from './sentence/sentence.commands';
export * from './sentence/sentence.state';
export { RECONSIDERATION_WINDOW_CALENDAR_DAYS } from './sentence/milestone-rules';
export * from './sentence/sentence.decider';

export * from './eligibility/scheme';
export * from './eligibility/eligibility-policy';
export * from './eligibility/scheme-eligibility';

export * from './victim/victim-circumstance';
export * from './victim/contact-details';
export * from './victim/contact-preferences';
export * from './victim/contact';
export * from './victim/representation';
export * from './disclosure/disclosure-screen';
export * from './victim/stages-to-hear-about';
export * from './victim/victim-request';
export * from './victim/retention';
export * from './victim/letter';
export { VPS_MAX_WORDS } from './victim/victim-personal-statement.rules';
export * from './victim/victim.events';
export * from './victim/victim.commands';
export * from './victim/victim.state';
export * from './victim/victim.evolve';
export * from './victim/victim.decider';

export * from './events/domain-event';
export * from './events/schema-versions';
export * from './events/upcasting';
export * from './privacy/personal-data';

export * from './timescales/timescale-policy';
export * from './timescales/case-tasks';
export * from './timescales/caseload-task-kinds';
export * from './timescales/missed-referral';

export * from './notifications/notification-stage';
export * from './notifications/can-send-now';
export * from './notifications/first-contact';
export * from './notifications/notification-policy';
export * from './notifications/notification-urgency';
export * from './notifications/annual-contact';
export * from './notifications/reoffer-before-release';
export * from './victim/coming-of-age';
