/** A person who can sign in to the development identity provider. Never used in production (the provider refuses to start there). */
export interface SeededUser {
  readonly username: string;
  readonly name: string;
  /** Role names, as HMPPS Auth gives them in its `authorities` claim (without the ROLE_ prefix). */
  readonly authorities: readonly string[];
  /** Victim liaison unit codes. */
  readonly units: readonly string[];
  /** A partner's agency (the `agency` claim): a MAPPA partner reads the meetings it attended. */
  readonly agency?: string;
}

/** Everyone signs in with this password: it is committed, so it protects nothing, which is why production refuses the provider. */
export const SEEDED_PASSWORD = 'password';

export const SEEDED_USERS: readonly SeededUser[] = [
  { username: 'vlo-london', name: 'Alex Morgan', authorities: ['VLO'], units: ['london'] },
  { username: 'vlo-yorkshire', name: 'Sam Patel', authorities: ['VLO'], units: ['yorkshire-and-the-humber'] },
  { username: 'vlo-wales', name: 'Rhian Evans', authorities: ['VLO'], units: ['wales'] },
  { username: 'manager-london', name: 'Jordan Blake', authorities: ['VLO_MANAGER'], units: ['london'] },
  {
    username: 'manager-yorkshire',
    name: 'Priya Shah',
    authorities: ['VLO_MANAGER'],
    units: ['yorkshire-and-the-humber'],
  },
  { username: 'manager-wales', name: 'Owain Price', authorities: ['VLO_MANAGER'], units: ['wales'] },
  { username: 'admin', name: 'Casey Admin', authorities: ['ADMIN'], units: ['national'] },
  // Partners have no victim liaison unit: their organisation is their role (PAROLE_BOARD reads what was disclosed to
  // the Parole Board, MAPPA_PARTNER what was disclosed to MAPPA; libs/security partner-organisation.ts). A MAPPA
  // partner also names their agency, and reads the meetings it attended.
  { username: 'parole-board', name: 'Morgan Reeve', authorities: ['PAROLE_BOARD'], units: [] },
  { username: 'mappa-partner', name: 'Dana Okafor', authorities: ['MAPPA_PARTNER'], units: [], agency: 'police' },
];

export function findSeededUser(username: string): SeededUser | undefined {
  return SEEDED_USERS.find((user) => user.username === username);
}
