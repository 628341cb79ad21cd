import { createServer, type Server, type Socket } from 'node:net';

export interface SlowSmtp {
  port: number;
  /** Messages fully received and acknowledged. */
  received: string[];
  /** Messages whose acknowledgement is being held back right now. */
  holding(): number;
  close(): Promise<void>;
}

/**
 * A minimal SMTP peer for tests that waits `delayMs` before accepting each message, so a test can
 * stop a worker while a delivery is in flight.
 */
export async function startSlowSmtp(delayMs: number): Promise<SlowSmtp> {
  const received: string[] = [];
  let held = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.setEncoding('utf8');
    let buffer = '';
    let inData = false;
    let message = '';
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 slow-smtp ready');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let index: number;
      while ((index = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, index);
        buffer = buffer.slice(index + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            const done = message;
            held += 1;
            setTimeout(() => {
              held -= 1;
              received.push(done);
              reply('250 queued');
            }, delayMs);
            message = '';
          } else {
            message += `${line}\n`;
          }
          continue;
        }
        const command = line.slice(0, 4).toUpperCase();
        if (command === 'EHLO' || command === 'HELO') reply('250 slow-smtp');
        else if (command === 'MAIL' || command === 'RCPT' || command === 'RSET' || command === 'NOOP') reply('250 ok');
        else if (command === 'DATA') {
          inData = true;
          reply('354 end with .');
        } else if (command === 'QUIT') {
          reply('221 bye');
          socket.end();
        } else reply('502 not implemented');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    received,
    holding: () => held,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
