import { Writable } from 'node:stream';
import pino from 'pino';
import { loggerOptions } from './logging.js';

describe('log redaction', () => {
  it('never writes a NIK, whatever the shape of the logged object', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, callback) {
        lines.push(String(chunk));
        callback();
      },
    });
    const options = loggerOptions('info', 'test').pinoHttp as pino.LoggerOptions;
    const logger = pino({ level: 'info', redact: options.redact }, sink);
    const nik = '3374014503980001';
    logger.info({ nik }, 'top level');
    logger.info({ dto: { nik } }, 'dto');
    logger.info({ req: { body: { nik } } }, 'request body');
    logger.info({ profile: { identity: { nik } } }, 'two levels down');
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      expect(line).not.toContain(nik);
      expect(line).toContain('[redacted]');
    }
  });
});
