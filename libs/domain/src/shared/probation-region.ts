/** The 12 probation regions of England and Wales (Probation Service, since unification in June 2021). */
export const PROBATION_REGIONS = [
  'north-east',
  'north-west',
  'yorkshire-and-the-humber',
  'greater-manchester',
  'wales',
  'west-midlands',
  'east-midlands',
  'east-of-england',
  'london',
  'kent-surrey-and-sussex',
  'south-west',
  'south-central',
] as const;

export type ProbationRegion = (typeof PROBATION_REGIONS)[number];
