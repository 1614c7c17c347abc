import { isUkPostcode } from '@vcs/domain';
import { Recipient } from '@vcs/notifications';

/**
 * Who a letter goes to, from the letter's own address block (as the VLO drafted and the manager approved it): the
 * block starts with the addressee's name, which the recipient carries on its own, and ends with the postcode when the
 * address is in the UK (an address abroad keeps every line as a line).
 */
export function letterRecipient(
  addressBlock: string | undefined,
  name: string | undefined,
  accessibleFormats: readonly string[],
): Recipient {
  const block = (addressBlock ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const lines = name && block[0] === name.trim() ? block.slice(1) : block;
  const last = lines[lines.length - 1];
  const hasPostcode = last !== undefined && isUkPostcode(last);
  return {
    ...(name ? { name } : {}),
    addressLines: hasPostcode ? lines.slice(0, -1) : lines,
    ...(hasPostcode ? { postcode: last } : {}),
    ...(accessibleFormats.length ? { accessibleFormats } : {}),
  };
}
