// The no-network check. Chromium is pointed at this local proxy; every request the routes below do not answer
// (from a page, the service worker, anywhere) reaches it, is refused, and is recorded. Routed fixture pages never do.
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';

export type NetworkGuard = {proxyUrl: string; attempts: string[]; close(): Promise<void>};

export async function startNetworkGuard(): Promise<NetworkGuard> {
  const attempts: string[] = [];
  const server: Server = createServer((request, response) => {
    attempts.push(`${request.method} ${request.url}`);
    response.writeHead(403).end('Rapport tests: network is off');
  });
  server.on('connect', (request, socket) => {
    attempts.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    proxyUrl: `http://127.0.0.1:${port}`,
    attempts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
