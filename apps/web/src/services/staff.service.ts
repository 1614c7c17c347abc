import { ApiClient, Schemas, unwrap } from '../data/api-client';

export type UnitOfficer = Pick<Schemas['OfficerItem'], 'userId' | 'name'>;

/** The victim liaison officers of the manager's units (those the service knows from their sign-in), by user id. */
export async function unitOfficers(api: ApiClient, units: readonly string[]): Promise<UnitOfficer[]> {
  const lists = await Promise.all(
    units
      .filter((unit) => unit !== 'national')
      .map((unit) =>
        api
          .GET('/staff/officers', { params: { query: { unit: unit as never } } })
          .then((result) => unwrap(result).items),
      ),
  );
  const byId = new Map(lists.flat().map(({ userId, name }) => [userId, { userId, name }]));
  return [...byId.values()].sort((a, b) => a.userId.localeCompare(b.userId));
}
