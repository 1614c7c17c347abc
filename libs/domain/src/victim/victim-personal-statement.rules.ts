import { ensure } from '../shared/domain-rule-violation';

/**
 * A VPS should be readable in under 10 minutes (gov.uk make-a-statement-to-the-parole-board). Read aloud at
 * about 150 words a minute, that is 1,500 words.
 */
export const VPS_MAX_WORDS = 1500;

/**
 * The statement as the victim made it. What locates or names them is not refused here: the statement stays inside
 * the scheme until a VLO discloses a version of it (`discloseRepresentation`), and the disclosure screen flags it then.
 */
export function checkVictimPersonalStatement(text: string): void {
  const words = text.trim().split(/\s+/).length;
  ensure(
    words <= VPS_MAX_WORDS,
    'vps-too-long',
    `A Victim Personal Statement should take under 10 minutes to read: at most ${VPS_MAX_WORDS} words (this one has ${words}).`,
  );
}
