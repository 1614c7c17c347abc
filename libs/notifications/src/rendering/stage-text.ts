/** The structured facts a stage message is written from (dates and codes only, never free text). */
export interface StageFacts {
  /** The day the stage happened or was decided. */
  readonly date?: string;
  /** The milestone's structured detail (dates and codes only). */
  readonly detail?: Record<string, unknown>;
  /** What the victim was referred for: the VNS is a separate scheme with its own first message (issue 17). */
  readonly scheme?: 'vcs' | 'vns';
}

/** One stage's message: a subject and its paragraphs (undefined ones are left out). */
export interface StageText {
  readonly subject: string;
  /** A subject that depends on the facts (the VNS first message); `subject` otherwise. */
  readonly subjectOf?: (facts: StageFacts) => string;
  readonly paragraphs: (facts: StageFacts) => (string | undefined)[];
}

/** The words around the paragraphs of every message in one language. */
export interface MessageFrame {
  readonly dear: string;
  readonly nobody: string;
  readonly closing: string;
  readonly signOff: string;
  readonly fallback: StageText;
}
