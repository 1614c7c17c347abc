import { Role } from '@vcs/security';
import { ApiHarness } from '@vcs/test-support';
import request, { Response } from 'supertest';

/** One user calling the letters routes; keeps every answer so a spec can check where the letter's words appeared. */
export class LettersClient {
  readonly answers: { route: string; response: Response }[] = [];

  private constructor(
    readonly api: ApiHarness,
    readonly token: string,
  ) {}

  static async as(api: ApiHarness, role: Role, userId: string): Promise<LettersClient> {
    return new LettersClient(api, await api.token(role, userId));
  }

  async send(
    method: 'post' | 'put',
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    let call = request(this.api.http)[method](path).set('Authorization', `Bearer ${this.token}`);
    for (const [name, value] of Object.entries(headers)) call = call.set(name, value);
    const response = await call.send(body as object);
    this.answers.push({ route: `${method.toUpperCase()} ${path}`, response });
    return response;
  }

  async get(path: string, asBuffer = false): Promise<Response> {
    let call = request(this.api.http).get(path).set('Authorization', `Bearer ${this.token}`);
    if (asBuffer)
      call = call.buffer(true).parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    const response = await call;
    this.answers.push({ route: `GET ${path.split('?')[0]}`, response });
    return response;
  }
}

/** Fails with the answer's body when the status is not the one expected. */
export function expectStatus(response: Response, status: number): void {
  if (response.status !== status)
    throw new Error(`expected HTTP ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
}

export function problemsOf(response: Response): string[] {
  return ((response.body.problems ?? []) as { field: string; rule: string }[]).map((p) => `${p.field}:${p.rule}`);
}
