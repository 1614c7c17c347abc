import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ESCAPE_CIRCUMSTANCES,
  RELEASE_LAW_CHANGES,
  HEARING_POSTPONEMENTS,
  HOSPITAL_DIRECTION_BASES,
  SECURITY_CATEGORIES,
  REMOVAL_ROUTES,
  LICENCE_CONDITION_KINDS,
  LicenceConditionKind,
  MilestoneDetails,
  MilestoneKind,
} from '@vcs/domain';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsUUID,
  registerDecorator,
  ValidateIf,
  ValidationOptions,
} from 'class-validator';
import { IsCivilDate } from '../../shared/validation';

/**
 * The `detail` of each milestone kind, one class per kind (docs/DOMAIN-RULES.md 3.2). Structured only: the
 * sentence stream holds no free text, so nothing here can identify or locate a victim or say where the offender is.
 */

/** All members of the union `T`, checked by the compiler, so a code added to the domain cannot be missed here. */
const allOf =
  <T extends string>() =>
  <const A extends readonly T[]>(values: A & ([Exclude<T, A[number]>] extends [never] ? unknown : never)): A =>
    values;

type Detail<K extends MilestoneKind> = MilestoneDetails[K];

export const HEARING_TYPES = allOf<Detail<'parole-hearing-listed'>['hearingType']>()(['oral', 'paper']);
export const PAROLE_OUTCOMES = allOf<Detail<'parole-decision'>['outcome']>()([
  'release',
  'no-release',
  'open-conditions-recommended',
]);
export const RECONSIDERATION_STAGES = allOf<Detail<'reconsideration'>['stage']>()(['applied', 'decided']);
export const RECONSIDERATION_APPLICANTS = allOf<NonNullable<Detail<'reconsideration'>['appliedBy']>>()([
  'prisoner',
  'secretary-of-state',
]);
export const RECONSIDERATION_OUTCOMES = allOf<NonNullable<Detail<'reconsideration'>['outcome']>>()([
  'granted',
  'refused',
]);
export const SET_ASIDE_STAGES = allOf<Detail<'set-aside'>['stage']>()(['applied', 'decided']);
export const SET_ASIDE_APPLICANTS = allOf<NonNullable<Detail<'set-aside'>['appliedBy']>>()([
  'prisoner',
  'secretary-of-state',
  'board-chair',
]);
export const SET_ASIDE_OUTCOMES = allOf<NonNullable<Detail<'set-aside'>['outcome']>>()(['set-aside', 'refused']);
export const HIGH_COURT_REFERRAL_STAGES = allOf<Detail<'high-court-referral'>['stage']>()(['referred', 'decided']);
export const HIGH_COURT_OUTCOMES = allOf<NonNullable<Detail<'high-court-referral'>['outcome']>>()([
  'release-upheld',
  'release-quashed',
]);
export const RELEASE_DATE_CHANGE_REASONS = allOf<Detail<'release-date-changed'>['reason']>()([
  'added-days',
  'recalculation',
  'remand-time-credited',
  'change-in-law',
  'other',
]);
export const HOSPITAL_LEAVE_TYPES = allOf<Detail<'hospital-leave'>['leaveType']>()([
  'escorted',
  'unescorted',
  'overnight',
]);
export const TRANSFER_SECURITY = allOf<Detail<'hospital-transfer'>['security']>()(['lower', 'same', 'higher']);
export const TRIBUNAL_OUTCOMES = allOf<Detail<'tribunal-decision'>['outcome']>()([
  'not-discharged',
  'conditional-discharge',
  'deferred-conditional-discharge',
  'absolute-discharge',
]);
export const APPEAL_STAGES = allOf<Detail<'appeal'>['stage']>()(['lodged', 'decided']);
export const APPEAL_AGAINST = allOf<NonNullable<Detail<'appeal'>['against']>>()(['conviction', 'sentence']);
export const APPEAL_OUTCOMES = allOf<NonNullable<Detail<'appeal'>['outcome']>>()([
  'dismissed',
  'sentence-reduced',
  'sentence-increased',
  'conviction-quashed',
  'retrial-ordered',
]);

