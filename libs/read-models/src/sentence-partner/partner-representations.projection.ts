import { DisclosedText, DomainEventType, LicenceConditionKind, RepresentationPersonal, unreachable } from '@vcs/domain';
import { RecordedEvent } from '@vcs/event-store';
import { isErasedPersonalData, pseudonymousVictimReference, sealerFor } from '@vcs/security';
import { EntityManager } from 'typeorm';
import { Projection } from '../projection';
import { ProjectionDependencies } from '../read-model-area';
import { RecordedDomainEvent, recordedDomainEventOf } from '../recorded-domain-event';

const HANDLED = [
  'RepresentationSubmitted',
  'RepresentationDisclosed',
  'VictimPersonalDataErased',
] as const satisfies readonly DomainEventType[];

/**
 * The only condition description partners see: where the offender must not go. A non-contact description names who
 * must not be contacted (family members' names) and an "other" description is free text that may say anything, so
 * neither is stored here; the victim liaison officer passes them on directly (see the area's docs).
 */
export const SHARED_DESCRIPTION_KINDS: readonly LicenceConditionKind[] = ['exclusion-zone'];

/** One requested condition as partners see it. */
export interface PartnerRequestedCondition {
  readonly conditionId: string;
  readonly kind: LicenceConditionKind;
  /** The exclusion zone's description, sealed under the victim's key; null for other kinds (withheld) or once erased. */
  readonly description: string | null;
  /** True for kinds whose description is never shared with partners. */
  readonly descriptionWithheld: boolean;
}

/**
 * Representations for partners (Parole Board, MAPPA): per sentence, what each victim asked for, when, and to whom it
 * was sent (`partner_representations`, the victim's own words, for VLOs), and what a VLO disclosed to each recipient
 * (`partner_disclosures`, the approved version: the only text a partner reads). The victim is identified to partners
 * only by a pseudonymous reference; `victim_id` is kept for the access audit and for erasure, and is never part of a
 * partner's answer. Every text is sealed under the victim's own data key (`sealerFor`; opened in the query path), so
 * the tables hold no plain personal data. After erasure the texts read as null with `personal_data_erased`.
 */
export class PartnerRepresentationsProjection implements Projection {
  static readonly NAME = 'partner-representations';
  readonly name = PartnerRepresentationsProjection.NAME;
  readonly handles = HANDLED;
  readonly tables = ['partner_representations', 'partner_disclosures'];
  /** The statement, the condition descriptions and the disclosed versions are in `data.personal`. */
  readonly readsPersonalData = true;

  constructor(private readonly deps: ProjectionDependencies) {}

  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    const recorded = recordedDomainEventOf<(typeof HANDLED)[number]>(event);
    switch (recorded.type) {
      case 'VictimPersonalDataErased':
        return this.erase(recorded.data.victimId, manager);
      case 'RepresentationDisclosed':
        return this.disclosed(recorded, manager);
      case 'RepresentationSubmitted':
        return this.submitted(recorded, manager);
      default:
        return unreachable(recorded);
    }
  }

  private async submitted(
    event: RecordedDomainEvent<'RepresentationSubmitted'>,
    manager: EntityManager,
  ): Promise<void> {
    const data = event.data;
    const erased = isErasedPersonalData(data.personal);
    const personal: RepresentationPersonal = erased ? {} : (data.personal ?? {});
    const seal = await sealerFor(this.deps.dataKeys, data.victimId);
    const conditions: PartnerRequestedCondition[] = (data.requestedConditions ?? []).map((condition) => {
      const shared = SHARED_DESCRIPTION_KINDS.includes(condition.kind);
      const description = shared
        ? (personal.conditionDescriptions?.[condition.conditionId] ??
          personal.conditionDescriptions?.[condition.conditionId.toLowerCase()])
        : undefined;
      return {
        conditionId: condition.conditionId,
        kind: condition.kind,
        description: seal(description),
        descriptionWithheld: !shared,
      };
    });
    await manager.query(
      `INSERT INTO partner_representations (representation_id, sentence_id, victim_id, victim_reference, kind, requested_conditions, statement_text,
         vps_presentation, sent_to, submitted_on, personal_data_erased, stream_revision, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9::text[], $10, $11, $12, $13)
       ON CONFLICT (representation_id) DO NOTHING`,
      [
        data.representationId,
        data.sentenceId,
        data.victimId,
        pseudonymousVictimReference(data.victimId, data.sentenceId, this.deps.pseudonymKey),
        data.kind,
        JSON.stringify(conditions),
        seal(personal.statementText),
        data.vpsPresentation ?? null,
        [...data.sentTo],
        data.submittedOn,
        erased,
        event.revision.toString(),
        event.recordedAt,
      ],
    );
  }

  /** The latest approved version for a recipient replaces an earlier one; a replayed older event changes nothing. */
  private async disclosed(
    event: RecordedDomainEvent<'RepresentationDisclosed'>,
    manager: EntityManager,
  ): Promise<void> {
    const data = event.data;
    const erased = isErasedPersonalData(data.personal);
    const personal: DisclosedText = erased ? {} : (data.personal ?? {});
    const seal = await sealerFor(this.deps.dataKeys, data.victimId);
    const descriptions = Object.fromEntries(
      Object.entries(personal.conditionDescriptions ?? {}).map(([conditionId, text]) => [conditionId, seal(text)]),
    );
    await manager.query(
      `INSERT INTO partner_disclosures AS d (representation_id, recipient, sentence_id, victim_id, statement_text, condition_descriptions, approved_by,
         disclosed_on, flagged, personal_data_erased, stream_revision, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9::text[], $10, $11, $12)
       ON CONFLICT (representation_id, recipient) DO UPDATE SET
         statement_text = EXCLUDED.statement_text, condition_descriptions = EXCLUDED.condition_descriptions, approved_by = EXCLUDED.approved_by,
         disclosed_on = EXCLUDED.disclosed_on, flagged = EXCLUDED.flagged, personal_data_erased = EXCLUDED.personal_data_erased,
         stream_revision = EXCLUDED.stream_revision, recorded_at = EXCLUDED.recorded_at
       WHERE d.stream_revision < EXCLUDED.stream_revision`,
      [
        data.representationId,
        data.recipient,
        data.sentenceId,
        data.victimId,
        seal(personal.statementText),
        JSON.stringify(descriptions),
        data.approvedBy,
        data.disclosedOn,
        [...data.flagged],
        erased,
        event.revision.toString(),
        event.recordedAt,
      ],
    );
  }

  /** The victim's personal data is erased: their statements and condition descriptions go, in place (no rebuild needed). */
  private async erase(victimId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE partner_disclosures SET statement_text = NULL, condition_descriptions = '{}'::jsonb, personal_data_erased = true WHERE victim_id = $1`,
      [victimId],
    );
    await manager.query(
      `UPDATE partner_representations SET
         statement_text = NULL,
         personal_data_erased = true,
         requested_conditions = COALESCE(
           (SELECT jsonb_agg(c || '{"description": null}'::jsonb ORDER BY n) FROM jsonb_array_elements(requested_conditions) WITH ORDINALITY AS e(c, n)),
           '[]'::jsonb)
       WHERE victim_id = $1`,
      [victimId],
    );
  }
}
