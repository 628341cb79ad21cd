/**
 * True when an error means PostgreSQL or Redis cannot be reached (as opposed to a bad query):
 * the request gets 503 and the client may retry.
 */
export function isDependencyUnavailable(error: unknown): boolean {
  // Duck-typed: socket errors may come from another realm (a VM context), where `instanceof Error` fails.
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: string }).code ?? (error as { driverError?: { code?: string } }).driverError?.code;
  if (code && ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006', '53300'].includes(code)) {
    return true;
  }
  const { name, message } = error as { name?: unknown; message?: unknown };
  const text = `${String(name)} ${String(message)}`;
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Connection is closed|enableOfflineQueue|MaxRetriesPerRequest|Stream isn't writeable|ECONNREFUSED|the database system is (starting up|shutting down)|terminating connection due to administrator command|Redis is not connected/i.test(
    text,
  );
}
