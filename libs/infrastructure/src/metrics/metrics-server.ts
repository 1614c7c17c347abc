import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ServiceMetrics } from './service-metrics';

/**
 * `/metrics` (Prometheus text format) on a port of its own (METRICS_PORT), apart from the API's: the compose profile
 * and a production deployment publish the API's port, never this one, so metrics stay inside the network.
 */
export class MetricsServer {
  private server: Server | undefined;

  constructor(private readonly metrics: ServiceMetrics) {}

  async listen(port: number, host: string): Promise<number> {
    const server = createServer((request, response) => {
      if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
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
