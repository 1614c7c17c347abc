import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ServiceMetrics } from './service-metrics';

/**
 * `/metrics` (Prometheus text format) on a port of its own (METRICS_PORT), apart from the API's: the compose profile
 * and a production deployment publish the API's port, never this one, so metrics stay inside the network. A process
 * can add other internal reports here (`serveJson`): what operators need but the public port must not tell.
 */
export class MetricsServer {
  private server: Server | undefined;
  private readonly reports = new Map<string, () => Promise<unknown>>();

  constructor(private readonly metrics: ServiceMetrics) {}

  /** An internal JSON report on this port at `path` (GET), answered from `read` on each request. */
  serveJson(path: string, read: () => Promise<unknown>): void {
    this.reports.set(path, read);
  }

  async listen(port: number, host: string): Promise<number> {
    const server = createServer((request, response) => {
      const path = request.url?.split('?')[0] ?? '';
      const report = request.method === 'GET' ? this.reports.get(path) : undefined;
      if (report) {
        report().then(
          (value) =>
            response
              .writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
              .end(JSON.stringify(value)),
          () => response.writeHead(500, { 'content-type': 'text/plain' }).end('report unavailable\n'),
        );
        return;
      }
      if (request.method !== 'GET' || path !== '/metrics') {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
        return;
      }
      this.metrics.text().then(
        (text) =>
          response
            .writeHead(200, { 'content-type': this.metrics.registry.contentType, 'cache-control': 'no-store' })
            .end(text),
        () => response.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable\n'),
      );
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    return (server.address() as AddressInfo).port;
  }

  /** The port it listens on (useful with METRICS_PORT=0: any free port). */
  get port(): number | undefined {
    const address = this.server?.address();
    return typeof address === 'object' && address ? address.port : undefined;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