/** Victims a set of conditions may protect: more than any real case, few enough to bound the request. */
const MAX_PROTECTED_VICTIMS = 50;

/** Refuses the field when it is given but `applies` says it does not belong (rule `onlyWhen`). */
function OnlyWhen(
  applies: (detail: Record<string, unknown>) => boolean,
  message: string,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'onlyWhen',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message, ...options },
      validator: {
        validate: (value: unknown, args) =>
          value === undefined || (args !== undefined && applies(args.object as Record<string, unknown>)),
      },
    });
}

/** Decorators as if written one above the other over the property (TypeScript applies the lowest first). */
const stacked =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, propertyName) => {
    for (const decorator of [...decorators].reverse()) decorator(target, propertyName);
  };

/** Required when `field` is `value`, refused otherwise (rule `onlyWhen`, naming both fields). */
function RequiredOnlyWhen(field: string, value: string): PropertyDecorator {
  return (target, propertyName) => {
    const name = String(propertyName);
    stacked(
      ValidateIf((detail: Record<string, unknown>) => detail[field] === value || detail[name] !== undefined),
      OnlyWhen((detail) => detail[field] === value, `${name} is given only when ${field} is ${value}`),
    )(target, propertyName);
  };
}

/** Licence or discharge conditions, by kind: at least one, none twice. */
const ConditionKinds = (description: string): PropertyDecorator =>
  stacked(
    ApiProperty({ enum: LICENCE_CONDITION_KINDS, isArray: true, description }),
    IsArray(),
    ArrayNotEmpty(),
    ArrayUnique(),
    ArrayMaxSize(LICENCE_CONDITION_KINDS.length),
    IsIn(LICENCE_CONDITION_KINDS, { each: true }),
  );

/** The victims a set of conditions protects, by id (may be empty). */
const ProtectedVictimIds = (): PropertyDecorator =>
  stacked(
    ApiProperty({
      type: [String],
      format: 'uuid',
      maxItems: MAX_PROTECTED_VICTIMS,
      description: 'Victims the conditions protect, by id; each must be linked to the sentence (may be empty)',
    }),
    IsArray(),
    ArrayUnique(),
    ArrayMaxSize(MAX_PROTECTED_VICTIMS),
    IsUUID('all', { each: true }),
  );

/** Kinds whose detail has no fields (e.g. recall): `detail` may be left out or sent as `{}`; any field in it is refused. */
export class NoMilestoneDetailDto {}

export class ParoleEligibilityDetailDto implements Detail<'parole-eligibility'> {
  @ApiProperty({ example: '2030-04-01', description: 'The date the offender becomes eligible for parole (YYYY-MM-DD)' })
  @IsCivilDate()
  paroleEligibilityDate: string;
}

export class ParoleHearingListedDetailDto implements Detail<'parole-hearing-listed'> {
  @ApiProperty({
    example: '2027-03-15',
    description: 'The hearing date (YYYY-MM-DD); not before the day it was listed',
  })
  @IsCivilDate()
  hearingDate: string;

  @ApiProperty({ enum: HEARING_TYPES })
  @IsIn(HEARING_TYPES)
  hearingType: Detail<'parole-hearing-listed'>['hearingType'];
}

export class ParoleDecisionDetailDto implements Detail<'parole-decision'> {
  @ApiProperty({ enum: PAROLE_OUTCOMES })
  @IsIn(PAROLE_OUTCOMES)
  outcome: Detail<'parole-decision'>['outcome'];

  @ApiPropertyOptional({
    example: '2028-03-15',
    description: 'The next review when release is refused (YYYY-MM-DD); victims are told it',
  })
  @IsOptional()
  @IsCivilDate()
  nextReviewDate?: string;

  @ApiPropertyOptional({
    example: '2027-03-02',
    description:
      'The day the decision was provided to the parties (YYYY-MM-DD): the 21 days for reconsideration run from it (Parole Board Rules 2019 r.28(3)). Absent: the decision date',
  })
  @IsOptional()
  @IsCivilDate()
  providedToPartiesOn?: string;
}

