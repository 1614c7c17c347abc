import { randomUUID } from 'node:crypto';
import { ApiHarness } from '@vcs/test-support';
import request from 'supertest';
import { findSeededUser } from '../../../dev-identity/src/seeded-users';

/**
 * Writes cases through the API as a signed-in officer would (the VLO's own pages are proven by vlo-journey): a
 * browser test of another role starts from cases already there. Each call must succeed.
 */
export class ApiSeed {
  lastPosition = '';

  private constructor(
    private readonly api: ApiHarness,
    private readonly token: string,
  ) {}

  /** A seeded person (apps/dev-identity) calls with their name, as their sign-in would; anyone else without one. */
  static async as(api: ApiHarness, role: 'VLO' | 'VLO_MANAGER', userId: string, unit: string): Promise<ApiSeed> {
    return new ApiSeed(api, await api.token(role, userId, { units: [unit], name: findSeededUser(userId)?.name }));
  }

  async send(method: 'post' | 'put', path: string, body: object = {}): Promise<Record<string, unknown>> {
    const response = await request(this.api.http)
      [method](path)
      .set('Authorization', `Bearer ${this.token}`)
      .set('Idempotency-Key', randomUUID())
      .send(body);
    if (response.status !== 200 && response.status !== 201)
      throw new Error(`${method.toUpperCase()} ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    if (typeof response.body.position === 'string') this.lastPosition = response.body.position;
    return response.body as Record<string, unknown>;
  }
}
