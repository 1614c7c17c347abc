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

/** Each region's name in words, for messages a person reads. */
export const PROBATION_REGION_NAMES = {
  'north-east': 'North East',
  'north-west': 'North West',
  'yorkshire-and-the-humber': 'Yorkshire and the Humber',
  'greater-manchester': 'Greater Manchester',
  wales: 'Wales',
  'west-midlands': 'West Midlands',
  'east-midlands': 'East Midlands',
  'east-of-england': 'East of England',
  london: 'London',
  'kent-surrey-and-sussex': 'Kent, Surrey and Sussex',
  'south-west': 'South West',
  'south-central': 'South Central',
} as const satisfies Record<ProbationRegion, string>;