export class ReconsiderationDetailDto implements Detail<'reconsideration'> {
  @ApiProperty({
    enum: RECONSIDERATION_STAGES,
    description:
      'applied: an application was made (within 21 days of the decision being provided to the parties; indeterminate, extended and Board-release sentences only; never open-conditions advice); decided: its outcome',
  })
  @IsIn(RECONSIDERATION_STAGES)
  stage: Detail<'reconsideration'>['stage'];

  @ApiPropertyOptional({
    enum: RECONSIDERATION_APPLICANTS,
    description: 'Who applied; required when stage is applied, refused otherwise',
  })
  @RequiredOnlyWhen('stage', 'applied')
  @IsIn(RECONSIDERATION_APPLICANTS)
  appliedBy?: NonNullable<Detail<'reconsideration'>['appliedBy']>;

  @ApiPropertyOptional({
    enum: RECONSIDERATION_OUTCOMES,
    description: 'The outcome; required when stage is decided, refused otherwise',
  })
  @RequiredOnlyWhen('stage', 'decided')
  @IsIn(RECONSIDERATION_OUTCOMES)
  outcome?: NonNullable<Detail<'reconsideration'>['outcome']>;
}

export class SetAsideDetailDto implements Detail<'set-aside'> {
  @ApiProperty({
    enum: SET_ASIDE_STAGES,
    description: 'Parole Board Rules 2019 r.28A: applied (a party applied or the Board chair initiated) or decided',
  })
  @IsIn(SET_ASIDE_STAGES)
  stage: Detail<'set-aside'>['stage'];

  @ApiPropertyOptional({
    enum: SET_ASIDE_APPLICANTS,
    description: 'Who applied (or board-chair: initiated); required when stage is applied, refused otherwise',
  })
  @RequiredOnlyWhen('stage', 'applied')
  @IsIn(SET_ASIDE_APPLICANTS)
  appliedBy?: NonNullable<Detail<'set-aside'>['appliedBy']>;

  @ApiPropertyOptional({
    enum: SET_ASIDE_OUTCOMES,
    description: 'The outcome; required when stage is decided, refused otherwise',
  })
  @RequiredOnlyWhen('stage', 'decided')
  @IsIn(SET_ASIDE_OUTCOMES)
  outcome?: NonNullable<Detail<'set-aside'>['outcome']>;
}

export class HighCourtReferralDetailDto implements Detail<'high-court-referral'> {
  @ApiProperty({
    enum: HIGH_COURT_REFERRAL_STAGES,
    description:
      'Victims and Prisoners Act 2024 ss.61-62 (from 31 December 2025): referred (the release decision went to the High Court) or decided',
  })
  @IsIn(HIGH_COURT_REFERRAL_STAGES)
  stage: Detail<'high-court-referral'>['stage'];

  @ApiPropertyOptional({
    enum: HIGH_COURT_OUTCOMES,
    description: 'The High Court decision; required when stage is decided, refused otherwise',
  })
  @RequiredOnlyWhen('stage', 'decided')
  @IsIn(HIGH_COURT_OUTCOMES)
  outcome?: NonNullable<Detail<'high-court-referral'>['outcome']>;
}

export const RECALL_TYPES = allOf<NonNullable<Detail<'recall'>['recallType']>>()(['fixed-term', 'standard']);

export class RecallDetailDto implements Detail<'recall'> {
  @ApiPropertyOptional({
    enum: RECALL_TYPES,
    description:
      'Prison recalls: fixed-term (automatic re-release, CJA 2003 s.255B) or standard (s.255C); never on a hospital recall',
  })
  @IsOptional()
  @IsIn(RECALL_TYPES)
  recallType?: NonNullable<Detail<'recall'>['recallType']>;

  @ApiPropertyOptional({
    example: '2027-03-31',
    description: 'Fixed-term recalls: the re-release date (YYYY-MM-DD); the victim is told it',
  })
  @IsOptional()
  @IsCivilDate()
  reReleaseDate?: string;
}

