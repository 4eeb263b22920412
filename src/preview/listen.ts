import type { Server } from 'node:http';
import { UsageError } from '../errors.js';

/** How many ports above the one asked for are tried before giving up. */
const PORTS_TO_TRY = 20;

/**
 * Listens on `port`, or on the next free one when it is in use; resolves to
 * the port it got (0 asks the system for any free one).
 */
export async function listen(server: Server, host: string, port: number): Promise<number> {
  for (let candidate = port; candidate < port + PORTS_TO_TRY; candidate++) {
    try {
      await listenOnce(server, host, candidate);
      const address = server.address();
      return typeof address === 'object' && address ? address.port : candidate;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE' && port !== 0) continue;
      if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
        throw new UsageError(`cannot serve on ${host}: this machine has no such address`, 'leave out --host to serve on 127.0.0.1');
      }
      if (code === 'EACCES') throw new UsageError(`not allowed to serve on port ${candidate}`, 'ports below 1024 need root: give --port 4321');
      throw error;
    }
  }
  throw new UsageError(`ports ${port} to ${port + PORTS_TO_TRY - 1} are all in use`, 'give another with --port, or stop the other previews');
}

function listenOnce(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: Error) => {
      server.off('listening', listening);
      reject(error);
    };
    const listening = () => {
      server.off('error', failed);
      resolve();
    };
    server.once('error', failed);
    server.once('listening', listening);
    server.listen(port, host);
  });
}
