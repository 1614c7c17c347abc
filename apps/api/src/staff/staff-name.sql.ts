/**
 * SQL for the name of the member of staff whose user id is in `column` (null when the directory does not know them,
 * or their sign-in gave no name): one primary-key lookup per row, in the read's own statement, so naming the staff an
 * answer shows costs no extra round trip. Use it only beside an id the answer already gives the caller: a name is
 * disclosed exactly where its id is, never more widely.
 */
export function staffNameOf(column: string): string {
  return `(SELECT display_name FROM staff_directory WHERE staff_directory.user_id = ${column})`;
}