export class OpenConditionsEligibilityDetailDto implements Detail<'open-conditions-eligibility'> {
  @ApiProperty({
    example: '2028-02-01',
    description:
      "The day the offender becomes eligible to be considered for a move to open conditions (YYYY-MM-DD; Victims' Code Right 11)",
  })
  @IsCivilDate()
  eligibleFrom: string;
}

export class ParoleHearingPostponedDetailDto implements Detail<'parole-hearing-postponed'> {
  @ApiProperty({
    enum: HEARING_POSTPONEMENTS,
    description:
      'deferred: put off before the day; adjourned: put off by the panel on or after the day. Only while a hearing is listed',
  })
  @IsIn(HEARING_POSTPONEMENTS)
  postponement: Detail<'parole-hearing-postponed'>['postponement'];

  @ApiPropertyOptional({
    example: '2027-06-14',
    description: 'The new hearing date when the Board has set one (YYYY-MM-DD); not before the postponement',
  })
  @IsOptional()
  @IsCivilDate()
  newHearingDate?: string;
}

export class RecategorisationDetailDto implements Detail<'recategorisation'> {
  @ApiProperty({
    enum: SECURITY_CATEGORIES,
    description:
      'The new security category (adult men A-D; women and young adults restricted status, closed or open). Never the establishment',
  })
  @IsIn(SECURITY_CATEGORIES)
  category: Detail<'recategorisation'>['category'];
}

export class HospitalDirectionDetailDto implements Detail<'hospital-direction'> {
  @ApiProperty({
    enum: HOSPITAL_DIRECTION_BASES,
    description:
      'Mental Health Act 1983: transfer-direction (s.47, a sentenced prisoner moved to hospital) or hospital-and-limitation-direction (s.45A, given by the court with the sentence, on the sentence date). Never which hospital',
  })
  @IsIn(HOSPITAL_DIRECTION_BASES)
  basis: Detail<'hospital-direction'>['basis'];

  @ApiProperty({
    description:
      'A restriction direction (s.49) or limitation direction (s.45A, always) was given: the Secretary of State must agree to leave, moves and discharge',
  })
  @IsBoolean()
  restricted: boolean;
}

export class EscapeOrAbscondDetailDto implements Detail<'escape-or-abscond'> {
  @ApiProperty({
    enum: ESCAPE_CIRCUMSTANCES,
    description:
      'Prisoners: escaped, absconded or unlawfully-at-large; hospital patients: escaped or absent-without-leave. Never where from',
  })
  @IsIn(ESCAPE_CIRCUMSTANCES)
  circumstance: Detail<'escape-or-abscond'>['circumstance'];
}

export class ReleaseOnTemporaryLicenceDetailDto implements Detail<'release-on-temporary-licence'> {
  @ApiPropertyOptional({ example: '2027-03-17', description: 'The day the offender is due back (YYYY-MM-DD)' })
  @IsOptional()
  @IsCivilDate()
  returnDate?: string;
}

export class LicenceConditionsSetDetailDto implements Detail<'licence-conditions-set'> {
  @ConditionKinds('At least one, none twice; what they say is personal data and is not recorded here')
  conditions: LicenceConditionKind[];

  @ApiProperty({
    example: '2031-01-31',
    description: 'The day the victim-related conditions end (YYYY-MM-DD); victims are told it',
  })
  @IsCivilDate()
  conditionsEndDate: string;

  @ProtectedVictimIds()
  protectsVictimIds: string[];
}

export class ReleaseDateChangedDetailDto implements Detail<'release-date-changed'> {
  @ApiProperty({ example: '2029-06-30', description: 'The new expected release date (YYYY-MM-DD)' })
  @IsCivilDate()
  expectedReleaseDate: string;

  @ApiProperty({
    enum: RELEASE_DATE_CHANGE_REASONS,
    description: 'change-in-law: the release point moved by law (name it in lawChange)',
  })
  @IsIn(RELEASE_DATE_CHANGE_REASONS)
  reason: Detail<'release-date-changed'>['reason'];

