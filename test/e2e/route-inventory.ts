/** The route inventory lives with the API (the OpenAPI document states each route's roles from it). */
export { routeInventory } from '../../apps/api/src/http/route-inventory';
export type { RouteEntry } from '../../apps/api/src/http/route-inventory';
