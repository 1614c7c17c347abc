import { ApiClient, unwrap } from '../data/api-client';

/** The victim liaison officers of the manager's units (those the service knows from their sign-in), by user id. */
export async function unitOfficers(api: ApiClient, units: readonly string[]): Promise<string[]> {
  const lists = await Promise.all(
    units
      .filter((unit) => unit !== 'national')
      .map((unit) =>
        api
          .GET('/staff/officers', { params: { query: { unit: unit as never } } })
          .then((result) => unwrap(result).items),
      ),
  );
  return [...new Set(lists.flat().map((officer) => officer.userId))].sort();
}