  @ApiPropertyOptional({
    enum: RELEASE_LAW_CHANGES,
    description:
      'The change in the law (sds40-2024: SI 2024/844, release at 40 per cent); required when reason is change-in-law, refused otherwise. Many sentences at once: PUT /release-law-changes/recalculations/{recalculationId}',
  })
  @RequiredOnlyWhen('reason', 'change-in-law')
  @IsIn(RELEASE_LAW_CHANGES)
  lawChange?: NonNullable<Detail<'release-date-changed'>['lawChange']>;
}

export class HospitalLeaveDetailDto implements Detail<'hospital-leave'> {
  @ApiProperty({ enum: HOSPITAL_LEAVE_TYPES })
  @IsIn(HOSPITAL_LEAVE_TYPES)
  leaveType: Detail<'hospital-leave'>['leaveType'];
}

export class HospitalTransferDetailDto implements Detail<'hospital-transfer'> {
  @ApiProperty({
    enum: TRANSFER_SECURITY,
    description:
      'Whether security went down, stayed or went up; never where (victims are not told where the patient is held)',
  })
  @IsIn(TRANSFER_SECURITY)
  security: Detail<'hospital-transfer'>['security'];
}

export class TribunalHearingListedDetailDto implements Detail<'tribunal-hearing-listed'> {
  @ApiProperty({
    example: '2027-05-10',
    description: 'The hearing date (YYYY-MM-DD); not before the day it was listed',
  })
  @IsCivilDate()
  hearingDate: string;
}

export class TribunalDecisionDetailDto implements Detail<'tribunal-decision'> {
  @ApiProperty({ enum: TRIBUNAL_OUTCOMES })
  @IsIn(TRIBUNAL_OUTCOMES)
  outcome: Detail<'tribunal-decision'>['outcome'];
}

export class ConditionalDischargeDetailDto implements Detail<'conditional-discharge'> {
  @ConditionKinds('Conditions of discharge: at least one, none twice')
  conditions: LicenceConditionKind[];

  @ProtectedVictimIds()
  protectsVictimIds: string[];
}

export class DischargeConditionsVariedDetailDto implements Detail<'discharge-conditions-varied'> {
  @ConditionKinds('The conditions of discharge as changed: at least one, none twice')
  conditions: LicenceConditionKind[];

  @ProtectedVictimIds()
  protectsVictimIds: string[];
}

export class AppealDetailDto implements Detail<'appeal'> {
  @ApiProperty({ enum: APPEAL_STAGES })
  @IsIn(APPEAL_STAGES)
  stage: Detail<'appeal'>['stage'];

  @ApiPropertyOptional({ enum: APPEAL_AGAINST })
  @IsOptional()
  @IsIn(APPEAL_AGAINST)
  against?: NonNullable<Detail<'appeal'>['against']>;

  @ApiPropertyOptional({
    enum: APPEAL_OUTCOMES,
    description: 'Required when stage is decided; a lodged appeal has none (refused by the scheme rules, 422)',
  })
  @ValidateIf((detail: AppealDetailDto) => detail.stage === 'decided' || detail.outcome !== undefined)
  @IsIn(APPEAL_OUTCOMES)
  outcome?: NonNullable<Detail<'appeal'>['outcome']>;
}

export class DeathDetailDto implements Detail<'death'> {
  @ApiProperty({ description: 'The offender died in custody (or detention)' })
  @IsBoolean()
  inCustody: boolean;
}

export const SUSPENDED_SENTENCE_ACTIVATIONS = allOf<Detail<'suspended-sentence-activated'>['activation']>()([
  'full',
  'part',
]);

export class SuspendedSentenceActivatedDetailDto implements Detail<'suspended-sentence-activated'> {
  @ApiProperty({
    enum: SUSPENDED_SENTENCE_ACTIVATIONS,
    description:
      'The court activated the custodial term in full or in part (Sentencing Act 2020 Sch. 16) on a breach or a further offence',
  })
  @IsIn(SUSPENDED_SENTENCE_ACTIVATIONS)
  activation: Detail<'suspended-sentence-activated'>['activation'];
}

