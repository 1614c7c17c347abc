/**
 * A member of staff named in a timeline line is written as a mention of their user id, `[[staff:vlo-7]]`, not as the
 * id itself: their name can change, and who may read it is decided when the line is read. The timeline query puts the
 * staff directory's name in its place (`withStaffNames`), so a rebuild is never needed for a name.
 */
const MENTION = /\[\[staff:([A-Za-z0-9_.@:|-]{1,200})\]\]/g;

/** Said where the staff directory has no name for the person mentioned. */
export const UNNAMED_STAFF = 'someone whose name is not known';

export function staffMention(userId: unknown): string {
  return `[[staff:${String(userId)}]]`;
}

/** The user ids a line mentions, each once. */
export function mentionedStaff(text: string): string[] {
  return [...new Set([...text.matchAll(MENTION)].map((match) => match[1]))];
}

/** The line with each mention replaced by the person's name, or by "someone whose name is not known". */
export function withStaffNames(text: string, names: ReadonlyMap<string, string | null>): string {
  return text.replace(MENTION, (_mention, userId: string) => names.get(userId) ?? UNNAMED_STAFF);
}
