import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { createLogger } from '@vcs/config';
import { apiClientFor } from '../data/api-client';
import { requestLog } from './request-log';

/** A plain HTTP server standing in for the API's address: it records the headers of what the web service sends it. */
async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('request log: one request id per page, returned, logged and sent on to the API', () => {
  const seenByApi: IncomingHttpHeaders[] = [];
  const lines: Record<string, unknown>[] = [];
  let api: Server;
  let web: Server;
  let webUrl: string;

  beforeAll(async () => {
    api = createServer((req, res) => {
      seenByApi.push(req.headers);
      res.setHeader('content-type', 'application/json');
      res.end('{"status":"UP"}');
    });
    const apiUrl = await listen(api);
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const text of chunk.toString('utf8').split('\n').filter(Boolean))
          lines.push(JSON.parse(text) as Record<string, unknown>);
        done();
      },
    });
    const log = createLogger({ level: 'info', service: 'web' }, sink);
    const app = express();
    app.use(requestLog(log));
    app.get('/page', async (_req, res) => {
      // Two calls in parallel, as the pages make them, and one after: all carry the page's id.
      const client = apiClientFor(apiUrl, 'token-of-the-person');
      await Promise.all([client.GET('/health'), client.GET('/health')]);
      await client.GET('/health');
      log.info('page rendered');
      res.send('ok');
    });
    web = createServer(app);
    webUrl = await listen(web);
  });

  afterAll(async () => {
    await new Promise((resolve) => web.close(resolve));
    await new Promise((resolve) => api.close(resolve));
  });

  it('gives two pages two ids, each on its API calls, its log lines and its X-Request-Id', async () => {
    const first = await fetch(`${webUrl}/page`);
    const second = await fetch(`${webUrl}/page`);
    const ids = [first.headers.get('x-request-id'), second.headers.get('x-request-id')];
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
    expect(seenByApi.map((headers) => headers['x-request-id'])).toEqual([
      ids[0],
      ids[0],
      ids[0],
      ids[1],
      ids[1],
      ids[1],
    ]);
    expect(seenByApi[0].authorization).toBe('Bearer token-of-the-person');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const requests = lines.filter((line) => line.msg === 'request');
    expect(requests.map((line) => [line.requestId, line.route, line.status])).toEqual([
      [ids[0], '/page', 200],
      [ids[1], '/page', 200],
    ]);
    expect(lines.filter((line) => line.msg === 'page rendered').map((line) => line.requestId)).toEqual(ids);
  });

  it('sends no request id when a client is made outside a page request', async () => {
    seenByApi.length = 0;
    const apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
    await apiClientFor(apiUrl, 'token').GET('/health');
    expect(seenByApi[0]['x-request-id']).toBeUndefined();
  });
});