export class RemovalPlannedDetailDto implements Detail<'removal-planned'> {
  @ApiProperty({
    enum: REMOVAL_ROUTES,
    description:
      'early-removal-scheme (fixed-term prisoners, CJA 2003 s.260), tariff-expired-removal-scheme (indeterminate prisoners) or deportation-order; never where to',
  })
  @IsIn(REMOVAL_ROUTES)
  route: Detail<'removal-planned'>['route'];

  @ApiPropertyOptional({ example: '2027-09-01', description: 'The planned removal day, when known (YYYY-MM-DD)' })
  @IsOptional()
  @IsCivilDate()
  expectedOn?: string;
}

/** The detail class for each kind: the discriminator the request DTO's `@Type` uses. */
export const DETAIL_DTO_BY_KIND: { readonly [K in MilestoneKind]: new () => object } = {
  'parole-eligibility': ParoleEligibilityDetailDto,
  'parole-hearing-listed': ParoleHearingListedDetailDto,
  'parole-hearing-postponed': ParoleHearingPostponedDetailDto,
  'parole-decision': ParoleDecisionDetailDto,
  reconsideration: ReconsiderationDetailDto,
  'set-aside': SetAsideDetailDto,
  'escape-or-abscond': EscapeOrAbscondDetailDto,
  'return-to-custody': NoMilestoneDetailDto,
  'high-court-referral': HighCourtReferralDetailDto,
  'open-conditions-eligibility': OpenConditionsEligibilityDetailDto,
  'prison-transfer': NoMilestoneDetailDto,
  recategorisation: RecategorisationDetailDto,
  'hospital-direction': HospitalDirectionDetailDto,
  'remitted-to-prison': NoMilestoneDetailDto,
  'transfer-to-open-conditions': NoMilestoneDetailDto,
  'return-to-closed-conditions': NoMilestoneDetailDto,
  'release-on-temporary-licence': ReleaseOnTemporaryLicenceDetailDto,
  'home-detention-curfew': NoMilestoneDetailDto,
  'release-on-licence': NoMilestoneDetailDto,
  'licence-conditions-set': LicenceConditionsSetDetailDto,
  recall: RecallDetailDto,
  'licence-end': NoMilestoneDetailDto,
  'sentence-end': NoMilestoneDetailDto,
  'release-date-changed': ReleaseDateChangedDetailDto,
  'hospital-leave': HospitalLeaveDetailDto,
  'hospital-transfer': HospitalTransferDetailDto,
  'tribunal-hearing-listed': TribunalHearingListedDetailDto,
  'tribunal-decision': TribunalDecisionDetailDto,
  'conditional-discharge': ConditionalDischargeDetailDto,
  'absolute-discharge': NoMilestoneDetailDto,
  'discharge-conditions-varied': DischargeConditionsVariedDetailDto,
  'restrictions-lifted': NoMilestoneDetailDto,
  appeal: AppealDetailDto,
  death: DeathDetailDto,
  'suspended-sentence-activated': SuspendedSentenceActivatedDetailDto,
  'removal-planned': RemovalPlannedDetailDto,
  deportation: NoMilestoneDetailDto,
  'transfer-abroad': NoMilestoneDetailDto,
  'return-after-removal': NoMilestoneDetailDto,
};

/** Every detail class once, for `@ApiExtraModels` (the OpenAPI document needs them registered to reference them). */
export const DETAIL_DTOS = [...new Set(Object.values(DETAIL_DTO_BY_KIND))];

/** True for a kind whose detail has fields, so `detail` is required. */
export function detailRequired(kind: MilestoneKind): boolean {
  return (
    DETAIL_DTO_BY_KIND[kind] !== NoMilestoneDetailDto &&
    DETAIL_DTO_BY_KIND[kind] !== ReleaseOnTemporaryLicenceDetailDto &&
    DETAIL_DTO_BY_KIND[kind] !== RecallDetailDto
  );
}
