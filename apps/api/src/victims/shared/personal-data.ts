import { ContactDetails, PostalAddress, VictimIdentity } from '@vcs/domain';
import { PersonDetailsDto, PostalAddressDto } from './personal-details.dto';

/** The object without its undefined entries: what is stored (and encrypted) is exactly what was given. */
export function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

export function toPostalAddress(address: PostalAddressDto | undefined): PostalAddress | undefined {
  return address === undefined ? undefined : defined({ lines: [...address.lines], postcode: address.postcode });
}

/** A person's identity and contact details for `data.personal`, copied field by field from the validated request. */
export function toPersonDetails(person: PersonDetailsDto): VictimIdentity & ContactDetails {
  return defined({
    fullName: person.fullName,
    dateOfBirth: person.dateOfBirth,
    address: toPostalAddress(person.address),
    phone: person.phone,
    email: person.email,
  });
}
