import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { GetLetter, GetLetterHandler } from '../get-letter/get-letter.query';
import { DomainRuleViolation } from '@vcs/domain';
import { letterDate, LetterLanguage, renderLetterPdf } from '@vcs/notifications';

export class GetLetterPdf {
  constructor(
    readonly victimId: string,
    readonly letterId: string,
    readonly minPosition?: string,
    /** A letter not yet approved may be read, marked as a draft on every page. */
    readonly preview = false,
  ) {}
}

export interface LetterPdf {
  readonly reference: string;
  readonly pdf: Buffer;
}

/** Our reference on the letter: from the letter id, so it names neither the victim nor the offender. */
export const letterReference = (letterId: string): string =>
  `VCS-${letterId.replace(/-/g, '').slice(0, 10).toUpperCase()}`;

@QueryHandler(GetLetterPdf)
export class GetLetterPdfHandler implements IQueryHandler<GetLetterPdf, LetterPdf> {
  constructor(private readonly letters: GetLetterHandler) {}

  async execute(query: GetLetterPdf): Promise<LetterPdf> {
    const letter = await this.letters.execute(new GetLetter(query.victimId, query.letterId, query.minPosition));
    const approved = letter.status === 'approved' || letter.status === 'sent';
    if (!approved && !query.preview) {
      throw new DomainRuleViolation(
        'letter-not-approved',
        `The letter is ${letter.status}; only a letter a manager has approved is printed or sent.`,
      );
    }
    if (letter.personalDataErased || letter.body === null || letter.addressBlock === null) {
      throw new DomainRuleViolation(
        'personal-data-erased',
        "The victim's personal data has been erased; the letter can no longer be printed.",
      );
    }
    const printedOn = (letter.approved?.on ?? letter.drafted.on) as string;
    const reference = letterReference(letter.letterId);
    const pdf = await renderLetterPdf({
      addressBlock: letter.addressBlock,
      date: letterDate(printedOn, (letter.language as LetterLanguage | null) === 'cy' ? 'cy' : 'en'),
      reference,
      subject: letter.subject,
      body: letter.body,
      largePrint: letter.largePrint,
      language: (letter.language as LetterLanguage | null) === 'cy' ? 'cy' : 'en-GB',
      draft: !approved,
    });
    return { reference, pdf };
  }
}
