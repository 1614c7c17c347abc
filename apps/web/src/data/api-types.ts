// Generated from the API's OpenAPI document by `npm run web:api-types`; do not edit by hand.
// apps/web/src/data/api-types.e2e.spec.ts fails when this file and the served document disagree.

export interface paths {
    "/access-audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who read victims' data, when and why (newest first); reading the trail is itself audited. An administrator sees every entry; a manager only entries about their units' victims (and victims a live grant opens to them), each naming only those victims.
         * @description Roles: ADMIN, VLO_MANAGER.
         */
        get: operations["AccessAuditController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/access-grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Access grants on your units' cases and to your units' people, newest first (no personal data)
         * @description Roles: VLO_MANAGER.
         */
        get: operations["AccessGrantsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caseload/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Caseload counts per officer or per region: open cases, tasks due this week (Monday to Sunday), overdue tasks
         * @description Managers see every officer and region; a VLO sees only their own row (groupBy=vlo).
         *
         *     Roles: VLO, VLO_MANAGER.
         */
        get: operations["CaseloadController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caseload/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Caseload tasks: what is due and overdue, oldest due first
         * @description Open tasks by default (status=open). Filters: vloId (any VLO may look at a colleague's list, for cover), unassigned, region, kind, overdue (due before today, Europe/London), dueBefore. Tasks name victims by id only; every call is written to the access audit. An ADMIN's caseload (X-Purpose required) is the work the worker's consumers parked: one `parked-work` task per parked stream (consumer, event type, stream, victim or sentence id, error class, parked at; no personal data), open until a retry handles it, then done (`closedBecause` retried); oldest parked first; status, kind, sort and paging apply, the case-work filters are a 400.
         *
         *     Roles: ADMIN, VLO, VLO_MANAGER.
         */
        get: operations["CaseloadController_tasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every component's status (503 when a dependency is down)
         * @description Public: no token needed.
         */
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness (earlier name of /health/liveness)
         * @description Public: no token needed.
         */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/liveness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process answers
         * @description Public: no token needed.
         */
        get: operations["HealthController_liveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ping: the process answers
         * @description Public: no token needed.
         */
        get: operations["HealthController_ping"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: database, Redis and the event store answer (503 otherwise)
         * @description Public: no token needed.
         */
        get: operations["HealthController_readiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness in its earlier shape (earlier name of /health/readiness)
         * @description Public: no token needed.
         */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Version, git commit, build time and the projections being applied now
         * @description Public: no token needed.
         */
        get: operations["HealthController_info"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/letters/in-progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An officer's letters not yet approved, against the working practice of nine; a VLO sees only their own
         * @description Roles: VLO, VLO_MANAGER.
         */
        get: operations["LettersController_inProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/letters/review-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Letters waiting for a manager, oldest first; youMayApprove is false for letters you wrote or edited
         * @description Roles: VLO_MANAGER.
         */
        get: operations["LettersController_reviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * ADMIN: each component's status, time and error, and each consumer's position, lag and parked work (the public /health says only UP, DEGRADED or DOWN)
         * @description Roles: ADMIN.
         */
        get: operations["OperationsHealthController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The local outbox's messages (newest first), optionally one victim's or by status; every read is audited
         * @description Roles: ADMIN, VLO, VLO_MANAGER.
         */
        get: operations["OutboxController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parked-work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * ADMIN tasks: work the worker's consumers parked (projectors, notification planner and dispatcher, erasure completion, retention job)
         * @description One task per consumer and stream: the event that failed, its error summary (no personal data), how many events wait behind it.
         *
         *     Roles: ADMIN.
         */
        get: operations["ParkedWorkController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parked-work/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry parked work after a fix: the worker replays each parked stream in order; one that fails again stays parked
         * @description Every consumer, or the one named. The same as `npm run consumers:retry [consumer]`.
         *
         *     Roles: ADMIN.
         */
        post: operations["ParkedWorkController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partner-sentences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find a sentence by the offender's case reference: the sentence and its key dates (hearings, eligibility, release, licence), no victims
         * @description Roles: MAPPA_PARTNER, PAROLE_BOARD.
         */
        get: operations["PartnerSentenceController_find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partner-sentences/{sentenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A sentence and its key dates for a partner (hearings, eligibility, release, licence), no victims
         * @description Roles: MAPPA_PARTNER, PAROLE_BOARD.
         */
        get: operations["PartnerSentenceController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/performance/decision-notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Release and parole decisions: time from the decision being recorded to the victim being told, and the share told the same working day, by month
         * @description Counts per month for your units’ cases; no victim is named. Every call is written to the access audit.
         *
         *     Roles: VLO_MANAGER.
         */
        get: operations["PerformanceController_decisionNotices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/performance/first-contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * First contact within 20 working days of the referral (Victims' Code Right 11), by month, against the target
         * @description Counts per month for your units’ cases; no victim is named. Every call is written to the access audit.
         *
         *     Roles: VLO_MANAGER.
         */
        get: operations["PerformanceController_firstContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/performance/letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Letters: drafted, approved, sent and returned, with the median days from draft to approval and approval to sending, by month
         * @description Counts per month for your units’ cases; no victim is named. Every call is written to the access audit.
         *
         *     Roles: VLO_MANAGER.
         */
        get: operations["PerformanceController_letters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/performance/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Notifications due, sent, failed, not delivered, and fallen back to a letter, by month
         * @description Counts per month for your units’ cases; no victim is named. Every call is written to the access audit.
         *
         *     Roles: VLO_MANAGER.
         */
        get: operations["PerformanceController_notifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/performance/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Victims referred, and eligible sentences with no referral by their deadline (missed referrals), by month
         * @description Counts per month for your units’ cases; no victim is named. Every call is written to the access audit.
         *
         *     Roles: VLO_MANAGER.
         */
        get: operations["PerformanceController_referrals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/release-law-changes/recalculations/{recalculationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who a change in the law affected: the sentences it moved and their victims, with their officer and notice
         * @description Only the sentences and victims you may reach. Each victim's status, victim liaison officer and the pending expected-release-month notice (moved to the new date). Every call is written to the access audit.
         *
         *     Roles: ADMIN, VLO, VLO_MANAGER.
         */
        get: operations["ReleaseRecalculationController_get"];
        /**
         * Record the release dates a change in the law moved (SDS40 and later reforms), for many sentences at once
         * @description Each sentence gets a release-date-changed stage (reason change-in-law) and its victims' pending release-month notices move to the new date. All or nothing: if any sentence is refused (unknown, out of your units, or a scheme rule) nothing is recorded and each refusal is named (422). Idempotent: the same request again records nothing (outcome unchanged); a sentence this recalculation already moved to another date is a 409.
         *
         *     Roles: ADMIN, VLO_MANAGER.
         */
        put: operations["ReleaseRecalculationController_record"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/retention-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open retention reviews (cases closed longer ago than the retention period), oldest first: each needs an ADMIN decision
         * @description Roles: ADMIN.
         */
        get: operations["RetentionReviewsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sentences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sentences (newest sentence first), filtered by region, sentence type or case reference
         * @description Roles: VLO, VLO_MANAGER.
         */
        get: operations["SentencePartnerController_list"];
        put?: never;
        /**
         * Record an offender's sentence or order (the case the victims are linked to)
         * @description Roles: VLO, VLO_MANAGER.
         */
        post: operations["RecordSentenceController_recordSentence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sentences/{sentenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The sentence: its milestones so far, the expected ones with their dates, and the victims linked to it (no personal data)
         * @description Roles: VLO, VLO_MANAGER.
         */
        get: operations["SentencePartnerController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sentences/{sentenceId}/inter-agency-meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * MAPPA, parole and other inter-agency meetings about this sentence (latest first): agencies, per victim whether their views were presented, outcome and actions. Partners see victims by pseudonymous reference and never the notes; a MAPPA partner sees only the meetings their agency (the token's `agency` claim) attended, none without one. VLOs and managers also get victim ids and the notes about each victim.
         * @description Roles: MAPPA_PARTNER, PAROLE_BOARD, VLO, VLO_MANAGER.
         */
        get: operations["SentencePartnerController_meetings"];
        put?: never;
        /**
         * Record a MAPPA, parole, MARAC or other inter-agency meeting where the VLO presented victims' views
         * @description Roles: VLO, VLO_MANAGER.
         */
        post: operations["RecordInterAgencyMeetingController_recordMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sentences/{sentenceId}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a key stage of the sentence (parole, release, licence conditions, recall, discharge …) with its structured detail
         * @description Roles: VLO, VLO_MANAGER.
         */
        post: operations["RecordSentenceMilestoneController_recordMilestone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sentences/{sentenceId}/representations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What each victim asked for on this sentence (licence conditions, VPS), when and to whom it was sent; victims by pseudonymous reference only. A partner sees only what was sent to their own organisation (Parole Board: parole-board; MAPPA partners: mappa).
         * @description Roles: MAPPA_PARTNER, PAROLE_BOARD, VLO, VLO_MANAGER.
         */
        get: operations["SentencePartnerController_representations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The victim liaison officers of one of your units (those who have signed in), to allocate that unit's cases to
         * @description Roles: VLO_MANAGER.
         */
        get: operations["ListOfficersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Victim cases, filtered (VLO or unallocated, region, scheme, status, next due before, sentence reference, victim ids), sorted and paginated
         * @description Roles: VLO, VLO_MANAGER.
         */
        get: operations["VictimCaseController_list"];
        put?: never;
        /**
         * Receive the referral of a victim on a sentence (creates the victim record)
         * @description Roles: VLO, VLO_MANAGER.
         */
        post: operations["ReceiveReferralController_receiveReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The victim's case: scheme and status, sentences, VLO, preferences, contact details, last contact, tasks and deadlines
         * @description Roles: VLO, VLO_MANAGER.
         */
        get: operations["VictimCaseController_caseView"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/access-grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open this one case to one person of another unit for a number of hours, with a reason (a manager of the unit holding it)
         * @description Roles: VLO_MANAGER.
         */
        post: operations["GrantCaseAccessController_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/access-grants/{grantId}/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a cross-unit access grant now (a manager of the unit holding the case)
         * @description Roles: VLO_MANAGER.
         */
        post: operations["RevokeCaseAccessController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/acting-persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Nominate a person to act for the victim (family member, representative, parent or guardian, next of kin)
         * @description Roles: VLO, VLO_MANAGER.
         */
        post: operations["NominateActingPersonController_nominateActingPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/contact-handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that a child victim, now 18, is in touch with the service themselves (optionally their own contact preferences)
         * @description Roles: VLO, VLO_MANAGER.
         */
        post: operations["HandContactToVictimController_handContactToVictim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/contact-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace how, and about which stages, the victim wants to be contacted
         * @description Roles: VLO, VLO_MANAGER.
         */
        put: operations["UpdateContactPreferencesController_updateContactPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a contact with the victim (or the person acting for them)
         * @description Roles: VLO, VLO_MANAGER.
         */
        post: operations["RecordContactController_recordContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/declining": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the victim declined the scheme when it was offered
         * @description Roles: VLO, VLO_MANAGER.
         */
        post: operations["DeclineSchemeController_declineScheme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct the victim's name or date of birth
         * @description Roles: VLO, VLO_MANAGER.
         */
        patch: operations["UpdateVictimDetailsController_updateVictimDetails"];
        trace?: never;
    };
    "/victims/{victimId}/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enrol the victim in the statutory or discretionary VCS, or the VNS, on a linked sentence
         * @description Roles: VLO, VLO_MANAGER.
         */
        post: operations["EnrolVictimController_enrolVictim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a victim's personal data (crypto-shredding): records VictimPersonalDataErased, then destroys their data key
         * @description With basis retention-period-ended, an ADMIN must first have decided to erase (POST /victims/:victimId/retention-decision).
         *
         *     Roles: ADMIN.
         */
        post: operations["ErasePersonalDataController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The victim's letters, newest first: stage, status and who did what (never the letters' words)
         * @description Roles: VLO, VLO_MANAGER.
         */
        get: operations["LettersController_list"];
        put?: never;
        /**
         * Draft a letter from the stage's plain-English template (or for a scheduled notification); read it back with GET to edit
         * @description Roles: VLO, VLO_MANAGER.
         */
        post: operations["DraftLetterController_draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/letters-to-draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The victim's scheduled notifications that go by letter, each with the letter drafted for it (no words, no address)
         * @description Roles: VLO, VLO_MANAGER.
         */
        get: operations["LettersToDraftController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/letters/{letterId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One letter: its words, address block and workflow; ETag is the revision to send back as If-Match
         * @description Roles: VLO, VLO_MANAGER.
         */
        get: operations["LettersController_letter"];
        /**
         * Edit the letter; an approved or returned letter goes back to draft and needs approving again
         * @description Roles: VLO, VLO_MANAGER.
         */
        put: operations["EditLetterController_edit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/letters/{letterId}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a submitted letter (a manager who did not write or edit it: four eyes); only an approved letter is sent or printed. A letter drafted on its own is queued to be sent through the notifications in the same append (NotificationScheduled), or, when the victim may not be written to about it, the refusal is recorded with its rule (LetterSendingRefused); a notification's letter goes with its notification
         * @description Roles: VLO_MANAGER.
         */
        post: operations["ApproveLetterController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/letters/{letterId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The approved (or sent) letter as an A4 PDF for a window envelope; large print when the victim asked for it; with preview=true, a letter not yet approved, marked as a draft
         * @description Roles: VLO, VLO_MANAGER.
         */
        get: operations["LettersController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/letters/{letterId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return a submitted letter to its author with comments (a manager who did not write or edit it)
         * @description Roles: VLO_MANAGER.
         */
        post: operations["ReturnLetterController_returnLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/letters/{letterId}/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the letter to a manager for approval
         * @description Roles: VLO, VLO_MANAGER.
         */
        post: operations["SubmitLetterController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A victim's record for an administrator: status, scheme, region, closure, whether their personal data was erased and any open retention review (no personal data)
         * @description Roles: ADMIN.
         */
        get: operations["VictimRecordController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/rejoining": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that a victim who withdrew rejoined the scheme
         * @description Roles: VLO, VLO_MANAGER.
         */
        post: operations["RejoinSchemeController_rejoinScheme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/representations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a representation sent for the victim: licence or discharge conditions asked for, or a Victim Personal Statement
         * @description Roles: VLO, VLO_MANAGER.
         */
        post: operations["SubmitRepresentationController_submitRepresentation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/representations/{representationId}/disclosures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disclose a representation to one of its recipients in the version you approve: the only text that recipient reads. The screen flags likely names, addresses, postcodes, phone numbers and emails; a flagged text is disclosed only when you confirm each flag (422 disclosure-flagged names them in words and, as codes, in `flags`).
         * @description Roles: VLO, VLO_MANAGER.
         */
        post: operations["DiscloseRepresentationController_disclose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a request the victim made through the VLO: to observe a parole hearing or have it in public, a decision summary, that the Secretary of State seek reconsideration, to attend the Mental Health Tribunal, a sentencing remarks transcript
         * @description Roles: VLO, VLO_MANAGER.
         */
        post: operations["VictimRequestController_makeRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/requests/{requestId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the answer to a request: granted or refused, the document provided (delivered to the victim), or withdrawn
         * @description Roles: VLO, VLO_MANAGER.
         */
        post: operations["VictimRequestController_answerRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/retention-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide a retention review: erase the victim's personal data, or retain it (until when, and why)
         * @description Roles: ADMIN.
         */
        post: operations["DecideRetentionController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/rights-explained": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the victim was told about the unduly lenient sentence scheme and its deadline (28 days from sentence)
         * @description Roles: VLO, VLO_MANAGER.
         */
        post: operations["VictimRequestController_recordRightExplained"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/safety-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm it is still safe to contact a victim with a safety flag by a channel
         * @description Before anything is sent to a victim flagged for domestic abuse or other safety concerns, a VLO confirms the address or number is still safe to use. The caller is recorded as who checked. Notifications waiting for the check are sent once it is recorded (and still recent).
         *
         *     Roles: VLO, VLO_MANAGER.
         */
        post: operations["ConfirmSafetyCheckController_confirmSafetyCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/sentences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link the victim to another sentence of the offender (or of another offender)
         * @description Roles: VLO, VLO_MANAGER.
         */
        post: operations["LinkVictimToSentenceController_linkVictimToSentence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/subject-access-export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything held about a victim as one JSON document: decrypted history, read-model rows, access audit
         * @description Roles: ADMIN.
         */
        get: operations["SubjectAccessController_json"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/subject-access-export.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The same export as a readable PDF
         * @description Roles: ADMIN.
         */
        get: operations["SubjectAccessController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything that happened on the victim's case and their sentences, in plain words, oldest first (order=desc for newest first)
         * @description Roles: VLO, VLO_MANAGER.
         */
        get: operations["VictimCaseController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the case to another victim liaison unit (a manager of the unit holding it or of the unit taking it), with a reason
         * @description Roles: VLO_MANAGER.
         */
        post: operations["TransferCaseController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/victim-liaison-officer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Assign the victim to a different victim liaison officer (managers only)
         * @description Roles: VLO_MANAGER.
         */
        put: operations["AssignVictimLiaisonOfficerController_assignVictimLiaisonOfficer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/victims/{victimId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that an enrolled victim withdrew from the scheme
         * @description Roles: VLO, VLO_MANAGER.
         */
        post: operations["WithdrawFromSchemeController_withdrawFromScheme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccessAuditEntryResponse: {
            /** @example read victim case view */
            action: string;
            /** @description The entry id */
            id: string;
            /** @example GET */
            method: string;
            /** Format: date-time */
            occurredAt: string;
            /** @description Why: the X-Purpose given, or the role’s standing purpose */
            purpose: string;
            requestId?: string;
            resourceId?: string;
            /** @example victim */
            resourceType: string;
            /** @example VLO */
            role: string;
            /**
             * @description The route pattern, never the path with its ids
             * @example /victims/:victimId
             */
            route: string;
            /**
             * @description The HTTP status answered
             * @example 200
             */
            status: number;
            /** @example vlo-7 */
            userId: string;
            /** @description Every victim whose data the answer carried (or would have carried) */
            victimIds: string[];
        };
        AccessAuditPageResponse: {
            items: components["schemas"]["AccessAuditEntryResponse"][];
            page: number;
            pageSize: number;
            total: number;
        };
        AccessGrantItem: {
            /**
             * @description The unit holding the case
             * @example yorkshire-and-the-humber
             */
            caseUnit: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            grantedAt: string;
            /** @example manager-yorkshire-1 */
            grantedBy: string;
            /**
             * @description The granting manager's name, only when the case is your units' (another unit's manager is named to that unit's own staff); null otherwise or when not known
             * @example Priya Shah
             */
            grantedByName: string | null;
            /**
             * @description The grantee's name, when known
             * @example Alex Morgan
             */
            granteeName: string | null;
            /** @example london */
            granteeUnit: string;
            /** @example vlo-london-4 */
            granteeUserId: string;
            /** Format: uuid */
            grantId: string;
            /** @description In force now */
            live: boolean;
            /** @example victim-moved */
            reason: string;
            /** Format: date-time */
            revokedAt: string | null;
            revokedBy: string | null;
            /** @description The revoking manager's name, on the same terms as grantedByName */
            revokedByName: string | null;
            /** Format: uuid */
            victimId: string;
        };
        AccessGrantsPage: {
            items: components["schemas"]["AccessGrantItem"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ActingPersonDetailsDto: {
            address?: components["schemas"]["PostalAddressDto"];
            /**
             * @description YYYY-MM-DD
             * @example 1980-05-01
             */
            dateOfBirth?: string;
            /** @example jane@example.org */
            email?: string;
            /** @example Jane Example */
            fullName: string;
            /**
             * @description UK phone number
             * @example 0113 496 0000
             */
            phone?: string;
            /** @example brother */
            relationshipToVictim?: string;
        };
        ActingPersonNominatedResponse: {
            /**
             * Format: uuid
             * @description The id of the person nominated to act for the victim
             */
            actingPersonId: string;
            /**
             * @example [
             *       "VictimEnrolled"
             *     ]
             */
            events: string[];
            /**
             * Format: uuid
             * @description The victim id
             */
            id: string;
            /**
             * @description Global position of the last event ("commit/prepare"), for queries to wait on
             * @example 1042/1042
             */
            position: string | null;
            /**
             * @description The victim record's revision after the command: send it back as If-Match
             * @example 3
             */
            revision: string;
            /** @example victim-0b6f1e52-6c1a-4d8e-9c3f-2a7d5e4b1c90 */
            streamId: string;
        };
        ActingPersonResponse: {
            /** Format: uuid */
            actingPersonId: string;
            nominatedOn: string;
            /** @description Personal data: { fullName, dateOfBirth, relationshipToVictim, address, phone, email }; null after erasure */
            personal: {
                [key: string]: unknown;
            } | null;
            receivesCommunications: boolean;
            /** @enum {string} */
            role: "family-member" | "nominated-representative" | "parent-or-guardian" | "next-of-kin";
        };
        AddressResponse: {
            lines: string[];
            postcode: string | null;
            /**
             * @description Where the detail came from; contact preferences are the latest the victim gave
             * @enum {string}
             */
            source: "referral" | "contact-preferences";
        };
        AffectedSentenceResponse: {
            /** @description The day the change was recorded as happening */
            changedOn: string;
            /** @description The new expected release date */
            expectedReleaseDate: string;
            /** Format: uuid */
            milestoneId: string;
            probationRegion: string;
            reference: string;
            /** Format: uuid */
            sentenceId: string;
            /** @description The victims of the sentence the caller may see */
            victims: components["schemas"]["AffectedVictimResponse"][];
        };
        AffectedVictimResponse: {
            /** @description The pending expected-release-month notice, moved to the new date (its due time), if the victim gets one */
            releaseMonthNoticeDueAt?: string | null;
            /** @description referred, enrolled, declined, withdrawn, closed … (the sentence view’s status) */
            status: string;
            /** Format: uuid */
            victimId: string;
            /** @description The pseudonymous victim reference */
            victimReference: string;
            /** @description The victim liaison officer holding the case */
            vloId?: string | null;
            /**
             * @description The officer's name from the staff directory; null when unallocated or when it has none for them
             * @example Alex Morgan
             */
            vloName?: string | null;
        };
        AnswerVictimRequestDto: {
            /**
             * @description The day of the answer (YYYY-MM-DD; not before the request)
             * @example 2026-11-02
             */
            answeredOn: string;
            /**
             * @description A document (summary, transcript) is provided (delivered to the victim) or refused; an application is granted or refused (reconsideration: granted = the Secretary of State applied); any may be withdrawn
             * @enum {string}
             */
            outcome: "granted" | "refused" | "provided" | "withdrawn";
            /**
             * @description Refusals only; offender-under-18 for Parole Board decision summaries only
             * @enum {string}
             */
            reason?: "offender-under-18" | "exceptional-circumstances" | "out-of-time" | "not-eligible" | "other";
        };
        AppealDetailDto: {
            /** @enum {string} */
            against?: "conviction" | "sentence";
            /**
             * @description Required when stage is decided; a lodged appeal has none (refused by the scheme rules, 422)
             * @enum {string}
             */
            outcome?: "dismissed" | "sentence-reduced" | "sentence-increased" | "conviction-quashed" | "retrial-ordered";
            /** @enum {string} */
            stage: "lodged" | "decided";
        };
        AssignVictimLiaisonOfficerDto: {
            /**
             * @description YYYY-MM-DD
             * @example 2026-11-20
             */
            assignedOn: string;
            /**
             * @description User id of the victim liaison officer to assign
             * @example vlo-9
             */
            victimLiaisonOfficerId: string;
        };
        CaseCountsResponse: {
            contacts: number;
            representations: number;
        };
        CaseListSentenceResponse: {
            reference: string | null;
            /** Format: uuid */
            sentenceId: string;
        };
        CaseloadSummaryResponse: {
            /** @enum {string} */
            groupBy: "vlo" | "region";
            rows: components["schemas"]["CaseloadSummaryRowResponse"][];
            /** @example 2026-11-23 */
            today: string;
            /**
             * @example {
             *       "from": "2026-11-23",
             *       "to": "2026-11-29"
             *     }
             */
            week: Record<string, never>;
        };
        CaseloadSummaryRowResponse: {
            /** @description Open tasks without a due date (see dueDateProblem) */
            dueDateUnknown: number;
            /** @description Open tasks due Monday to Sunday of this week (including any of those already overdue) */
            dueThisWeek: number;
            /** @description Open cases: referred and awaiting contact, or enrolled; not declined, withdrawn, closed or erased */
            openCases: number;
            openTasks: number;
            /** @description Open tasks due before today */
            overdue: number;
            /** @description groupBy=region */
            region?: string | null;
            /** @description groupBy=vlo: the officer; null = what no officer holds (open cases not allocated, and the unit’s own tasks such as missed referrals), always the last row */
            vloId?: string | null;
            /**
             * @description groupBy=vlo: the officer's name from the staff directory; null for the unassigned row or when not known
             * @example Alex Morgan
             */
            vloName?: string | null;
        };
        /** @enum {string} */
        CaseloadTaskKind: "initial-contact" | "vns-contact" | "follow-up" | "safety-check" | "missed-referral" | "notification-failed" | "notification-safety-check" | "notification-letter" | "notification-undelivered" | "ask-victim-about-reconsideration" | "ask-victim-about-public-hearing" | "phone-victim-offender-at-large" | "reoffer-before-release" | "letter-returned" | "letter-not-sent" | "hand-contact-to-victim" | "retention-review" | "parked-work";
        CaseloadTaskResponse: {
            /** @example contact-recorded */
            closedBecause: string | null;
            contactId: string | null;
            /** @description Plain words; no personal data */
            description: string;
            /** Format: date-time */
            doneAt: string | null;
            /** @description why there is no due date: outside-working-day-calendar, invalid-date, sentence-not-known */
            dueDateProblem: string | null;
            /** @example 2026-12-01 */
            dueOn: string | null;
            /** @example initial-contact */
            kind: components["schemas"]["CaseloadTaskKind"];
            /** @description For a letter-returned task: the letter a manager returned, to revise and resubmit; for a letter-not-sent task: the approved letter the service may not send; null for other tasks */
            letter: components["schemas"]["TaskLetterResponse"] | null;
            /** @description For notification-* tasks: the notification (and so the letter) the task is for — draft with this stage and notificationId; null for other tasks */
            notification: components["schemas"]["TaskNotificationResponse"] | null;
            /** Format: date-time */
            openedAt: string;
            /** @description open and due before today */
            overdue: boolean;
            /** @description For an administrator's parked-work task: what was parked (no personal data); null for every other task */
            parkedWork: components["schemas"]["TaskParkedWorkResponse"] | null;
            region: string | null;
            /** Format: date-time */
            reopenedAt: string | null;
            /** @description The timescale rule and its source */
            rule: string;
            /** @description The victim's or the task's sentence; for an administrator's parked-work task, the sentence its stream names (null for a victim's or another stream) */
            sentenceId: string | null;
            /** @enum {string} */
            status: "open" | "done";
            /** @example initial-contact:3f1c… */
            taskId: string;
            /** @description null for region-level tasks */
            victimId: string | null;
            /** @description null while unassigned */
            vloId: string | null;
            /**
             * @description The officer's name from the staff directory; null while unassigned or when it has none for them
             * @example Alex Morgan
             */
            vloName: string | null;
        };
        CaseloadTasksPageResponse: {
            items: components["schemas"]["CaseloadTaskResponse"][];
            page: number;
            pageSize: number;
            /**
             * @description Today in England and Wales, which 'overdue' compares with
             * @example 2026-11-23
             */
            today: string;
            total: number;
        };
        CaseRequestAnswerResponse: {
            /** @example 2026-11-02 */
            answeredOn: string;
            /** @enum {string} */
            outcome: "granted" | "refused" | "provided" | "withdrawn";
            /**
             * @description Only with a refusal
             * @enum {string|null}
             */
            reason: "offender-under-18" | "exceptional-circumstances" | "out-of-time" | "not-eligible" | "other" | null;
        };
        CaseRequestResponse: {
            answer: components["schemas"]["CaseRequestAnswerResponse"] | null;
            /** @enum {string} */
            kind: "observe-parole-hearing" | "public-parole-hearing" | "parole-decision-summary" | "secretary-of-state-reconsideration" | "attend-tribunal-hearing" | "restricted-patient-decision-summary" | "sentencing-remarks-transcript";
            /**
             * @description The day the victim asked
             * @example 2026-10-20
             */
            madeOn: string;
            /** Format: uuid */
            requestId: string;
            /** Format: uuid */
            sentenceId: string;
            /**
             * @description open: waiting for its answer (answer it with …/answer)
             * @enum {string}
             */
            state: "open" | "answered";
            /**
             * @description Recorded although the decision maker may decline it for its timing (Parole Board Rules 2019 r.27(2))
             * @enum {string|null}
             */
            warning: "decision-summary-requested-after-6-months" | null;
        };
        CaseSentenceResponse: {
            /**
             * @description When the victim was linked (the referral date for the referral sentence)
             * @example 2026-10-05
             */
            linkedOn: string;
            /** @example yorkshire-and-the-humber */
            probationRegion: string | null;
            /** @example X123456 */
            reference: string | null;
            /** @example 2026-10-01 */
            sentenceDate: string | null;
            /** Format: uuid */
            sentenceId: string;
            /** @description The sentence the referral was about */
            viaReferral: boolean;
        };
        CaseTaskResponse: {
            /**
             * Format: uuid
             * @description The contact that set a follow-up
             */
            contactId?: string;
            /** @description Deadline (inclusive). Overdue = dueOn before today; compare with today yourself */
            dueOn: string | null;
            /** @description When the clock started */
            from: string;
            /** @enum {string} */
            kind: "initial-contact" | "vns-contact" | "follow-up";
            /** @description The rule and its source */
            rule: string;
            /** Format: uuid */
            sentenceId: string;
        };
        CaseTimelineResponse: {
            items: components["schemas"]["TimelineEntryResponse"][];
            /** @enum {string} */
            order: "asc" | "desc";
            page: number;
            pageSize: number;
            total: number;
            /** Format: uuid */
            victimId: string;
        };
        ComingOfAgeResponse: {
            /** @description The day contact was handed to the victim themselves (YYYY-MM-DD); null until then */
            contactHandedToVictimOn: string | null;
            /**
             * @description YYYY-MM: the month the victim turns 18; null when no date of birth was given
             * @example 2027-03
             */
            turnsEighteenIn: string | null;
        };
        CommandResultResponse: {
            /**
             * @example [
             *       "VictimEnrolled"
             *     ]
             */
            events: string[];
            /**
             * Format: uuid
             * @description The victim id
             */
            id: string;
            /**
             * @description Global position of the last event ("commit/prepare"), for queries to wait on
             * @example 1042/1042
             */
            position: string | null;
            /**
             * @description The victim record's revision after the command: send it back as If-Match
             * @example 3
             */
            revision: string;
            /** @example victim-0b6f1e52-6c1a-4d8e-9c3f-2a7d5e4b1c90 */
            streamId: string;
        };
        CommunicationNeedsResponse: {
            accessibleFormats: string[];
            /** @example en */
            language: string | null;
            /** @description Windows not to call: { days, from, to } */
            timesNotToCall: Record<string, never>[];
        };
        ConditionalDischargeDetailDto: {
            /** @description Conditions of discharge: at least one, none twice */
            conditions: ("non-contact" | "exclusion-zone" | "other")[];
            /** @description Victims the conditions protect, by id; each must be linked to the sentence (may be empty) */
            protectsVictimIds: string[];
        };
        ConfirmSafetyCheckDto: {
            /**
             * @description The channel checked; one of the victim's chosen channels
             * @enum {string}
             */
            channel: "letter" | "email" | "phone" | "sms";
            /**
             * @description The day the check was made (YYYY-MM-DD; not after today, not before the referral)
             * @example 2026-10-21
             */
            confirmedOn: string;
        };
        ContactDetailsResponse: {
            addresses: components["schemas"]["AddressResponse"][];
            dateOfBirth: string | null;
            emails: components["schemas"]["EmailResponse"][];
            fullName: string | null;
            phones: components["schemas"]["PhoneResponse"][];
        };
        ContactNotesDto: {
            /** @description The other reason (channelReason "other") */
            channelReasonDetail?: string;
            outcome?: string;
            summary: string;
        };
        ContactPreferencesPersonalDto: {
            /** @description None when absent */
            accessibleFormats?: ("large-print" | "braille" | "easy-read" | "audio")[];
            /** @description Needed for letters */
            address?: components["schemas"]["PostalAddressDto"];
            /**
             * @description Needed for email
             * @example jane@example.org
             */
            email?: string;
            /**
             * @description BCP 47 language tag, e.g. en, cy, pl
             * @example en
             */
            language: string;
            /**
             * @description UK mobile number; needed for SMS
             * @example 07700 900123
             */
            mobile?: string;
            /**
             * @description UK phone number; needed for phone calls
             * @example 0113 496 0000
             */
            phone?: string;
            /** @description None when absent */
            timesNotToCall?: components["schemas"]["TimeNotToCallDto"][];
        };
        ContactPreferencesResponse: {
            /** @description In order of preference */
            channels: string[];
            /** @description Personal data; null after erasure */
            communication: components["schemas"]["CommunicationNeedsResponse"] | null;
            safetyCheckBeforeLetters: boolean;
            /** @description { choice, chosenStages? }: which stages the victim wants to hear about */
            stages: {
                [key: string]: unknown;
            };
            updatedOn: string;
        };
        ContactRecordedResponse: {
            /**
             * Format: uuid
             * @description The id of the contact recorded
             */
            contactId: string;
            /**
             * @example [
             *       "VictimEnrolled"
             *     ]
             */
            events: string[];
            /**
             * Format: uuid
             * @description The victim id
             */
            id: string;
            /**
             * @description Global position of the last event ("commit/prepare"), for queries to wait on
             * @example 1042/1042
             */
            position: string | null;
            /**
             * @description The victim record's revision after the command: send it back as If-Match
             * @example 3
             */
            revision: string;
            /** @example victim-0b6f1e52-6c1a-4d8e-9c3f-2a7d5e4b1c90 */
            streamId: string;
        };
        DeathDetailDto: {
            /** @description The offender died in custody (or detention) */
            inCustody: boolean;
        };
        DecideRetentionDto: {
            /**
             * @description Why (a code, never free text)
             * @enum {string}
             */
            basis: "retention-period-ended" | "ongoing-proceedings" | "complaint-or-legal-claim" | "safeguarding-concern" | "offender-may-be-released-again" | "other";
            /**
             * @description erase: the victim's personal data may now be erased; retain: keep it (say until when)
             * @enum {string}
             */
            decision: "erase" | "retain";
            /**
             * @description Only when retaining: the day the next review is due (YYYY-MM-DD)
             * @example 2030-01-31
             */
            retainUntil?: string;
        };
        DecisionNoticesMonth: {
            /** @description Median hours from the decision being recorded to the victim being told */
            medianHoursToTell: number | null;
            /**
             * @description Month the decision was recorded
             * @example 2026-11
             */
            month: string;
            /** @description Victims to be told of a release or parole decision */
            notices: number;
            /** @description toldSameWorkingDay as a percentage of the notices told or past their same-day deadline; null when none */
            percentSameWorkingDay: number | null;
            /** @description Told (the message or letter was sent) */
            told: number;
            /** @description Told by the end of the working day the decision was recorded (or the next working day) */
            toldSameWorkingDay: number;
        };
        DecisionNoticesResponse: {
            /** @example 2026-01 */
            from: string;
            months: components["schemas"]["DecisionNoticesMonth"][];
            /** @description The decisions counted (milestone kinds) */
            stages: string[];
            /** @example 2026-12 */
            to: string;
            /**
             * @description Today in England and Wales: deadlines are compared with it
             * @example 2026-12-07
             */
            today: string;
            /**
             * @description The units counted: the caller’s own
             * @example [
             *       "london"
             *     ]
             */
            units: string[];
        };
        DeclineSchemeDto: {
            /**
             * @description The day the victim declined (YYYY-MM-DD)
             * @example 2026-10-20
             */
            declinedOn: string;
            personal?: components["schemas"]["ReasonDto"];
        };
        DischargeConditionsVariedDetailDto: {
            /** @description The conditions of discharge as changed: at least one, none twice */
            conditions: ("non-contact" | "exclusion-zone" | "other")[];
            /** @description Victims the conditions protect, by id; each must be linked to the sentence (may be empty) */
            protectsVictimIds: string[];
        };
        DisclosedTextDto: {
            /** @description By condition id: the description as the recipient will read it (conditions only); a condition left out is not described to them */
            conditionDescriptions?: {
                [key: string]: string;
            };
            /** @description The Victim Personal Statement as the recipient will read it (a VPS only) */
            statementText?: string;
        };
        DiscloseRepresentationDto: {
            /** @description The screen's flags you checked and accept in the text as it is (a 422 disclosure-flagged answer names those still unconfirmed) */
            confirmedFlags?: ("victim-name" | "name" | "victim-address" | "street-address" | "postcode" | "phone-number" | "email-address")[];
            /**
             * @description YYYY-MM-DD
             * @example 2026-11-05
             */
            disclosedOn: string;
            personal: components["schemas"]["DisclosedTextDto"];
            /**
             * @description One of those the representation was made for
             * @enum {string}
             */
            recipient: "parole-board" | "mappa" | "prison" | "probation-practitioner" | "mental-health-casework-section" | "mental-health-tribunal" | "responsible-clinician";
        };
        DraftLetterDto: {
            /**
             * Format: uuid
             * @description UUID chosen by the caller; generated when absent (the answer carries it)
             */
            letterId?: string;
            /**
             * Format: uuid
             * @description The scheduled letter notification this letter will answer
             */
            notificationId?: string;
            /**
             * Format: uuid
             * @description The sentence the letter is about; defaults to the notification's, else the referral sentence
             */
            sentenceId?: string;
            signature: components["schemas"]["LetterSignatureDto"];
            /**
             * @description The stage the letter is about; optional when notificationId is given (it must then match)
             * @enum {string}
             */
            stage?: "parole-eligibility" | "parole-hearing-listed" | "parole-hearing-postponed" | "parole-decision" | "reconsideration" | "set-aside" | "high-court-referral" | "open-conditions-eligibility" | "prison-transfer" | "recategorisation" | "hospital-direction" | "remitted-to-prison" | "transfer-to-open-conditions" | "return-to-closed-conditions" | "release-on-temporary-licence" | "home-detention-curfew" | "release-on-licence" | "licence-conditions-set" | "recall" | "escape-or-abscond" | "return-to-custody" | "licence-end" | "sentence-end" | "release-date-changed" | "hospital-leave" | "hospital-transfer" | "tribunal-hearing-listed" | "tribunal-decision" | "conditional-discharge" | "absolute-discharge" | "discharge-conditions-varied" | "restrictions-lifted" | "appeal" | "death" | "suspended-sentence-activated" | "removal-planned" | "deportation" | "transfer-abroad" | "return-after-removal" | "initial-contact" | "annual-contact" | "release-month" | "parole-eligibility-upcoming" | "parole-hearing-upcoming" | "tribunal-hearing-upcoming" | "open-conditions-eligibility-upcoming" | "licence-conditions-end-upcoming" | "licence-conditions-end" | "request-answered";
        };
        EditLetterDto: {
            personal: components["schemas"]["LetterTextDto"];
        };
        EmailResponse: {
            address: string;
            /** @enum {string} */
            source: "referral" | "contact-preferences";
        };
        EnrolmentPersonalDto: {
            /** @description Why the discretionary scheme is offered; required when the reason is "other" */
            discretionaryReasonDetail?: string;
        };
        EnrolmentResponse: {
            /** @description Eligibility basis recorded at enrolment */
            basis?: string;
            declinedOn?: string | null;
            discretionaryReason?: string | null;
            enrolledOn?: string | null;
            rejoinedOn?: string | null;
            /** @enum {string|null} */
            scheme: "vcs-statutory" | "vcs-discretionary" | "vns" | null;
            /** Format: uuid */
            sentenceId?: string | null;
            withdrewOn?: string | null;
        };
        EnrolVictimDto: {
            /**
             * @description Required for, and only for, the discretionary scheme
             * @enum {string}
             */
            discretionaryReason?: "domestic-abuse" | "stalking-or-harassment" | "repeat-victimisation" | "vulnerable-victim" | "other";
            /**
             * @description YYYY-MM-DD
             * @example 2026-10-20
             */
            enrolledOn: string;
            personal?: components["schemas"]["EnrolmentPersonalDto"];
            /** @enum {string} */
            scheme: "vcs-statutory" | "vcs-discretionary" | "vns";
            /**
             * Format: uuid
             * @description The sentence whose facts make the victim eligible (linked to the victim)
             */
            sentenceId: string;
            /**
             * @description User id of the victim liaison officer assigned to the victim
             * @example vlo-7
             */
            victimLiaisonOfficerId: string;
        };
        ErasePersonalDataDto: {
            /**
             * @description Why: the retention period ended (needs an ADMIN decision to erase first) or a valid erasure request (UK GDPR Art. 17)
             * @enum {string}
             */
            basis: "retention-period-ended" | "erasure-request";
            /**
             * @description The erasure request's or retention review's reference: a code, never a name (it is stored in plain text)
             * @example ER-2027-0014
             */
            requestReference: string;
        };
        EscapeOrAbscondDetailDto: {
            /**
             * @description Prisoners: escaped, absconded or unlawfully-at-large; hospital patients: escaped or absent-without-leave. Never where from
             * @enum {string}
             */
            circumstance: "escaped" | "absconded" | "unlawfully-at-large" | "absent-without-leave";
        };
        ExpectedMilestoneResponse: {
            /** @description When; null when pending with no date (appeal, reconsideration decision) */
            date: string | null;
            detail: {
                [key: string]: unknown;
            };
            /**
             * @description What is expected next (rules in docs/read-models/sentence-partner.md)
             * @enum {string}
             */
            kind: "parole-eligibility" | "parole-hearing" | "parole-review" | "reconsideration-window-closes" | "reconsideration-decision" | "release" | "return-from-temporary-licence" | "licence-conditions-end" | "tribunal-hearing" | "appeal-decision";
            /** @description The date is before today (England and Wales) and the stage it expects is not yet recorded */
            passed: boolean;
            /**
             * Format: uuid
             * @description The milestone that set this expectation
             */
            setByMilestoneId: string;
        };
        FirstContactMonth: {
            /** @description First contact within 20 working days of the referral */
            contactedInTime: number;
            /** @description First contact after the 20th working day, or none and the deadline has passed */
            late: number;
            /**
             * @description Month the referral was received
             * @example 2026-11
             */
            month: string;
            /** @description No contact yet, and the deadline has not passed */
            notYetDue: number;
            /** @description contactedInTime as a percentage of those whose outcome is known (in time or late); null when none */
            percentInTime: number | null;
            /** @description VCS referrals received */
            referrals: number;
        };
        FirstContactResponse: {
            /** @example 2026-01 */
            from: string;
            months: components["schemas"]["FirstContactMonth"][];
            /**
             * @description The target: the Victims' Code timescale applies to every victim
             * @example 100
             */
            targetPercent: number;
            /** @example 2026-12 */
            to: string;
            /**
             * @description Today in England and Wales: deadlines are compared with it
             * @example 2026-12-07
             */
            today: string;
            /**
             * @description The units counted: the caller’s own
             * @example [
             *       "london"
             *     ]
             */
            units: string[];
        };
        GrantCaseAccessDto: {
            /**
             * @description The unit the person works in
             * @enum {string}
             */
            granteeUnit: "north-east" | "north-west" | "yorkshire-and-the-humber" | "greater-manchester" | "wales" | "west-midlands" | "east-midlands" | "east-of-england" | "london" | "kent-surrey-and-sussex" | "south-west" | "south-central";
            /**
             * @description User id of the person in the other unit
             * @example vlo-london-4
             */
            granteeUserId: string;
            /**
             * Format: uuid
             * @description Chosen by the caller (a retry with the same id is refused as a duplicate)
             */
            grantId: string;
            /**
             * @description How long the grant lasts, in hours (at most 30 days)
             * @example 72
             */
            hours: number;
            /** @description Why, in words (personal data: kept encrypted in the history) */
            note?: string;
            /** @enum {string} */
            reason: "victim-moved" | "offender-managed-elsewhere" | "joint-working" | "cover-for-absence" | "other";
        };
        HandContactToVictimDto: {
            /** @description The victim's own contact preferences, if they gave them at the handover (they replace the parent's) */
            contactPreferences?: components["schemas"]["HandoverContactPreferencesDto"];
            /**
             * @description The day contact passed to the victim themselves, now 18 (YYYY-MM-DD)
             * @example 2027-03-02
             */
            handedOverOn: string;
        };
        HandoverContactPreferencesDto: {
            /** @description In order of preference */
            channels: ("letter" | "email" | "phone" | "sms")[];
            personal: components["schemas"]["ContactPreferencesPersonalDto"];
            /** @description Domestic-abuse or other safety concern: someone must check it is safe before any letter is sent */
            safetyCheckBeforeLetters: boolean;
            stages: components["schemas"]["StagesToHearAboutDto"];
        };
        HighCourtReferralDetailDto: {
            /**
             * @description The High Court decision; required when stage is decided, refused otherwise
             * @enum {string}
             */
            outcome?: "release-upheld" | "release-quashed";
            /**
             * @description Victims and Prisoners Act 2024 ss.61-62 (from 31 December 2025): referred (the release decision went to the High Court) or decided
             * @enum {string}
             */
            stage: "referred" | "decided";
        };
        HospitalDirectionDetailDto: {
            /**
             * @description Mental Health Act 1983: transfer-direction (s.47, a sentenced prisoner moved to hospital) or hospital-and-limitation-direction (s.45A, given by the court with the sentence, on the sentence date). Never which hospital
             * @enum {string}
             */
            basis: "transfer-direction" | "hospital-and-limitation-direction";
            /** @description A restriction direction (s.49) or limitation direction (s.45A, always) was given: the Secretary of State must agree to leave, moves and discharge */
            restricted: boolean;
        };
        HospitalLeaveDetailDto: {
            /** @enum {string} */
            leaveType: "escorted" | "unescorted" | "overnight";
        };
        HospitalTransferDetailDto: {
            /**
             * @description Whether security went down, stayed or went up; never where (victims are not told where the patient is held)
             * @enum {string}
             */
            security: "lower" | "same" | "higher";
        };
        InterAgencyMeetingPageResponse: {
            /** @description Latest first */
            items: components["schemas"]["InterAgencyMeetingResponse"][];
            page: number;
            pageSize: number;
            /** Format: uuid */
            sentenceId: string;
            total: number;
        };
        InterAgencyMeetingResponse: {
            agenciesPresent: ("probation" | "victim-liaison-unit" | "police" | "prison" | "youth-justice" | "health" | "mental-health-casework-section" | "local-authority" | "housing" | "childrens-services" | "adult-social-care" | "parole-board" | "home-office-immigration" | "domestic-abuse-service" | "other")[];
            /** @example 2026-03-04 */
            heldOn: string;
            /** @enum {string} */
            kind: "mappa" | "parole" | "marac" | "other";
            mappa: components["schemas"]["MappaResponse"] | null;
            /** Format: uuid */
            meetingId: string;
            victimsConsidered: components["schemas"]["MeetingVictimResponse"][];
        };
        LastContactResponse: {
            /** Format: uuid */
            contactId: string;
            /** @enum {string} */
            direction: "inbound" | "outbound";
            followUpOn: string | null;
            /** @enum {string} */
            method: "phone" | "letter" | "email" | "sms" | "home-visit" | "meeting";
            /** @example 2026-11-02 */
            occurredOn: string;
            /** @description Outcome code (the words of the outcome stay in the event) */
            result: string;
            withActingPersonId: string | null;
        };
        LetterCommandResponse: {
            /**
             * @example [
             *       "VictimEnrolled"
             *     ]
             */
            events: string[];
            /**
             * Format: uuid
             * @description The victim id
             */
            id: string;
            /**
             * Format: uuid
             * @description The letter
             */
            letterId: string;
            /**
             * @description Global position of the last event ("commit/prepare"), for queries to wait on
             * @example 1042/1042
             */
            position: string | null;
            /**
             * @description The victim record's revision after the command: send it back as If-Match
             * @example 3
             */
            revision: string;
            /** @example victim-0b6f1e52-6c1a-4d8e-9c3f-2a7d5e4b1c90 */
            streamId: string;
        };
        LetterListResponse: {
            items: components["schemas"]["LetterSummaryResponse"][];
            page: number;
            pageSize: number;
            total: number;
        };
        LetterResponse: {
            addressBlock: string | null;
            approved: components["schemas"]["LetterStepResponse"] | null;
            /** @description Drafted or edited it; none of them may approve it */
            authors: string[];
            body: string | null;
            drafted: components["schemas"]["LetterStepResponse"];
            /** @description BCP 47 tag */
            language: string | null;
            /** @description The victim asked for large print: the PDF is set at 18 pt */
            largePrint: boolean;
            lastEdited: components["schemas"]["LetterStepResponse"] | null;
            /** Format: uuid */
            letterId: string;
            notificationId: string | null;
            personalDataErased: boolean;
            region: string | null;
            /** @description The manager's comments when the letter was last returned */
            returnComments: string | null;
            returned: components["schemas"]["LetterStepResponse"] | null;
            /** @description The victim's record revision: send it as If-Match with the next letter command */
            revision: string;
            /** @description Null until approved, and for a letter drafted on its own approved before the service sent such letters (posted by hand) */
            sending: components["schemas"]["LetterSendingResponse"] | null;
            /** Format: date-time */
            sentAt: string | null;
            /** @description The notification stage the letter is about */
            stage: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "returned" | "approved" | "sent";
            subject: string;
            submitted: components["schemas"]["LetterStepResponse"] | null;
            /** Format: date-time */
            updatedAt: string;
            /** Format: uuid */
            victimId: string;
        };
        LetterSendingResponse: {
            /** @description Why it was not sent: a rule code (e.g. victim-opted-out, channel-not-chosen), a cancellation's reason, or the channel's error code */
            reason: string | null;
            /**
             * @description queued: its notification is waiting for its time or a retry; waiting-safety-check: the victim has a safety flag and a VLO must confirm it is safe to write first; sent; not-sent: it will not be sent (see reason)
             * @enum {string}
             */
            state: "queued" | "waiting-safety-check" | "sent" | "not-sent";
        };
        LettersFigureResponse: {
            /** @example 2026-01 */
            from: string;
            months: components["schemas"]["LettersMonth"][];
            /** @example 2026-12 */
            to: string;
            /**
             * @description Today in England and Wales: deadlines are compared with it
             * @example 2026-12-07
             */
            today: string;
            /**
             * @description The units counted: the caller’s own
             * @example [
             *       "london"
             *     ]
             */
            units: string[];
        };
        LetterSignatureDto: {
            /** @example sam.officer@justice.gov.uk */
            email?: string;
            /** @example Sam Officer */
            name: string;
            /**
             * @description UK phone number. A phone number, an email address or both is required: every letter asks the victim to contact the officer "using the details below".
             * @example 0113 496 0000
             */
            phone?: string;
        };
        LettersInProgressResponse: {
            atWorkingPractice: boolean;
            draft: number;
            /** @description Letters drafted by this officer not yet approved (draft, returned or waiting for a manager) */
            inProgress: number;
            returned: number;
            submitted: number;
            vloId: string;
            /** @description The working practice: up to nine letters in progress per officer (not enforced) */
            workingPractice: number;
        };
        LettersMonth: {
            approved: number;
            drafted: number;
            /** @description Median days from drafted to approved */
            medianDaysToApprove: number | null;
            /** @description Median days from approved to sent */
            medianDaysToSend: number | null;
            /**
             * @description Month the letter was drafted
             * @example 2026-11
             */
            month: string;
            /** @description Letters returned by a manager at least once */
            returned: number;
            sent: number;
        };
        LetterStepResponse: {
            /** Format: date-time */
            at: string;
            /** @description Staff user id */
            by: string;
            /**
             * @description Their name from the staff directory; null when it has none for them
             * @example Alex Morgan
             */
            name: string | null;
            /** @description YYYY-MM-DD */
            on?: string;
        };
        LettersToDraftResponse: {
            /** @description Soonest due first */
            items: components["schemas"]["LetterToDraftResponse"][];
        };
        LetterSummaryResponse: {
            approved: components["schemas"]["LetterStepResponse"] | null;
            drafted: components["schemas"]["LetterStepResponse"];
            /** Format: uuid */
            letterId: string;
            notificationId: string | null;
            region: string | null;
            returned: components["schemas"]["LetterStepResponse"] | null;
            /** @description Null until approved, and for a letter drafted on its own approved before the service sent such letters (posted by hand) */
            sending: components["schemas"]["LetterSendingResponse"] | null;
            /** Format: date-time */
            sentAt: string | null;
            /** @description The notification stage the letter is about */
            stage: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "returned" | "approved" | "sent";
            subject: string;
            submitted: components["schemas"]["LetterStepResponse"] | null;
            /** Format: date-time */
            updatedAt: string;
            /** Format: uuid */
            victimId: string;
        };
        LetterTextDto: {
            /** @description The address as printed in the envelope window, one line per line */
            addressBlock?: string;
            /** @description From "Dear …" to the signature; paragraphs separated by a blank line */
            body?: string;
        };
        LetterToDraftResponse: {
            /**
             * Format: date-time
             * @description When it is due to go
             */
            dueAt: string;
            /** @description The letter drafted for it, when there is one */
            letterId: string | null;
            /**
             * @description That letter's status
             * @enum {string|null}
             */
            letterStatus: "draft" | "submitted" | "returned" | "approved" | "sent" | null;
            /** Format: uuid */
            notificationId: string;
            /** Format: uuid */
            sentenceId: string;
            /** @description The stage the letter tells the victim about (draft the letter with this stage or none) */
            stage: string;
        };
        LicenceConditionsSetDetailDto: {
            /** @description At least one, none twice; what they say is personal data and is not recorded here */
            conditions: ("non-contact" | "exclusion-zone" | "other")[];
            /**
             * @description The day the victim-related conditions end (YYYY-MM-DD); victims are told it
             * @example 2031-01-31
             */
            conditionsEndDate: string;
            /** @description Victims the conditions protect, by id; each must be linked to the sentence (may be empty) */
            protectsVictimIds: string[];
        };
        LinkVictimToSentenceDto: {
            /**
             * @description YYYY-MM-DD
             * @example 2026-10-20
             */
            linkedOn: string;
            /**
             * Format: uuid
             * @description The sentence to link the victim to (recorded first through POST /sentences)
             */
            sentenceId: string;
        };
        MakeVictimRequestDto: {
            /**
             * @description observe-parole-hearing, public-parole-hearing, parole-decision-summary and secretary-of-state-reconsideration (prison sentences); attend-tribunal-hearing (from 25 June 2025) and restricted-patient-decision-summary (restricted patients); sentencing-remarks-transcript
             * @enum {string}
             */
            kind: "observe-parole-hearing" | "public-parole-hearing" | "parole-decision-summary" | "secretary-of-state-reconsideration" | "attend-tribunal-hearing" | "restricted-patient-decision-summary" | "sentencing-remarks-transcript";
            /**
             * @description The day the victim asked (YYYY-MM-DD; not after today)
             * @example 2026-10-21
             */
            madeOn: string;
            /**
             * Format: uuid
             * @description UUID chosen by the caller; generated when absent (the answer carries it)
             */
            requestId?: string;
            /**
             * Format: uuid
             * @description The sentence the request is about (linked to the victim)
             */
            sentenceId: string;
        };
        MappaDto: {
            /**
             * @description 1 registered sexual offenders; 2 violent offenders; 3 other dangerous offenders; 4 terrorist or terrorist-risk offenders
             * @enum {number}
             */
            category: 1 | 2 | 3 | 4;
            /**
             * @description 1 ordinary agency management; 2 active multi-agency management; 3 senior-level, most serious
             * @enum {number}
             */
            level: 1 | 2 | 3;
        };
        MappaResponse: {
            /** @enum {number} */
            category: 1 | 2 | 3 | 4;
            /** @enum {number} */
            level: 1 | 2 | 3;
        };
        MeetingActionDto: {
            /**
             * Format: uuid
             * @description Chosen by the caller; its description goes in personal.<forVictimId>.actions.<actionId>
             */
            actionId: string;
            /**
             * @description YYYY-MM-DD, not before the meeting
             * @example 2027-04-01
             */
            dueOn?: string;
            /**
             * Format: uuid
             * @description The victim the action concerns (one of victimsConsidered)
             */
            forVictimId: string;
            /** @enum {string} */
            ownerAgency: "probation" | "victim-liaison-unit" | "police" | "prison" | "youth-justice" | "health" | "mental-health-casework-section" | "local-authority" | "housing" | "childrens-services" | "adult-social-care" | "parole-board" | "home-office-immigration" | "domestic-abuse-service" | "other";
        };
        MeetingActionResponse: {
            /** Format: uuid */
            actionId: string;
            dueOn: string | null;
            /** @enum {string} */
            ownerAgency: "probation" | "victim-liaison-unit" | "police" | "prison" | "youth-justice" | "health" | "mental-health-casework-section" | "local-authority" | "housing" | "childrens-services" | "adult-social-care" | "parole-board" | "home-office-immigration" | "domestic-abuse-service" | "other";
        };
        MeetingNotesAboutVictimDto: {
            /**
             * @description Descriptions of this victim's actions: actionId → description (each action's description sits with the victim it concerns)
             * @example {
             *       "0f8fad5b-d9cb-469f-a165-70867728950e": "Police to review the exclusion zone with the victim"
             *     }
             */
            actions?: {
                [key: string]: string;
            };
            notes?: string;
            /** @description The outcome for the victim, in words */
            outcome?: string;
            /** @description The victim's views as presented */
            viewsPresented?: string;
        };
        MeetingNotesResponse: {
            /** @description Action descriptions by action id */
            actions: {
                [key: string]: string;
            };
            /** @description The victim's personal data was erased: the notes read as null */
            erased: boolean;
            notes: string | null;
            outcome: string | null;
            viewsPresented: string | null;
        };
        MeetingRecordedResponse: {
            /**
             * @example [
             *       "SentenceMilestoneReached"
             *     ]
             */
            events: string[];
            /**
             * Format: uuid
             * @description The sentence id
             */
            id: string;
            /**
             * Format: uuid
             * @description The id of the meeting recorded (yours, or a new one)
             */
            meetingId: string;
            /**
             * @description Global position of the last event ("commit/prepare"), for queries to wait on
             * @example 1042/1042
             */
            position: string | null;
            /**
             * @description The sentence record's revision after the command (also the ETag): send it back as If-Match
             * @example 2
             */
            revision: string;
            /** @example sentence-0b6f1e52-6c1a-4d8e-9c3f-2a7d5e4b1c90 */
            streamId: string;
        };
        MeetingVictimResponse: {
            actions: components["schemas"]["MeetingActionResponse"][];
            /** @description VLOs and managers only: what was said about the victim */
            notes?: components["schemas"]["MeetingNotesResponse"] | null;
            /** @enum {string} */
            outcome: "risk-plan-updated" | "no-change" | "licence-conditions-recommended" | "referred-on" | "other";
            /**
             * Format: uuid
             * @description VLOs and managers only
             */
            victimId?: string;
            /** @example V-7KQ2M9XD4P */
            victimReference: string;
            /** @description The VLO presented the victim's views */
            viewsPresented: boolean;
        };
        MilestoneRecordedResponse: {
            /**
             * @example [
             *       "SentenceMilestoneReached"
             *     ]
             */
            events: string[];
            /**
             * Format: uuid
             * @description The sentence id
             */
            id: string;
            /**
             * Format: uuid
             * @description The id of the milestone recorded (yours, or a new one)
             */
            milestoneId: string;
            /**
             * @description Global position of the last event ("commit/prepare"), for queries to wait on
             * @example 1042/1042
             */
            position: string | null;
            /**
             * @description The sentence record's revision after the command (also the ETag): send it back as If-Match
             * @example 2
             */
            revision: string;
            /** @example sentence-0b6f1e52-6c1a-4d8e-9c3f-2a7d5e4b1c90 */
            streamId: string;
        };
        NextDueResponse: {
            dueOn: string;
            /** @enum {string} */
            kind: "initial-contact" | "vns-contact" | "follow-up";
        };
        NoMilestoneDetailDto: Record<string, never>;
        NominateActingPersonDto: {
            /**
             * Format: uuid
             * @description UUID chosen by the caller; generated when absent (the answer carries it)
             */
            actingPersonId?: string;
            /**
             * @description YYYY-MM-DD
             * @example 2026-10-20
             */
            nominatedOn: string;
            personal: components["schemas"]["ActingPersonDetailsDto"];
            /** @description Letters and calls go to this person rather than to the victim */
            receivesCommunications: boolean;
            /**
             * @description parent-or-guardian for a child victim only; next-of-kin for a victim who died as a result of the offence only
             * @enum {string}
             */
            role: "family-member" | "nominated-representative" | "parent-or-guardian" | "next-of-kin";
        };
        NotificationsFigureResponse: {
            /** @example 2026-01 */
            from: string;
            months: components["schemas"]["NotificationsMonth"][];
            /** @example 2026-12 */
            to: string;
            /**
             * @description Today in England and Wales: deadlines are compared with it
             * @example 2026-12-07
             */
            today: string;
            /**
             * @description The units counted: the caller’s own
             * @example [
             *       "london"
             *     ]
             */
            units: string[];
        };
        NotificationsMonth: {
            /** @description Notifications due (not cancelled) */
            due: number;
            /** @description Every attempt to send failed */
            failed: number;
            /** @description Letters scheduled because an email or text was not delivered */
            fellBackToLetter: number;
            /**
             * @description Month the notification was due
             * @example 2026-11
             */
            month: string;
            /** @description Sent, but the email or text was reported not delivered */
            notDelivered: number;
            sent: number;
        };
        OfficerItem: {
            /**
             * @description Their name, as their last sign-in gave it; null when it gave none
             * @example Alex Morgan
             */
            name: string | null;
            /**
             * @example [
             *       "london"
             *     ]
             */
            units: string[];
            /** @example vlo-london */
            userId: string;
        };
        OfficersResponse: {
            items: components["schemas"]["OfficerItem"][];
        };
        OpenConditionsEligibilityDetailDto: {
            /**
             * @description The day the offender becomes eligible to be considered for a move to open conditions (YYYY-MM-DD; Victims' Code Right 11)
             * @example 2028-02-01
             */
            eligibleFrom: string;
        };
        OutboxMessageResponse: {
            /** @description The message as sent: plain text (never HTML) */
            body: string | null;
            /** @example letter */
            channel: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            /** @example en */
            language: string | null;
            /** Format: uuid */
            notificationId: string;
            /** @description Personal data: name, email, mobile or postal address (null once erased) */
            recipient: {
                [key: string]: unknown;
            } | null;
            /** @description The idempotency reference (the notification id) */
            reference: string;
            /** @example parole-hearing-listed */
            stage: string;
            /** @example accepted */
            status: string;
            subject: string | null;
            /** Format: uuid */
            victimId: string;
        };
        OutboxPageResponse: {
            items: components["schemas"]["OutboxMessageResponse"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ParkedEventView: {
            attempts: number;
            /** @description Error summary: name, code, first line without quoted values; never personal data */
            error: string;
            eventId: string;
            eventType: string;
            parkedAt: string;
            /** @description Position in the history, "<commit>/<prepare>" */
            position: string;
            /** @enum {string} */
            reason: "failed" | "behind-parked";
        };
        ParkedWorkList: {
            items: components["schemas"]["ParkedWorkTask"][];
            total: number;
        };
        ParkedWorkTask: {
            /** @description The consumer: a read model projector, notification-planner, notification-dispatcher, erasure-completion, or retention-job (its work on a victim, kind retention-closure or retention-review, position 0/0) */
            consumer: string;
            /** @description What to do */
            description: string;
            /** @description The first parked event of the stream (the one that failed) */
            first: components["schemas"]["ParkedEventView"];
            /** @description When a retry was asked for, if one is pending */
            retryRequestedAt: string | null;
            /** @description The stream whose work is parked, e.g. victim-<id> or sentence-<id> */
            streamId: string;
            /** @description Later events of the stream parked behind it, kept in order */
            waitingBehind: number;
        };
        ParoleDecisionDetailDto: {
            /**
             * @description The next review when release is refused (YYYY-MM-DD); victims are told it
             * @example 2028-03-15
             */
            nextReviewDate?: string;
            /** @enum {string} */
            outcome: "release" | "no-release" | "open-conditions-recommended";
            /**
             * @description The day the decision was provided to the parties (YYYY-MM-DD): the 21 days for reconsideration run from it (Parole Board Rules 2019 r.28(3)). Absent: the decision date
             * @example 2027-03-02
             */
            providedToPartiesOn?: string;
        };
        ParoleEligibilityDetailDto: {
            /**
             * @description The date the offender becomes eligible for parole (YYYY-MM-DD)
             * @example 2030-04-01
             */
            paroleEligibilityDate: string;
        };
        ParoleHearingListedDetailDto: {
            /**
             * @description The hearing date (YYYY-MM-DD); not before the day it was listed
             * @example 2027-03-15
             */
            hearingDate: string;
            /** @enum {string} */
            hearingType: "oral" | "paper";
        };
        ParoleHearingPostponedDetailDto: {
            /**
             * @description The new hearing date when the Board has set one (YYYY-MM-DD); not before the postponement
             * @example 2027-06-14
             */
            newHearingDate?: string;
            /**
             * @description deferred: put off before the day; adjourned: put off by the panel on or after the day. Only while a hearing is listed
             * @enum {string}
             */
            postponement: "deferred" | "adjourned";
        };
        PartnerRepresentationPageResponse: {
            /** @description Newest first */
            items: components["schemas"]["PartnerRepresentationResponse"][];
            page: number;
            pageSize: number;
            /** Format: uuid */
            sentenceId: string;
            total: number;
        };
        PartnerRepresentationResponse: {
            /**
             * @description Partners only: when the VLO disclosed it to them
             * @example 2026-11-05
             */
            disclosedOn?: string;
            /** @description VLOs and managers only: to whom it was disclosed, when and by whom */
            disclosures?: components["schemas"]["RepresentationDisclosureResponse"][];
            /** @description The victim's personal data was erased: statement and descriptions read as null */
            erased: boolean;
            /** @enum {string} */
            kind: "licence-conditions" | "discharge-conditions" | "victim-personal-statement" | "victim-impact-statement";
            /** Format: uuid */
            representationId: string;
            requestedConditions: components["schemas"]["PartnerRequestedConditionResponse"][];
            /** @description Partners: their own organisation only. VLOs: everyone it was made for */
            sentTo: ("parole-board" | "mappa" | "prison" | "probation-practitioner" | "mental-health-casework-section" | "mental-health-tribunal" | "responsible-clinician")[];
            /** @description The Victim Personal Statement (partners: the version the VLO disclosed to them; VLOs: the victim's words); null when not a VPS, or once erased */
            statementText: string | null;
            /** @example 2026-11-02 */
            submittedOn: string;
            /**
             * @description The victim, pseudonymously (per victim and sentence): never their id, name or contact details
             * @example V-7KQ2M9XD4P
             */
            victimReference: string;
            /** @enum {string|null} */
            vpsPresentation: "written-only" | "read-by-victim" | "pre-recorded" | "read-by-someone-else" | null;
        };
        PartnerRequestedConditionResponse: {
            /** Format: uuid */
            conditionId: string;
            /** @description Partners: the description as the VLO disclosed it, or null when none was disclosed. VLOs: the exclusion zone in the victim's words. Null once erased */
            description: string | null;
            /** @description No description is given here (not disclosed to you, or a kind never kept in this view); ask the VLO */
            descriptionWithheld: boolean;
            /** @enum {string} */
            kind: "non-contact" | "exclusion-zone" | "other";
        };
        PartnerSentenceResponse: {
            /** @enum {string} */
            custodyStatus: "in-custody" | "on-home-detention-curfew" | "on-licence" | "licence-ended" | "detained" | "conditionally-discharged";
            /** @enum {string|null} */
            endedBy: "death" | "sentence-end" | "absolute-discharge" | "conviction-quashed" | null;
            endedOn: string | null;
            /** @description Key dates expected (hearings, parole eligibility, release, end of licence), soonest first */
            expected: components["schemas"]["ExpectedMilestoneResponse"][];
            inOpenConditions: boolean;
            /** @enum {string|null} */
            lastMilestoneKind: "parole-eligibility" | "parole-hearing-listed" | "parole-hearing-postponed" | "parole-decision" | "reconsideration" | "set-aside" | "high-court-referral" | "open-conditions-eligibility" | "prison-transfer" | "recategorisation" | "hospital-direction" | "remitted-to-prison" | "transfer-to-open-conditions" | "return-to-closed-conditions" | "release-on-temporary-licence" | "home-detention-curfew" | "release-on-licence" | "licence-conditions-set" | "recall" | "escape-or-abscond" | "return-to-custody" | "licence-end" | "sentence-end" | "release-date-changed" | "hospital-leave" | "hospital-transfer" | "tribunal-hearing-listed" | "tribunal-decision" | "conditional-discharge" | "absolute-discharge" | "discharge-conditions-varied" | "restrictions-lifted" | "appeal" | "death" | "suspended-sentence-activated" | "removal-planned" | "deportation" | "transfer-abroad" | "return-after-removal" | null;
            lastMilestoneOn: string | null;
            lengthMonths: number | null;
            /** @description Stages so far (hearings listed, decisions, releases, recalls), in the order they happened */
            milestones: components["schemas"]["SentenceMilestoneResponse"][];
            /** @enum {string} */
            offenceCategory: "specified-violent" | "specified-sexual" | "terrorism" | "stalking" | "harassment" | "coercive-control" | "breach-of-protective-order" | "domestic-abuse" | "other";
            offenceCausedDeath: boolean;
            /** @enum {string} */
            probationRegion: "north-east" | "north-west" | "yorkshire-and-the-humber" | "greater-manchester" | "wales" | "west-midlands" | "east-midlands" | "east-of-england" | "london" | "kent-surrey-and-sussex" | "south-west" | "south-central";
            /**
             * @description Offender's case reference (CRN)
             * @example X123456
             */
            reference: string;
            /** @example 2025-01-15 */
            sentenceDate: string;
            /** Format: uuid */
            sentenceId: string;
            /** @enum {string} */
            sentenceType: "determinate-custody" | "extended-determinate" | "offender-of-particular-concern" | "indeterminate-life" | "ipp" | "youth-detention" | "suspended-sentence" | "hospital-order-with-restriction" | "hospital-order-without-restriction";
            sentencingCourt: string;
        };
        PersonDetailsDto: {
            address?: components["schemas"]["PostalAddressDto"];
            /**
             * @description YYYY-MM-DD
             * @example 1980-05-01
             */
            dateOfBirth?: string;
            /** @example jane@example.org */
            email?: string;
            /** @example Jane Example */
            fullName: string;
            /**
             * @description UK phone number
             * @example 0113 496 0000
             */
            phone?: string;
        };
        PhoneResponse: {
            /** @enum {string} */
            kind: "phone" | "mobile";
            number: string;
            /** @enum {string} */
            source: "referral" | "contact-preferences";
        };
        PostalAddressDto: {
            /**
             * @description One to six lines, without the postcode. A postcode alone is refused: a letter cannot be sent to it (docs/DOMAIN-RULES.md)
             * @example [
             *       "12 Acacia Avenue",
             *       "Leeds"
             *     ]
             */
            lines: string[];
            /**
             * @description UK postcode; leave it out for an address abroad and put the foreign postcode in the lines
             * @example LS1 4AB
             */
            postcode?: string;
        };
        /** @description Every error answer. 400: `problems` names each field and the rule it broke; 409 and 422: `rule` is a code (e.g. stale-revision, first-contact-made) and `message` says why in plain English. Never a stack trace, SQL or a value you sent. */
        Problem: {
            /** @example Unprocessable Entity */
            error: string;
            /** @example This letter no longer applies: the victim has already joined the scheme. */
            message: string;
            /** @description 400: one entry per field that is not valid */
            problems?: {
                /** @example sentenceDate */
                field: string;
                /** @example sentenceDate must be a date written YYYY-MM-DD */
                message: string;
                /** @example isCivilDate */
                rule: string;
            }[];
            /**
             * @description 409 and 422: the rule, as a code
             * @example first-contact-made
             */
            rule?: string;
            /** @example 422 */
            statusCode: number;
        };
        ReasonDto: {
            /** @description The victim's reason, if they gave one */
            reason?: string;
        };
        RecalculatedSentenceDto: {
            /**
             * @description The new expected release date (YYYY-MM-DD), as the prison calculated it
             * @example 2027-03-14
             */
            expectedReleaseDate: string;
            /** Format: uuid */
            sentenceId: string;
        };
        RecalculatedSentenceResponse: {
            /**
             * Format: uuid
             * @description The release-date-changed milestone, derived from the recalculation and sentence ids
             */
            milestoneId: string;
            /**
             * @description unchanged: this recalculation already recorded the same date
             * @enum {string}
             */
            outcome: "recorded" | "unchanged";
            /** @description The sentence stream's revision after the request (If-Match for its next command) */
            revision: string;
            /** Format: uuid */
            sentenceId: string;
        };
        RecalculateReleaseDatesDto: {
            /**
             * @description The day the dates were recalculated (YYYY-MM-DD), not after today; each sentence records it as the day its date changed
             * @example 2024-09-10
             */
            date: string;
            /**
             * @description The change in the law: sds40-2024 (SI 2024/844, standard determinate sentences released at 40 per cent), sentencing-act-2026, other-law-change
             * @enum {string}
             */
            lawChange: "sds40-2024" | "sentencing-act-2026" | "other-law-change";
            /** @description The sentences the change moves, each once, at most 500 a request */
            sentences: components["schemas"]["RecalculatedSentenceDto"][];
        };
        RecalculationRecordedResponse: {
            lawChange: string;
            /** Format: uuid */
            recalculationId: string;
            /** @description Sentences whose date this request recorded */
            recorded: number;
            sentences: components["schemas"]["RecalculatedSentenceResponse"][];
            /** @description Sentences this recalculation had already recorded with the same date */
            unchanged: number;
        };
        RecalculationViewResponse: {
            /** Format: uuid */
            recalculationId: string;
            sentences: components["schemas"]["AffectedSentenceResponse"][];
        };
        RecallDetailDto: {
            /**
             * @description Prison recalls: fixed-term (automatic re-release, CJA 2003 s.255B) or standard (s.255C); never on a hospital recall
             * @enum {string}
             */
            recallType?: "fixed-term" | "standard";
            /**
             * @description Fixed-term recalls: the re-release date (YYYY-MM-DD); the victim is told it
             * @example 2027-03-31
             */
            reReleaseDate?: string;
        };
        RecategorisationDetailDto: {
            /**
             * @description The new security category (adult men A-D; women and young adults restricted status, closed or open). Never the establishment
             * @enum {string}
             */
            category: "category-a" | "category-b" | "category-c" | "category-d" | "restricted-status" | "closed" | "open";
        };
        ReceiveReferralDto: {
            /** @enum {string} */
            circumstance: "adult-victim" | "child-victim" | "deceased-victim" | "bereaved-relative";
            /** @description true: nobody takes the case on yet; it waits on the unit's unallocated list for a manager */
            leaveUnallocated?: boolean;
            /** @description The victim's name, date of birth and contact details (personal data, encrypted for this victim) */
            personal: components["schemas"]["PersonDetailsDto"];
            /**
             * @description The day the referral was received (YYYY-MM-DD); timescales run from it
             * @example 2026-10-05
             */
            receivedOn: string;
            /**
             * @description The scheme the victim is referred for; it decides which timescale runs
             * @enum {string}
             */
            referredFor: "vcs" | "vns";
            /**
             * Format: uuid
             * @description The sentence the victim is referred on (recorded first through POST /sentences)
             */
            sentenceId: string;
            /** @enum {string} */
            source: "witness-care-unit" | "court" | "youth-offending-team" | "police" | "self-referral" | "other";
            /**
             * Format: uuid
             * @description UUID chosen by the caller; generated when absent
             */
            victimId?: string;
            /**
             * @description The victim liaison officer the case is allocated to (staff user id). Absent: a VLO recording the referral takes it on themselves (a VLO may name only themselves); a manager's referral waits on the unit's unallocated list.
             * @example vlo-london
             */
            victimLiaisonOfficerId?: string;
        };
        ReconsiderationDetailDto: {
            /**
             * @description Who applied; required when stage is applied, refused otherwise
             * @enum {string}
             */
            appliedBy?: "prisoner" | "secretary-of-state";
            /**
             * @description The outcome; required when stage is decided, refused otherwise
             * @enum {string}
             */
            outcome?: "granted" | "refused";
            /**
             * @description applied: an application was made (within 21 days of the decision being provided to the parties; indeterminate, extended and Board-release sentences only; never open-conditions advice); decided: its outcome
             * @enum {string}
             */
            stage: "applied" | "decided";
        };
        RecordContactDto: {
            /**
             * @description Why a contact the VLO started went by a channel the victim has not chosen: needed then, refused otherwise (other: describe it in personal.channelReasonDetail)
             * @enum {string}
             */
            channelReason?: "victim-asked" | "urgent-safety" | "chosen-channel-failed" | "other";
            /**
             * Format: uuid
             * @description UUID chosen by the caller; generated when absent (the answer carries it)
             */
            contactId?: string;
            /**
             * @description Who started the contact: inbound the victim (or the person acting for them), outbound the VLO
             * @enum {string}
             */
            direction: "inbound" | "outbound";
            /**
             * @description When to follow up (YYYY-MM-DD)
             * @example 2026-11-04
             */
            followUpOn?: string;
            /** @enum {string} */
            method: "phone" | "letter" | "email" | "sms" | "home-visit" | "meeting";
            /**
             * @description YYYY-MM-DD
             * @example 2026-10-21
             */
            occurredOn: string;
            personal: components["schemas"]["ContactNotesDto"];
            /** @enum {string} */
            result: "contact-made" | "letter-sent" | "email-sent" | "sms-sent" | "message-left" | "no-answer" | "returned-undelivered" | "other";
            /** @description Needed for an outbound letter when the victim has a safety flag */
            safetyCheck?: components["schemas"]["SafetyCheckDto"];
            /**
             * Format: uuid
             * @description The contact was with this person nominated to act for the victim
             */
            withActingPersonId?: string;
        };
        RecordInterAgencyMeetingDto: {
            /** @description Actions agreed, each for one of victimsConsidered; none when left out */
            actions?: components["schemas"]["MeetingActionDto"][];
            /** @description At least one, none twice */
            agenciesPresent: ("probation" | "victim-liaison-unit" | "police" | "prison" | "youth-justice" | "health" | "mental-health-casework-section" | "local-authority" | "housing" | "childrens-services" | "adult-social-care" | "parole-board" | "home-office-immigration" | "domestic-abuse-service" | "other")[];
            /**
             * @description YYYY-MM-DD; on or after the sentence date, not after today
             * @example 2027-03-01
             */
            heldOn: string;
            /** @enum {string} */
            kind: "mappa" | "parole" | "marac" | "other";
            /** @description Required for a MAPPA meeting; other kinds carry none (refused by the scheme rules, 422) */
            mappa?: components["schemas"]["MappaDto"];
            /**
             * Format: uuid
             * @description UUID chosen by the caller; when absent it is generated (derived from the Idempotency-Key when one is sent, so a retry records nothing twice)
             */
            meetingId?: string;
            /**
             * @description Personal data: what was said about each victim, as an object keyed by victimId (only victims in victimsConsidered). Stored keyed by victim so each entry is encrypted with that victim's own key (erasing one victim leaves the others readable). Validation: the DTO turns the object into a Map so every entry is validated and whitelisted as MeetingNotesAboutVictim, and problems name personal.<victimId>.<field>; the handler turns it back into the keyed object the event stores.
             * @example {
             *       "6b1d7c7e-3c3a-4b8e-9f0e-2a4b5c6d7e8f": {
             *         "viewsPresented": "Wants an exclusion zone around her workplace",
             *         "notes": "…"
             *       }
             *     }
             */
            personal?: {
                [key: string]: components["schemas"]["MeetingNotesAboutVictimDto"];
            };
            /** @description At least one victim, each linked to this sentence, none twice */
            victimsConsidered: components["schemas"]["VictimConsideredDto"][];
        };
        RecordRightExplainedDto: {
            /**
             * @description The day the victim was told (YYYY-MM-DD; not after today)
             * @example 2026-10-21
             */
            explainedOn: string;
            /**
             * @description unduly-lenient-sentence-scheme: 28 days from sentence for a request to the Attorney General
             * @enum {string}
             */
            right: "unduly-lenient-sentence-scheme";
            /**
             * Format: uuid
             * @description The sentence (linked to the victim)
             */
            sentenceId: string;
        };
        RecordSentenceDto: {
            /** @description Custodial term in months (fixed-term custody only) */
            lengthMonths?: number;
            /** @description An offence against a child (DVCV Act 2004 s.45(2)(c)): statutory VCS with custody of 12 months or more. Absent: no. */
            offenceAgainstChild?: boolean;
            /** @enum {string} */
            offenceCategory: "specified-violent" | "specified-sexual" | "terrorism" | "stalking" | "harassment" | "coercive-control" | "breach-of-protective-order" | "domestic-abuse" | "other";
            /** @description The offence caused the victim's death (bereaved relatives are in the scheme) */
            offenceCausedDeath: boolean;
            /** @enum {string} */
            probationRegion: "north-east" | "north-west" | "yorkshire-and-the-humber" | "greater-manchester" | "wales" | "west-midlands" | "east-midlands" | "east-of-england" | "london" | "kent-surrey-and-sussex" | "south-west" | "south-central";
            /**
             * @description Case reference (CRN): one letter and six digits
             * @example X123456
             */
            reference: string;
            /**
             * @description YYYY-MM-DD
             * @example 2026-10-01
             */
            sentenceDate: string;
            /**
             * Format: uuid
             * @description UUID chosen by the caller; generated when absent
             */
            sentenceId?: string;
            /** @enum {string} */
            sentenceType: "determinate-custody" | "extended-determinate" | "offender-of-particular-concern" | "indeterminate-life" | "ipp" | "youth-detention" | "suspended-sentence" | "hospital-order-with-restriction" | "hospital-order-without-restriction";
            /** @example Leeds Crown Court */
            sentencingCourt: string;
            /** @description The offender is subject to the sex-offender notification requirements (Sexual Offences Act 2003 Part 2) for this offence: statutory VCS with custody of 12 months or more (DVCV Act 2004 s.45(2)(b)). Absent: no. */
            sexOffenderNotification?: boolean;
        };
        RecordSentenceMilestoneDto: {
            /**
             * @description The day the stage happened or was decided (YYYY-MM-DD), not after today; later dates it sets (hearing, review, end of conditions) go in detail
             * @example 2027-03-01
             */
            date: string;
            /** @description The structured detail of the stage; its shape depends on kind (parole-eligibility → ParoleEligibilityDetailDto; parole-hearing-listed → ParoleHearingListedDetailDto; parole-hearing-postponed → ParoleHearingPostponedDetailDto; parole-decision → ParoleDecisionDetailDto; reconsideration → ReconsiderationDetailDto; set-aside → SetAsideDetailDto; escape-or-abscond → EscapeOrAbscondDetailDto; return-to-custody → NoMilestoneDetailDto; high-court-referral → HighCourtReferralDetailDto; open-conditions-eligibility → OpenConditionsEligibilityDetailDto; prison-transfer → NoMilestoneDetailDto; recategorisation → RecategorisationDetailDto; hospital-direction → HospitalDirectionDetailDto; remitted-to-prison → NoMilestoneDetailDto; transfer-to-open-conditions → NoMilestoneDetailDto; return-to-closed-conditions → NoMilestoneDetailDto; release-on-temporary-licence → ReleaseOnTemporaryLicenceDetailDto; home-detention-curfew → NoMilestoneDetailDto; release-on-licence → NoMilestoneDetailDto; licence-conditions-set → LicenceConditionsSetDetailDto; recall → RecallDetailDto; licence-end → NoMilestoneDetailDto; sentence-end → NoMilestoneDetailDto; release-date-changed → ReleaseDateChangedDetailDto; hospital-leave → HospitalLeaveDetailDto; hospital-transfer → HospitalTransferDetailDto; tribunal-hearing-listed → TribunalHearingListedDetailDto; tribunal-decision → TribunalDecisionDetailDto; conditional-discharge → ConditionalDischargeDetailDto; absolute-discharge → NoMilestoneDetailDto; discharge-conditions-varied → DischargeConditionsVariedDetailDto; restrictions-lifted → NoMilestoneDetailDto; appeal → AppealDetailDto; death → DeathDetailDto; suspended-sentence-activated → SuspendedSentenceActivatedDetailDto; removal-planned → RemovalPlannedDetailDto; deportation → NoMilestoneDetailDto; transfer-abroad → NoMilestoneDetailDto; return-after-removal → NoMilestoneDetailDto). Unknown fields are refused, and problems name detail.<field>. It may be left out for kinds without required detail fields. No free text: the sentence record holds nothing that could identify or locate a victim. */
            detail?: components["schemas"]["ParoleEligibilityDetailDto"] | components["schemas"]["ParoleHearingListedDetailDto"] | components["schemas"]["ParoleHearingPostponedDetailDto"] | components["schemas"]["ParoleDecisionDetailDto"] | components["schemas"]["ReconsiderationDetailDto"] | components["schemas"]["SetAsideDetailDto"] | components["schemas"]["EscapeOrAbscondDetailDto"] | components["schemas"]["NoMilestoneDetailDto"] | components["schemas"]["HighCourtReferralDetailDto"] | components["schemas"]["OpenConditionsEligibilityDetailDto"] | components["schemas"]["RecategorisationDetailDto"] | components["schemas"]["HospitalDirectionDetailDto"] | components["schemas"]["ReleaseOnTemporaryLicenceDetailDto"] | components["schemas"]["LicenceConditionsSetDetailDto"] | components["schemas"]["RecallDetailDto"] | components["schemas"]["ReleaseDateChangedDetailDto"] | components["schemas"]["HospitalLeaveDetailDto"] | components["schemas"]["HospitalTransferDetailDto"] | components["schemas"]["TribunalHearingListedDetailDto"] | components["schemas"]["TribunalDecisionDetailDto"] | components["schemas"]["ConditionalDischargeDetailDto"] | components["schemas"]["DischargeConditionsVariedDetailDto"] | components["schemas"]["AppealDetailDto"] | components["schemas"]["DeathDetailDto"] | components["schemas"]["SuspendedSentenceActivatedDetailDto"] | components["schemas"]["RemovalPlannedDetailDto"];
            /**
             * @description The key stage reached; which kinds apply depends on the sentence (prison sentence or hospital order)
             * @enum {string}
             */
            kind: "parole-eligibility" | "parole-hearing-listed" | "parole-hearing-postponed" | "parole-decision" | "reconsideration" | "set-aside" | "high-court-referral" | "open-conditions-eligibility" | "prison-transfer" | "recategorisation" | "hospital-direction" | "remitted-to-prison" | "transfer-to-open-conditions" | "return-to-closed-conditions" | "release-on-temporary-licence" | "home-detention-curfew" | "release-on-licence" | "licence-conditions-set" | "recall" | "escape-or-abscond" | "return-to-custody" | "licence-end" | "sentence-end" | "release-date-changed" | "hospital-leave" | "hospital-transfer" | "tribunal-hearing-listed" | "tribunal-decision" | "conditional-discharge" | "absolute-discharge" | "discharge-conditions-varied" | "restrictions-lifted" | "appeal" | "death" | "suspended-sentence-activated" | "removal-planned" | "deportation" | "transfer-abroad" | "return-after-removal";
            /**
             * Format: uuid
             * @description UUID chosen by the caller; when absent it is generated (derived from the Idempotency-Key when one is sent, so a retry records nothing twice)
             */
            milestoneId?: string;
        };
        ReferralsMonth: {
            /** @description Eligible sentences whose referral deadline (10 working days after sentence; VNS 3) fell this month and passed with no victim referred by then */
            missedReferrals: number;
            /** @example 2026-11 */
            month: string;
            /** @description Victims referred (received this month) */
            referrals: number;
        };
        ReferralsResponse: {
            /** @example 2026-01 */
            from: string;
            months: components["schemas"]["ReferralsMonth"][];
            /** @example 2026-12 */
            to: string;
            /**
             * @description Today in England and Wales: deadlines are compared with it
             * @example 2026-12-07
             */
            today: string;
            /**
             * @description The units counted: the caller’s own
             * @example [
             *       "london"
             *     ]
             */
            units: string[];
        };
        RejoinSchemeDto: {
            /**
             * @description The day the victim rejoined (YYYY-MM-DD)
             * @example 2026-11-10
             */
            rejoinedOn: string;
            /**
             * @description User id of the victim liaison officer assigned to the victim
             * @example vlo-7
             */
            victimLiaisonOfficerId: string;
        };
        ReleaseDateChangedDetailDto: {
            /**
             * @description The new expected release date (YYYY-MM-DD)
             * @example 2029-06-30
             */
            expectedReleaseDate: string;
            /**
             * @description The change in the law (sds40-2024: SI 2024/844, release at 40 per cent); required when reason is change-in-law, refused otherwise. Many sentences at once: PUT /release-law-changes/recalculations/{recalculationId}
             * @enum {string}
             */
            lawChange?: "sds40-2024" | "sentencing-act-2026" | "other-law-change";
            /**
             * @description change-in-law: the release point moved by law (name it in lawChange)
             * @enum {string}
             */
            reason: "added-days" | "recalculation" | "remand-time-credited" | "change-in-law" | "other";
        };
        ReleaseOnTemporaryLicenceDetailDto: {
            /**
             * @description The day the offender is due back (YYYY-MM-DD)
             * @example 2027-03-17
             */
            returnDate?: string;
        };
        RemovalPlannedDetailDto: {
            /**
             * @description The planned removal day, when known (YYYY-MM-DD)
             * @example 2027-09-01
             */
            expectedOn?: string;
            /**
             * @description early-removal-scheme (fixed-term prisoners, CJA 2003 s.260), tariff-expired-removal-scheme (indeterminate prisoners) or deportation-order; never where to
             * @enum {string}
             */
            route: "early-removal-scheme" | "tariff-expired-removal-scheme" | "deportation-order";
        };
        RepresentationDisclosureResponse: {
            /** @description The VLO who approved the disclosed version */
            approvedBy: string;
            /**
             * @description Their name from the staff directory; null when it has none for them
             * @example Alex Morgan
             */
            approvedByName: string | null;
            /** @example 2026-11-05 */
            disclosedOn: string;
            /** @description The screen's flags the VLO confirmed */
            flagged: ("victim-name" | "name" | "victim-address" | "street-address" | "postcode" | "phone-number" | "email-address")[];
            /** @enum {string} */
            recipient: "parole-board" | "mappa" | "prison" | "probation-practitioner" | "mental-health-casework-section" | "mental-health-tribunal" | "responsible-clinician";
        };
        RepresentationPersonalDto: {
            /** @description By condition id: the exclusion zone, who must not be contacted, or what else is asked (required for exclusion-zone and other) */
            conditionDescriptions?: {
                [key: string]: string;
            };
            /** @description The Victim Personal Statement; required for, and only for, a VPS. It must not say where the victim can be found. */
            statementText?: string;
        };
        RepresentationSubmittedResponse: {
            /**
             * @example [
             *       "VictimEnrolled"
             *     ]
             */
            events: string[];
            /**
             * Format: uuid
             * @description The victim id
             */
            id: string;
            /**
             * @description Global position of the last event ("commit/prepare"), for queries to wait on
             * @example 1042/1042
             */
            position: string | null;
            /**
             * Format: uuid
             * @description The id of the representation submitted
             */
            representationId: string;
            /**
             * @description The victim record's revision after the command: send it back as If-Match
             * @example 3
             */
            revision: string;
            /** @example victim-0b6f1e52-6c1a-4d8e-9c3f-2a7d5e4b1c90 */
            streamId: string;
        };
        RequestedConditionDto: {
            /**
             * Format: uuid
             * @description Chosen by the caller; keys the condition's description in personal.conditionDescriptions
             */
            conditionId: string;
            /** @enum {string} */
            kind: "non-contact" | "exclusion-zone" | "other";
        };
        RetentionReviewPageResponse: {
            items: components["schemas"]["RetentionReviewResponse"][];
            page: number;
            pageSize: number;
            total: number;
        };
        RetentionReviewResponse: {
            /**
             * @description When the case closed
             * @example 2020-03-31
             */
            closedOn: string | null;
            closureReason: string | null;
            description: string;
            /**
             * @description When the review was raised
             * @example 2026-04-01
             */
            raisedOn: string | null;
            region: string | null;
            rule: string;
            /** @example retention-review:0b6f1e52-…:2020-03-31 */
            taskId: string;
            /** Format: uuid */
            victimId: string;
        };
        RetryParkedWorkBody: {
            /**
             * @description Only this consumer (e.g. notification-planner); every consumer when omitted
             * @example notification-planner
             */
            consumer?: string;
        };
        RetryParkedWorkResponse: {
            /** @description Parked events now asked to be retried (the worker replays them in order within seconds) */
            retryRequested: number;
        };
        ReturnCommentsDto: {
            comments: string;
        };
        ReturnLetterDto: {
            personal: components["schemas"]["ReturnCommentsDto"];
        };
        ReviewQueueItemResponse: {
            approved: components["schemas"]["LetterStepResponse"] | null;
            drafted: components["schemas"]["LetterStepResponse"];
            /** Format: uuid */
            letterId: string;
            notificationId: string | null;
            region: string | null;
            returned: components["schemas"]["LetterStepResponse"] | null;
            /** @description Null until approved, and for a letter drafted on its own approved before the service sent such letters (posted by hand) */
            sending: components["schemas"]["LetterSendingResponse"] | null;
            /** Format: date-time */
            sentAt: string | null;
            /** @description The notification stage the letter is about */
            stage: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "returned" | "approved" | "sent";
            subject: string;
            submitted: components["schemas"]["LetterStepResponse"] | null;
            /** Format: date-time */
            updatedAt: string;
            /** Format: uuid */
            victimId: string;
            /** @description False when you drafted or edited the letter: someone else must approve it (four eyes) */
            youMayApprove: boolean;
        };
        ReviewQueueResponse: {
            items: components["schemas"]["ReviewQueueItemResponse"][];
            page: number;
            pageSize: number;
            total: number;
        };
        SafetyCheckDto: {
            /**
             * @description User id of the person who checked
             * @example vlo-7
             */
            checkedBy: string;
            /**
             * @description YYYY-MM-DD
             * @example 2026-10-21
             */
            checkedOn: string;
        };
        SafetyResponse: {
            /** @description Domestic-abuse or other safety concern: a safety check is needed before any letter */
            flag: boolean;
            /** @description { checkedBy, checkedOn, contactId } of the latest safety check recorded */
            lastCheck: {
                [key: string]: unknown;
            } | null;
        };
        SentenceCommandResultResponse: {
            /**
             * @example [
             *       "SentenceMilestoneReached"
             *     ]
             */
            events: string[];
            /**
             * Format: uuid
             * @description The sentence id
             */
            id: string;
            /**
             * @description Global position of the last event ("commit/prepare"), for queries to wait on
             * @example 1042/1042
             */
            position: string | null;
            /**
             * @description The sentence record's revision after the command (also the ETag): send it back as If-Match
             * @example 2
             */
            revision: string;
            /** @example sentence-0b6f1e52-6c1a-4d8e-9c3f-2a7d5e4b1c90 */
            streamId: string;
        };
        SentenceMilestoneResponse: {
            /**
             * @description The day the stage happened or was decided
             * @example 2026-03-01
             */
            date: string;
            /** @description Structured detail of the stage (no free text) */
            detail: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            kind: "parole-eligibility" | "parole-hearing-listed" | "parole-hearing-postponed" | "parole-decision" | "reconsideration" | "set-aside" | "high-court-referral" | "open-conditions-eligibility" | "prison-transfer" | "recategorisation" | "hospital-direction" | "remitted-to-prison" | "transfer-to-open-conditions" | "return-to-closed-conditions" | "release-on-temporary-licence" | "home-detention-curfew" | "release-on-licence" | "licence-conditions-set" | "recall" | "escape-or-abscond" | "return-to-custody" | "licence-end" | "sentence-end" | "release-date-changed" | "hospital-leave" | "hospital-transfer" | "tribunal-hearing-listed" | "tribunal-decision" | "conditional-discharge" | "absolute-discharge" | "discharge-conditions-varied" | "restrictions-lifted" | "appeal" | "death" | "suspended-sentence-activated" | "removal-planned" | "deportation" | "transfer-abroad" | "return-after-removal";
            /** Format: uuid */
            milestoneId: string;
        };
        SentencePageResponse: {
            items: components["schemas"]["SentenceSummaryResponse"][];
            page: number;
            pageSize: number;
            total: number;
        };
        SentenceSummaryResponse: {
            /** @enum {string} */
            custodyStatus: "in-custody" | "on-home-detention-curfew" | "on-licence" | "licence-ended" | "detained" | "conditionally-discharged";
            /** @enum {string|null} */
            endedBy: "death" | "sentence-end" | "absolute-discharge" | "conviction-quashed" | null;
            endedOn: string | null;
            inOpenConditions: boolean;
            /** @enum {string|null} */
            lastMilestoneKind: "parole-eligibility" | "parole-hearing-listed" | "parole-hearing-postponed" | "parole-decision" | "reconsideration" | "set-aside" | "high-court-referral" | "open-conditions-eligibility" | "prison-transfer" | "recategorisation" | "hospital-direction" | "remitted-to-prison" | "transfer-to-open-conditions" | "return-to-closed-conditions" | "release-on-temporary-licence" | "home-detention-curfew" | "release-on-licence" | "licence-conditions-set" | "recall" | "escape-or-abscond" | "return-to-custody" | "licence-end" | "sentence-end" | "release-date-changed" | "hospital-leave" | "hospital-transfer" | "tribunal-hearing-listed" | "tribunal-decision" | "conditional-discharge" | "absolute-discharge" | "discharge-conditions-varied" | "restrictions-lifted" | "appeal" | "death" | "suspended-sentence-activated" | "removal-planned" | "deportation" | "transfer-abroad" | "return-after-removal" | null;
            lastMilestoneOn: string | null;
            lengthMonths: number | null;
            /** @enum {string} */
            offenceCategory: "specified-violent" | "specified-sexual" | "terrorism" | "stalking" | "harassment" | "coercive-control" | "breach-of-protective-order" | "domestic-abuse" | "other";
            offenceCausedDeath: boolean;
            /** @enum {string} */
            probationRegion: "north-east" | "north-west" | "yorkshire-and-the-humber" | "greater-manchester" | "wales" | "west-midlands" | "east-midlands" | "east-of-england" | "london" | "kent-surrey-and-sussex" | "south-west" | "south-central";
            /**
             * @description Offender's case reference (CRN)
             * @example X123456
             */
            reference: string;
            /** @example 2025-01-15 */
            sentenceDate: string;
            /** Format: uuid */
            sentenceId: string;
            /** @enum {string} */
            sentenceType: "determinate-custody" | "extended-determinate" | "offender-of-particular-concern" | "indeterminate-life" | "ipp" | "youth-detention" | "suspended-sentence" | "hospital-order-with-restriction" | "hospital-order-without-restriction";
            sentencingCourt: string;
        };
        SentenceVictimResponse: {
            /** @example 2025-01-20 */
            linkedOn: string;
            /** @enum {string} */
            linkedVia: "referral" | "linked" | "enrolment";
            /** @enum {string|null} */
            referredFor: "vcs" | "vns" | null;
            /** @enum {string|null} */
            scheme: "vcs-statutory" | "vcs-discretionary" | "vns" | null;
            /** @enum {string|null} */
            status: "referred" | "enrolled" | "declined" | "withdrawn" | null;
            statusOn: string | null;
            /** Format: uuid */
            victimId: string;
            /**
             * @description The pseudonymous reference partners see for this victim
             * @example V-7KQ2M9XD4P
             */
            victimReference: string;
        };
        SentenceViewResponse: {
            /** @enum {string} */
            custodyStatus: "in-custody" | "on-home-detention-curfew" | "on-licence" | "licence-ended" | "detained" | "conditionally-discharged";
            /** @enum {string|null} */
            endedBy: "death" | "sentence-end" | "absolute-discharge" | "conviction-quashed" | null;
            endedOn: string | null;
            /** @description Expected stages, soonest first (undated last) */
            expected: components["schemas"]["ExpectedMilestoneResponse"][];
            inOpenConditions: boolean;
            /** @enum {string|null} */
            lastMilestoneKind: "parole-eligibility" | "parole-hearing-listed" | "parole-hearing-postponed" | "parole-decision" | "reconsideration" | "set-aside" | "high-court-referral" | "open-conditions-eligibility" | "prison-transfer" | "recategorisation" | "hospital-direction" | "remitted-to-prison" | "transfer-to-open-conditions" | "return-to-closed-conditions" | "release-on-temporary-licence" | "home-detention-curfew" | "release-on-licence" | "licence-conditions-set" | "recall" | "escape-or-abscond" | "return-to-custody" | "licence-end" | "sentence-end" | "release-date-changed" | "hospital-leave" | "hospital-transfer" | "tribunal-hearing-listed" | "tribunal-decision" | "conditional-discharge" | "absolute-discharge" | "discharge-conditions-varied" | "restrictions-lifted" | "appeal" | "death" | "suspended-sentence-activated" | "removal-planned" | "deportation" | "transfer-abroad" | "return-after-removal" | null;
            lastMilestoneOn: string | null;
            lengthMonths: number | null;
            /** @description Milestones so far, in the order they happened */
            milestones: components["schemas"]["SentenceMilestoneResponse"][];
            /** @enum {string} */
            offenceCategory: "specified-violent" | "specified-sexual" | "terrorism" | "stalking" | "harassment" | "coercive-control" | "breach-of-protective-order" | "domestic-abuse" | "other";
            offenceCausedDeath: boolean;
            /** @enum {string} */
            probationRegion: "north-east" | "north-west" | "yorkshire-and-the-humber" | "greater-manchester" | "wales" | "west-midlands" | "east-midlands" | "east-of-england" | "london" | "kent-surrey-and-sussex" | "south-west" | "south-central";
            /**
             * @description Offender's case reference (CRN)
             * @example X123456
             */
            reference: string;
            /**
             * @description Revision of the sentence's stream this view reflects (also the ETag): send it as If-Match with the next sentence command
             * @example 3
             */
            revision: string;
            /** @example 2025-01-15 */
            sentenceDate: string;
            /** Format: uuid */
            sentenceId: string;
            /** @enum {string} */
            sentenceType: "determinate-custody" | "extended-determinate" | "offender-of-particular-concern" | "indeterminate-life" | "ipp" | "youth-detention" | "suspended-sentence" | "hospital-order-with-restriction" | "hospital-order-without-restriction";
            sentencingCourt: string;
            /** @description Victims linked to the sentence (ids and scheme status only, no personal data) */
            victims: components["schemas"]["SentenceVictimResponse"][];
        };
        SetAsideDetailDto: {
            /**
             * @description Who applied (or board-chair: initiated); required when stage is applied, refused otherwise
             * @enum {string}
             */
            appliedBy?: "prisoner" | "secretary-of-state" | "board-chair";
            /**
             * @description The outcome; required when stage is decided, refused otherwise
             * @enum {string}
             */
            outcome?: "set-aside" | "refused";
            /**
             * @description Parole Board Rules 2019 r.28A: applied (a party applied or the Board chair initiated) or decided
             * @enum {string}
             */
            stage: "applied" | "decided";
        };
        StagesToHearAboutDto: {
            /** @enum {string} */
            choice: "all-key-stages" | "release-month-only" | "annual-letter" | "chosen-stages";
            /** @description Only with chosen-stages */
            chosenStages?: ("parole-eligibility" | "parole-hearing-listed" | "parole-hearing-postponed" | "parole-decision" | "reconsideration" | "set-aside" | "high-court-referral" | "open-conditions-eligibility" | "prison-transfer" | "recategorisation" | "hospital-direction" | "remitted-to-prison" | "transfer-to-open-conditions" | "return-to-closed-conditions" | "release-on-temporary-licence" | "home-detention-curfew" | "release-on-licence" | "licence-conditions-set" | "recall" | "escape-or-abscond" | "return-to-custody" | "licence-end" | "sentence-end" | "release-date-changed" | "hospital-leave" | "hospital-transfer" | "tribunal-hearing-listed" | "tribunal-decision" | "conditional-discharge" | "absolute-discharge" | "discharge-conditions-varied" | "restrictions-lifted" | "appeal" | "death" | "suspended-sentence-activated" | "removal-planned" | "deportation" | "transfer-abroad" | "return-after-removal")[];
        };
        SubjectAccessExportResponse: {
            /** @description Every access-audit entry naming the victim */
            accessAudit: {
                [key: string]: unknown;
            }[];
            /** @description True once the victim's personal data was erased: the export then holds none */
            erased: boolean;
            erasure: {
                destroyedAt?: string;
                destroyedBy?: string;
                reason?: string;
            } | null;
            /** Format: date-time */
            exportedAt: string;
            exportedBy: {
                role?: string;
                userId?: string;
            };
            /** @enum {string} */
            kind: "subject-access-export";
            notes: string[];
            /** @description Every read-model row about the victim, by table */
            readModels: {
                [key: string]: {
                    [key: string]: unknown;
                }[];
            };
            /** @description Each linked sentence: reference, date, milestones that protect the victim, meetings that considered them */
            sentences: {
                [key: string]: unknown;
            }[];
            /** @description The victim's own stream, every event, personal data decrypted */
            victimEvents: {
                [key: string]: unknown;
            }[];
            /** Format: uuid */
            victimId: string;
        };
        SubmitRepresentationDto: {
            /** @enum {string} */
            kind: "licence-conditions" | "discharge-conditions" | "victim-personal-statement" | "victim-impact-statement";
            personal?: components["schemas"]["RepresentationPersonalDto"];
            /**
             * Format: uuid
             * @description UUID chosen by the caller; generated when absent (the answer carries it)
             */
            representationId?: string;
            /** @description At least one for licence or discharge conditions; none for a VPS */
            requestedConditions?: components["schemas"]["RequestedConditionDto"][];
            /**
             * Format: uuid
             * @description The sentence the representation is about (linked to the victim)
             */
            sentenceId: string;
            /** @description The decision makers it was sent to */
            sentTo: ("parole-board" | "mappa" | "prison" | "probation-practitioner" | "mental-health-casework-section" | "mental-health-tribunal" | "responsible-clinician")[];
            /**
             * @description YYYY-MM-DD
             * @example 2026-11-02
             */
            submittedOn: string;
            /**
             * @description How a VPS is to be presented at an oral hearing; required for, and only for, a VPS
             * @enum {string}
             */
            vpsPresentation?: "written-only" | "read-by-victim" | "pre-recorded" | "read-by-someone-else";
        };
        SuspendedSentenceActivatedDetailDto: {
            /**
             * @description The court activated the custodial term in full or in part (Sentencing Act 2020 Sch. 16) on a breach or a further offence
             * @enum {string}
             */
            activation: "full" | "part";
        };
        TaskLetterResponse: {
            /** Format: uuid */
            letterId: string;
            /**
             * @description The notification stage the letter is about (null for a letter drafted before it was kept)
             * @example parole-hearing-listed
             */
            stage: string | null;
        };
        TaskNotificationResponse: {
            /** @enum {string} */
            channel: "letter" | "email" | "phone" | "sms";
            /**
             * Format: uuid
             * @description The letter drafted for it, once there is one
             */
            letterId: string | null;
            /** Format: uuid */
            notificationId: string;
            /**
             * @description The notification stage: the `stage` a letter for it is drafted with
             * @example parole-hearing-listed
             */
            stage: string;
        };
        TaskParkedWorkResponse: {
            /**
             * @description The consumer that parked it: a read model projector, notification-planner, notification-dispatcher, erasure-completion or retention-job
             * @example notification-planner
             */
            consumer: string;
            /**
             * @description The error's class (its name); never its values
             * @example DateOutsideCalendar
             */
            errorClass: string;
            /**
             * Format: uuid
             * @description The event it failed on (a retention step: the id of that work)
             */
            eventId: string;
            /**
             * @description The event (or retention step) it failed on
             * @example SentenceMilestoneReached
             */
            eventType: string;
            /**
             * Format: date-time
             * @description When it was parked (last failed)
             */
            parkedAt: string;
            /**
             * @description The stream whose work waits, e.g. victim-<id>, sentence-<id>
             * @example sentence-3f1c…
             */
            streamId: string;
        };
        TimelineActorResponse: {
            /**
             * @description Who did it in words: a member of staff's name from the staff directory, or the service's own process in words (role WORKER: 'The service (sent automatically)'); null for staff the directory has no name for
             * @example Priya Shah
             */
            name: string | null;
            role: string;
            userId: string;
        };
        TimelineEntryResponse: {
            /** Format: uuid */
            eventId: string;
            /** @example ContactRecorded */
            eventType: string;
            /**
             * Format: date-time
             * @description When it happened (event metadata occurredAt)
             */
            occurredAt: string;
            /**
             * @description Global position in the history: the timeline order
             * @example 1042/17
             */
            position: string;
            /**
             * Format: uuid
             * @description The sentence the entry is about, when any
             */
            sentenceId: string | null;
            /**
             * @description victim-<id> or sentence-<id>
             * @example victim-…
             */
            stream: string;
            streamRevision: string;
            /** @example Contact recorded: phone call, outbound, reached the victim, on 2 November 2026 */
            what: string;
            who: components["schemas"]["TimelineActorResponse"];
        };
        TimeNotToCallDto: {
            days: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")[];
            /**
             * @description HH:MM, local time
             * @example 17:00
             */
            from: string;
            /**
             * @description HH:MM, local time, after from (split a window that crosses midnight)
             * @example 19:30
             */
            to: string;
        };
        TransferCaseDto: {
            /** @description Why, in words (personal data: kept encrypted in the history) */
            note?: string;
            /** @enum {string} */
            reason: "victim-moved" | "offender-managed-elsewhere" | "referred-to-wrong-unit" | "workload" | "other";
            /**
             * @description The victim liaison unit that takes the case
             * @example london
             * @enum {string}
             */
            toUnit: "north-east" | "north-west" | "yorkshire-and-the-humber" | "greater-manchester" | "wales" | "west-midlands" | "east-midlands" | "east-of-england" | "london" | "kent-surrey-and-sussex" | "south-west" | "south-central";
            /**
             * @description YYYY-MM-DD
             * @example 2026-11-20
             */
            transferredOn: string;
        };
        TribunalDecisionDetailDto: {
            /** @enum {string} */
            outcome: "not-discharged" | "conditional-discharge" | "deferred-conditional-discharge" | "absolute-discharge";
        };
        TribunalHearingListedDetailDto: {
            /**
             * @description The hearing date (YYYY-MM-DD); not before the day it was listed
             * @example 2027-05-10
             */
            hearingDate: string;
        };
        UpdateContactPreferencesDto: {
            /** @description In order of preference */
            channels: ("letter" | "email" | "phone" | "sms")[];
            personal: components["schemas"]["ContactPreferencesPersonalDto"];
            /** @description Domestic-abuse or other safety concern: someone must check it is safe before any letter is sent */
            safetyCheckBeforeLetters: boolean;
            stages: components["schemas"]["StagesToHearAboutDto"];
            /**
             * @description The day the victim gave these preferences (YYYY-MM-DD)
             * @example 2026-10-20
             */
            updatedOn: string;
        };
        UpdateVictimDetailsDto: {
            personal: components["schemas"]["VictimIdentityCorrectionDto"];
            /**
             * @description The day the correction was made (YYYY-MM-DD)
             * @example 2026-11-20
             */
            updatedOn: string;
        };
        VictimCaseListItem: {
            /** @description Personal data; null after erasure */
            fullName: string | null;
            lastContactOn: string | null;
            nextDue: components["schemas"]["NextDueResponse"] | null;
            probationRegion: string | null;
            safetyFlag: boolean;
            scheme: string | null;
            sentences: components["schemas"]["CaseListSentenceResponse"][];
            /** @enum {string} */
            status: "referred" | "enrolled" | "declined" | "withdrawn" | "rejoined";
            /** Format: date-time */
            updatedAt: string;
            /** Format: uuid */
            victimId: string;
            victimLiaisonOfficerId: string | null;
        };
        VictimCaseListResponse: {
            items: components["schemas"]["VictimCaseListItem"][];
            page: number;
            pageSize: number;
            total: number;
        };
        VictimCaseResponse: {
            actingPersons: components["schemas"]["ActingPersonResponse"][];
            circumstance: string;
            /** @description A child victim's month of turning 18 and the handover; null for adults and when no date of birth was given */
            comingOfAge: components["schemas"]["ComingOfAgeResponse"] | null;
            /** @description Personal data; null after erasure */
            contactDetails: components["schemas"]["ContactDetailsResponse"] | null;
            contactPreferences: components["schemas"]["ContactPreferencesResponse"] | null;
            counts: components["schemas"]["CaseCountsResponse"];
            /** Format: date-time */
            createdAt: string;
            enrolment: components["schemas"]["EnrolmentResponse"] | null;
            lastContact: components["schemas"]["LastContactResponse"] | null;
            nextDue: components["schemas"]["NextDueResponse"] | null;
            /** @description The victim's personal data has been erased (key destroyed) */
            personalDataErased: boolean;
            /** @description Region of the referral's sentence */
            probationRegion: string | null;
            referralReceivedOn: string;
            referralSource: string;
            /** @enum {string} */
            referredFor: "vcs" | "vns";
            /** @description The victim's requests through the VLO and their answers, the latest asked first (issue 17) */
            requests: components["schemas"]["CaseRequestResponse"][];
            /** @description Revision of the victim's stream this view reflects (If-Match for commands) */
            revision: string;
            safety: components["schemas"]["SafetyResponse"];
            /** @enum {string|null} */
            scheme: "vcs-statutory" | "vcs-discretionary" | "vns" | null;
            sentences: components["schemas"]["CaseSentenceResponse"][];
            /** @enum {string} */
            status: "referred" | "enrolled" | "declined" | "withdrawn" | "rejoined";
            /** @description Open tasks, with due dates */
            tasks: components["schemas"]["CaseTaskResponse"][];
            /** Format: date-time */
            updatedAt: string;
            /** Format: uuid */
            victimId: string;
            victimLiaisonOfficerId: string | null;
            /**
             * @description The officer's name from the staff directory; null when unallocated or the directory has no name for them
             * @example Alex Morgan
             */
            victimLiaisonOfficerName: string | null;
        };
        VictimConsideredDto: {
            /**
             * @description What the meeting changed for this victim; the words go in personal.<victimId>.outcome
             * @enum {string}
             */
            outcome: "risk-plan-updated" | "no-change" | "licence-conditions-recommended" | "referred-on" | "other";
            /**
             * Format: uuid
             * @description A victim linked to this sentence
             */
            victimId: string;
            /** @description The VLO presented the victim's views */
            viewsPresented: boolean;
        };
        VictimIdentityCorrectionDto: {
            /**
             * @description YYYY-MM-DD
             * @example 1980-05-01
             */
            dateOfBirth?: string;
            fullName?: string;
        };
        VictimRecordResponse: {
            /**
             * @description When the case closed, if it has
             * @example 2026-01-31
             */
            closedOn: string | null;
            /** @description Why the case closed (a code) */
            closureReason: string | null;
            /** @description The victim's personal data was erased */
            personalDataErased: boolean;
            /** @example london */
            probationRegion: string | null;
            /**
             * @description When the open retention review was raised; null when none is open
             * @example 2027-02-01
             */
            retentionReviewRaisedOn: string | null;
            /** @enum {string|null} */
            scheme: "vcs-statutory" | "vcs-discretionary" | "vns" | null;
            /** @enum {string} */
            status: "referred" | "enrolled" | "declined" | "withdrawn" | "rejoined";
            /** Format: uuid */
            victimId: string;
        };
        VictimRequestMadeResponse: {
            /**
             * @example [
             *       "VictimEnrolled"
             *     ]
             */
            events: string[];
            /**
             * Format: uuid
             * @description The victim id
             */
            id: string;
            /**
             * @description Global position of the last event ("commit/prepare"), for queries to wait on
             * @example 1042/1042
             */
            position: string | null;
            /**
             * Format: uuid
             * @description The id of the request, for recording its answer
             */
            requestId: string;
            /**
             * @description The victim record's revision after the command: send it back as If-Match
             * @example 3
             */
            revision: string;
            /** @example victim-0b6f1e52-6c1a-4d8e-9c3f-2a7d5e4b1c90 */
            streamId: string;
        };
        WithdrawFromSchemeDto: {
            personal?: components["schemas"]["ReasonDto"];
            /**
             * @description The day the victim withdrew (YYYY-MM-DD)
             * @example 2026-11-02
             */
            withdrewOn: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AccessAuditController_search: {
        parameters: {
            query?: {
                /** @description Wait until the read model has passed this position (from a command response), e.g. 1042/17 */
                minPosition?: string;
                page?: number;
                pageSize?: number;
                /** @description Only reads by this user */
                userId?: string;
                /** @description Only reads of this victim's data */
                victimId?: string;
            };
            header?: {
                /** @description Why you are reading the audit trail; required for ADMIN */
                "X-Purpose"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessAuditPageResponse"];
                };
            };
            /** @description Invalid request: `problems` names each field and the rule it broke; nothing is changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AccessGrantsController_list: {
        parameters: {
            query?: {
                /** @description true: only grants in force now; false: only ended ones */
                live?: "true" | "false";
                /** @description Wait until the read model has passed this position (from a command response), e.g. 1042/17 */
                minPosition?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessGrantsPage"];
                };
            };
            /** @description Invalid request: `problems` names each field and the rule it broke; nothing is changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseloadController_summary: {
        parameters: {
            query?: {
                /** @description vlo: one row per officer (plus unassigned); region: one row per probation region (managers only) */
                groupBy?: "vlo" | "region";
                /** @description Wait until the read model has passed this position (from a command response), e.g. 1042/17 */
                minPosition?: string;
                region?: "north-east" | "north-west" | "yorkshire-and-the-humber" | "greater-manchester" | "wales" | "west-midlands" | "east-midlands" | "east-of-england" | "london" | "kent-surrey-and-sussex" | "south-west" | "south-central";
                /** @description One officer only (a VLO may only ask for themselves) */
                vloId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseloadSummaryResponse"];
                };
            };
            /** @description A parameter is not valid; `problems` names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A VLO asked for regional figures or a colleague's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaseloadController_tasks: {
        parameters: {
            query?: {
                /** @description Only tasks due before this day (YYYY-MM-DD); tasks without a due date are left out */
                dueBefore?: string;
                /** @description initial-contact, vns-contact, follow-up, safety-check, missed-referral (the list grows) */
                kind?: string;
                /** @description Wait until the read model has passed this position (from a command response), e.g. 1042/17 */
                minPosition?: string;
                /** @description true: open tasks due before today; false: tasks not overdue */
                overdue?: "true" | "false";
                page?: number;
                pageSize?: number;
                region?: "north-east" | "north-west" | "yorkshire-and-the-humber" | "greater-manchester" | "wales" | "west-midlands" | "east-midlands" | "east-of-england" | "london" | "kent-surrey-and-sussex" | "south-west" | "south-central";
                /** @description dueOn: oldest due first, undated last; -dueOn: latest first, undated first */
                sort?: "dueOn" | "-dueOn";
                status?: "open" | "done" | "all";
                /** @description Only tasks nobody is assigned to (before enrolment; region-level tasks such as missed referrals) */
                unassigned?: "true";
                /** @description Only this officer's tasks (any VLO may look at a colleague's list: cover and handover) */
                vloId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseloadTasksPageResponse"];
                };
            };
            /** @description A filter is not valid; `problems` names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every component is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        components: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "UP" | "DEGRADED" | "DOWN";
                            };
                        };
                        /** @enum {string} */
                        status: "UP" | "DEGRADED" | "DOWN";
                    };
                };
            };
            /** @description Invalid request: `problems` names each field and the rule it broke; nothing is changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        components: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "UP" | "DEGRADED" | "DOWN";
                            };
                        };
                        /** @enum {string} */
                        status: "UP" | "DEGRADED" | "DOWN";
                    };
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Invalid request: `problems` names each field and the rule it broke; nothing is changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthController_liveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "UP" | "DEGRADED" | "DOWN";
                    };
                };
            };
            /** @description Invalid request: `problems` names each field and the rule it broke; nothing is changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthController_ping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "UP" | "DEGRADED" | "DOWN";
                    };
                };
            };
            /** @description Invalid request: `problems` names each field and the rule it broke; nothing is changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthController_readiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every component is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        components: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "UP" | "DEGRADED" | "DOWN";
                            };
                        };
                        /** @enum {string} */
                        status: "UP" | "DEGRADED" | "DOWN";
                    };
                };
            };
            /** @description Invalid request: `problems` names each field and the rule it broke; nothing is changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        components: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "UP" | "DEGRADED" | "DOWN";
                            };
                        };
                        /** @enum {string} */
                        status: "UP" | "DEGRADED" | "DOWN";
                    };
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PostgreSQL, Redis and the event store answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "ok" | "degraded" | "unavailable";
                            };
                        };
                        /** @enum {string} */
                        status: "ok" | "degraded" | "unavailable";
                    };
                };
            };
            /** @description Invalid request: `problems` names each field and the rule it broke; nothing is changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency does not answer */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "ok" | "degraded" | "unavailable";
                            };
                        };
                        /** @enum {string} */
                        status: "ok" | "degraded" | "unavailable";
                    };
                };
            };
        };
    };
    HealthController_info: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activeProjections?: string[] | null;
                        build: {
                            buildTime?: string | null;
                            gitCommit?: string | null;
                            name?: string;
                            version?: string;
                        };
                    };
                };
            };
            /** @description Invalid request: `problems` names each field and the rule it broke; nothing is changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    LettersController_inProgress: {
        parameters: {
            query?: {
                /** @description Wait until the read model has passed this position (from a command response), e.g. 1042/17 */
                minPosition?: string;
                /** @description The officer (staff user id); defaults to you. A VLO may only ask about themselves. */
                vloId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LettersInProgressResponse"];
                };
            };
            /** @description A parameter is not valid; `problems` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A VLO asked about a colleague's letters */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description minPosition was given and the read model has not reached it within 5 s; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    LettersController_reviewQueue: {
        parameters: {
            query?: {
                /** @description Wait until the read model has passed this position (from a command response), e.g. 1042/17 */
                minPosition?: string;
                page?: number;
                pageSize?: number;
                /** @description Only letters for victims of this probation region */
                region?: "north-east" | "north-west" | "yorkshire-and-the-humber" | "greater-manchester" | "wales" | "west-midlands" | "east-midlands" | "east-of-england" | "london" | "kent-surrey-and-sussex" | "south-west" | "south-central";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewQueueResponse"];
                };
            };
            /** @description A parameter is not valid; `problems` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description minPosition was given and the read model has not reached it within 5 s; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OperationsHealthController_report: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The detailed report, whatever the status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description database, redis, eventStore and consumerHealth (each with ms and, when failing, error); consumers: each consumer's position, lastAdvancedAt, lagEvents, lagEventsAtLeast, lagSeconds, parked, stalled and active */
                        components: {
                            [key: string]: {
                                details: {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                status: "UP" | "DEGRADED" | "DOWN";
                            };
                        };
                        /** @enum {string} */
                        status: "UP" | "DEGRADED" | "DOWN";
                    };
                };
            };
            /** @description Invalid request: `problems` names each field and the rule it broke; nothing is changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OutboxController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description sent, or erased (the victim's personal data was erased: recipient and text removed) */
                status?: "sent" | "erased";
                /** @description Only this victim's messages */
                victimId?: string;
            };
            header?: {
                /** @description Why you are reading this (required for ADMIN) */
                "X-Purpose"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxPageResponse"];
                };
            };
            /** @description A filter is not valid; `problems` names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ParkedWorkController_list: {
        parameters: {
            query?: never;
            header: {
                /** @description Why you are reading the parked work, e.g. "data quality: parked notification planner" */
                "X-Purpose": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParkedWorkList"];
                };
            };
            /** @description Invalid request: `problems` names each field and the rule it broke; nothing is changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ParkedWorkController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetryParkedWorkBody"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetryParkedWorkResponse"];
                };
            };
            /** @description `consumer` is not a consumer name; `problems` names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision (rule stale-revision), or it already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: `rule` and a plain-English `message` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PartnerSentenceController_find: {
        parameters: {
            query: {
                /** @description Wait until the read model has passed this position (from a command response), e.g. 1042/17 */
                minPosition?: string;
                /** @description The offender's case reference (CRN), exactly */
                reference: string;
            };
            header: {
                /** @description Why you are reading this (e.g. "parole review: PB-2026-0113"); recorded in the access audit */
                "X-Purpose": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerSentenceResponse"];
                };
            };
            /** @description reference or X-Purpose is not valid; problems name the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No sentence with that case reference is recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PartnerSentenceController_get: {
        parameters: {
            query?: {
                /** @description Wait until the read model has passed this position (from a command response), e.g. 1042/17 */
                minPosition?: string;
            };
            header: {
                /** @description Why you are reading this (e.g. "parole review: PB-2026-0113"); recorded in the access audit */
                "X-Purpose": string;
            };
            path: {
                /** @description The sentence (as answered by POST /sentences) */
                sentenceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerSentenceResponse"];
                };
            };
            /** @description sentenceId or X-Purpose is not valid; problems name the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence is recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PerformanceController_decisionNotices: {
        parameters: {
            query?: {
                /** @description First month (YYYY-MM); default eleven months before `to` */
                from?: string;
                /** @description Wait until the read model has passed this position (from a command response), e.g. 1042/17 */
                minPosition?: string;
                /** @description Last month (YYYY-MM); default this month (Europe/London) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionNoticesResponse"];
                };
            };
            /** @description A month is not valid; `problems` names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PerformanceController_firstContact: {
        parameters: {
            query?: {
                /** @description First month (YYYY-MM); default eleven months before `to` */
                from?: string;
                /** @description Wait until the read model has passed this position (from a command response), e.g. 1042/17 */
                minPosition?: string;
                /** @description Last month (YYYY-MM); default this month (Europe/London) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirstContactResponse"];
                };
            };
            /** @description A month is not valid; `problems` names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PerformanceController_letters: {
        parameters: {
            query?: {
                /** @description First month (YYYY-MM); default eleven months before `to` */
                from?: string;
                /** @description Wait until the read model has passed this position (from a command response), e.g. 1042/17 */
                minPosition?: string;
                /** @description Last month (YYYY-MM); default this month (Europe/London) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LettersFigureResponse"];
                };
            };
            /** @description A month is not valid; `problems` names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PerformanceController_notifications: {
        parameters: {
            query?: {
                /** @description First month (YYYY-MM); default eleven months before `to` */
                from?: string;
                /** @description Wait until the read model has passed this position (from a command response), e.g. 1042/17 */
                minPosition?: string;
                /** @description Last month (YYYY-MM); default this month (Europe/London) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationsFigureResponse"];
                };
            };
            /** @description A month is not valid; `problems` names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PerformanceController_referrals: {
        parameters: {
            query?: {
                /** @description First month (YYYY-MM); default eleven months before `to` */
                from?: string;
                /** @description Wait until the read model has passed this position (from a command response), e.g. 1042/17 */
                minPosition?: string;
                /** @description Last month (YYYY-MM); default this month (Europe/London) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralsResponse"];
                };
            };
            /** @description A month is not valid; `problems` names the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReleaseRecalculationController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Chosen by the caller for one change in the law; every part of a large change is sent under the same id */
                recalculationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecalculationViewResponse"];
                };
            };
            /** @description recalculationId is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReleaseRecalculationController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Chosen by the caller for one change in the law; every part of a large change is sent under the same id */
                recalculationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecalculateReleaseDatesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecalculationRecordedResponse"];
                };
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Only managers and administrators record a recalculation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A sentence already moved by this recalculation to another date, or changed meanwhile */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing recorded: `refusals` names each sentence and the rule refusing it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RetentionReviewsController_list: {
        parameters: {
            query?: {
                /** @description Wait until the read model has passed this position (from a command response), e.g. 1042/17 */
                minPosition?: string;
                page?: number;
                pageSize?: number;
            };
            header: {
                /** @description Why you are reading the retention reviews */
                "X-Purpose": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionReviewPageResponse"];
                };
            };
            /** @description Invalid request: `problems` names each field and the rule it broke; nothing is changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SentencePartnerController_list: {
        parameters: {
            query?: {
                /** @description Wait until the read model has passed this position (from a command response), e.g. 1042/17 */
                minPosition?: string;
                page?: number;
                pageSize?: number;
                /** @description The offender's case reference (CRN), exactly */
                reference?: string;
                /** @description Only sentences managed in this probation region */
                region?: "north-east" | "north-west" | "yorkshire-and-the-humber" | "greater-manchester" | "wales" | "west-midlands" | "east-midlands" | "east-of-england" | "london" | "kent-surrey-and-sussex" | "south-west" | "south-central";
                sentenceType?: "determinate-custody" | "extended-determinate" | "offender-of-particular-concern" | "indeterminate-life" | "ipp" | "youth-detention" | "suspended-sentence" | "hospital-order-with-restriction" | "hospital-order-without-restriction";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SentencePageResponse"];
                };
            };
            /** @description A filter or page parameter is not valid; problems name the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RecordSentenceController_recordSentence: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordSentenceDto"];
            };
        };
        responses: {
            /** @description Recorded: the sentence stream, its revision (ETag) and position */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SentenceCommandResultResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SentencePartnerController_get: {
        parameters: {
            query?: {
                /** @description Wait until the read model has passed this position (from a command response), e.g. 1042/17 */
                minPosition?: string;
            };
            header?: never;
            path: {
                /** @description The sentence (as answered by POST /sentences) */
                sentenceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The stream revision this view reflects, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SentenceViewResponse"];
                };
            };
            /** @description sentenceId or minPosition is not valid; problems name the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence is recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SentencePartnerController_meetings: {
        parameters: {
            query?: {
                /** @description Wait until the read model has passed this position (from a command response), e.g. 1042/17 */
                minPosition?: string;
                page?: number;
                pageSize?: number;
            };
            header?: {
                /** @description Why you are reading this (3-200 characters of plain text); required for PAROLE_BOARD and MAPPA_PARTNER, recorded in the access audit */
                "X-Purpose"?: string;
            };
            path: {
                /** @description The sentence (as answered by POST /sentences) */
                sentenceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterAgencyMeetingPageResponse"];
                };
            };
            /** @description sentenceId, a page parameter or X-Purpose is not valid (partners must send X-Purpose); problems name the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence is recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RecordInterAgencyMeetingController_recordMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                /** @description The sentence (as answered by POST /sentences) */
                sentenceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordInterAgencyMeetingDto"];
            };
        };
        responses: {
            /** @description Recorded: the sentence stream, its new revision (ETag) and position, and the meetingId */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingRecordedResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RecordSentenceMilestoneController_recordMilestone: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                /** @description The sentence (as answered by POST /sentences) */
                sentenceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordSentenceMilestoneDto"];
            };
        };
        responses: {
            /** @description Recorded: the sentence stream, its new revision (ETag) and position, and the milestoneId */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneRecordedResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SentencePartnerController_representations: {
        parameters: {
            query?: {
                /** @description Wait until the read model has passed this position (from a command response), e.g. 1042/17 */
                minPosition?: string;
                page?: number;
                pageSize?: number;
            };
            header?: {
                /** @description Why you are reading this (3-200 characters of plain text); required for PAROLE_BOARD and MAPPA_PARTNER, recorded in the access audit */
                "X-Purpose"?: string;
            };
            path: {
                /** @description The sentence (as answered by POST /sentences) */
                sentenceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerRepresentationPageResponse"];
                };
            };
            /** @description sentenceId, a page parameter or X-Purpose is not valid (partners must send X-Purpose); problems name the field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence is recorded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ListOfficersController_list: {
        parameters: {
            query: {
                /** @description The victim liaison unit (one of yours) */
                unit: "north-east" | "north-west" | "yorkshire-and-the-humber" | "greater-manchester" | "wales" | "west-midlands" | "east-midlands" | "east-of-england" | "london" | "kent-surrey-and-sussex" | "south-west" | "south-central";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficersResponse"];
                };
            };
            /** @description Invalid request: `problems` names each field and the rule it broke; nothing is changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VictimCaseController_list: {
        parameters: {
            query?: {
                /** @description Wait until the read model has passed this position (from a command response), e.g. 1042/17 */
                minPosition?: string;
                /** @description Only cases whose next task is due strictly before this date (YYYY-MM-DD) */
                nextDueBefore?: string;
                page?: number;
                pageSize?: number;
                /** @description Only victims linked to the sentence with this reference (CRN; case-insensitive) */
                reference?: string;
                /** @description Probation region of the victim's referral sentence */
                region?: "north-east" | "north-west" | "yorkshire-and-the-humber" | "greater-manchester" | "wales" | "west-midlands" | "east-midlands" | "east-of-england" | "london" | "kent-surrey-and-sussex" | "south-west" | "south-central";
                /** @description Current scheme (or the one the victim left) */
                scheme?: "vcs-statutory" | "vcs-discretionary" | "vns";
                /** @description nextDue: soonest deadline first (none last); updatedAt: most recently changed first */
                sort?: "nextDue" | "updatedAt";
                /** @description Case status; "rejoined" is in the scheme again after a withdrawal */
                status?: "referred" | "enrolled" | "declined" | "withdrawn" | "rejoined" | "closed";
                /** @description Only cases no victim liaison officer is allocated to (a manager allocates them); not with vloId */
                unallocated?: "true";
                /** @description Only these victims: up to 100 victim ids, comma-separated (a list of letters or tasks naming its victims) */
                victimIds?: string;
                /** @description Only this victim liaison officer's cases (staff user id) */
                vloId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VictimCaseListResponse"];
                };
            };
            /** @description A parameter is not valid; `problems` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description minPosition was given and the read model has not reached it within 5 s; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReceiveReferralController_receiveReferral: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiveReferralDto"];
            };
        };
        responses: {
            /** @description The victim record was created; `id` is the victim id */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VictimCaseController_caseView: {
        parameters: {
            query?: {
                /** @description Wait until the read model has passed this position (from a command response), e.g. 1042/17 */
                minPosition?: string;
            };
            header?: never;
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The stream revision this view reflects, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VictimCaseResponse"];
                };
            };
            /** @description A parameter is not valid; `problems` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description minPosition was given and the read model has not reached it within 5 s; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GrantCaseAccessController_grant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantCaseAccessDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RevokeCaseAccessController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                grantId: string;
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NominateActingPersonController_nominateActingPerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NominateActingPersonDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActingPersonNominatedResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HandContactToVictimController_handContactToVictim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HandContactToVictimDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UpdateContactPreferencesController_updateContactPreferences: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContactPreferencesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RecordContactController_recordContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordContactDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactRecordedResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DeclineSchemeController_declineScheme: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineSchemeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UpdateVictimDetailsController_updateVictimDetails: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVictimDetailsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EnrolVictimController_enrolVictim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrolVictimDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ErasePersonalDataController_erase: {
        parameters: {
            query?: never;
            header: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description Why you are doing this (audited) */
                "X-Purpose": string;
            };
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ErasePersonalDataDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultResponse"];
                };
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    LettersController_list: {
        parameters: {
            query?: {
                /** @description Wait until the read model has passed this position (from a command response), e.g. 1042/17 */
                minPosition?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterListResponse"];
                };
            };
            /** @description A parameter is not valid; `problems` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description minPosition was given and the read model has not reached it within 5 s; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DraftLetterController_draft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftLetterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterCommandResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    LettersToDraftController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LettersToDraftResponse"];
                };
            };
            /** @description Invalid request: `problems` names each field and the rule it broke; nothing is changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such victim, or one outside your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    LettersController_letter: {
        parameters: {
            query?: {
                /** @description Wait until the read model has passed this position (from a command response), e.g. 1042/17 */
                minPosition?: string;
            };
            header?: never;
            path: {
                /** @description The letter's id, as answered when it was drafted */
                letterId: string;
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The stream revision this view reflects, quoted ("3"): send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterResponse"];
                };
            };
            /** @description A parameter is not valid; `problems` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such letter for this victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description minPosition was given and the read model has not reached it within 5 s; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EditLetterController_edit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                /** @description The letter's id, as answered when it was drafted */
                letterId: string;
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditLetterDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterCommandResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApproveLetterController_approve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                /** @description The letter's id, as answered when it was drafted */
                letterId: string;
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterCommandResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    LettersController_pdf: {
        parameters: {
            query?: {
                /** @description Wait until the read model has passed this position (from a command response), e.g. 1042/17 */
                minPosition?: string;
                /** @description A letter not yet approved may be read as a PDF too, marked on every page as a draft not to be sent (a manager reads it before approving) */
                preview?: "true";
            };
            header?: never;
            path: {
                /** @description The letter's id, as answered when it was drafted */
                letterId: string;
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The letter as a PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description A parameter is not valid; `problems` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such letter for this victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description letter-not-approved: only an approved letter is printed (without preview=true) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description minPosition was given and the read model has not reached it within 5 s; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReturnLetterController_returnLetter: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                /** @description The letter's id, as answered when it was drafted */
                letterId: string;
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnLetterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterCommandResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SubmitLetterController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                /** @description The letter's id, as answered when it was drafted */
                letterId: string;
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterCommandResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VictimRecordController_get: {
        parameters: {
            query?: {
                /** @description Wait until the read model has passed this position (from a command response), e.g. 1042/17 */
                minPosition?: string;
            };
            header: {
                /** @description Why you are opening the record */
                "X-Purpose": string;
            };
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VictimRecordResponse"];
                };
            };
            /** @description Invalid request: `problems` names each field and the rule it broke; nothing is changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such victim (or outside your units): the same answer */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RejoinSchemeController_rejoinScheme: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejoinSchemeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SubmitRepresentationController_submitRepresentation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitRepresentationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepresentationSubmittedResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DiscloseRepresentationController_disclose: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                /** @description The representation, as answered when it was recorded */
                representationId: string;
                victimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DiscloseRepresentationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepresentationSubmittedResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VictimRequestController_makeRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MakeVictimRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VictimRequestMadeResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VictimRequestController_answerRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                /** @description The request's id, as answered when it was made */
                requestId: string;
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerVictimRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DecideRetentionController_decide: {
        parameters: {
            query?: never;
            header: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description Why you are doing this (audited) */
                "X-Purpose": string;
            };
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideRetentionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultResponse"];
                };
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VictimRequestController_recordRightExplained: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordRightExplainedDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ConfirmSafetyCheckController_confirmSafetyCheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmSafetyCheckDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    LinkVictimToSentenceController_linkVictimToSentence: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkVictimToSentenceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SubjectAccessController_json: {
        parameters: {
            query?: never;
            header: {
                /** @description Why: the subject access request and its reference */
                "X-Purpose": string;
            };
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectAccessExportResponse"];
                };
            };
            /** @description Invalid request: `problems` names each field and the rule it broke; nothing is changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SubjectAccessController_pdf: {
        parameters: {
            query?: never;
            header: {
                /** @description Why: the subject access request and its reference */
                "X-Purpose": string;
            };
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export as a PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid request: `problems` names each field and the rule it broke; nothing is changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VictimCaseController_timeline: {
        parameters: {
            query?: {
                /** @description Wait until the read model has passed this position (from a command response), e.g. 1042/17 */
                minPosition?: string;
                /** @description asc: oldest first (history order); desc: newest first */
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseTimelineResponse"];
                };
            };
            /** @description A parameter is not valid; `problems` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not call this route (see x-roles) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description minPosition was given and the read model has not reached it within 5 s; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TransferCaseController_transfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferCaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AssignVictimLiaisonOfficerController_assignVictimLiaisonOfficer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignVictimLiaisonOfficerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WithdrawFromSchemeController_withdrawFromScheme: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key returns the first result */
                "Idempotency-Key"?: string;
                /** @description The revision you last saw; 409 if the record changed since */
                "If-Match"?: string;
                /** @description `return=validation` checks the command (fields, rules, role, unit, If-Match) without recording it: 204 when it would be accepted, otherwise the same 4xx as the real call; nothing is appended */
                Prefer?: string;
            };
            path: {
                /** @description The victim's id, as answered when the referral was received */
                victimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawFromSchemeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResultResponse"];
                };
            };
            /** @description Validation only (Prefer: return=validation): the command would be accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: each field and the rule it broke */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description No such sentence or victim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The record changed since your If-Match revision, or already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description A scheme rule refuses this: the rule and why, in words */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Something unexpected: logged, nothing about it disclosed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
