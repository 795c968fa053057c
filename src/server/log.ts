/**
 * The server's log. Entries carry ids and counts only: display names, room
 * titles and agreements are never logged (privacy rule, DESIGN.md).
 */
export type Logger = {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
};
export type LogFields = Record<string, string | number | boolean | undefined>;

function line(level: string, message: string, fields?: LogFields): string {
  const extra = fields
    ? Object.entries(fields)
        .filter(([, value]) => value !== undefined)
        .map(([key, value]) => `${key}=${String(value)}`)
        .join(' ')
    : '';
  return `${new Date().toISOString()} ${level} ${message}${extra ? ` ${extra}` : ''}`;
}

export const consoleLogger: Logger = {
  info: (message, fields) => console.log(line('info', message, fields)),
  warn: (message, fields) => console.warn(line('warn', message, fields)),
  error: (message, fields) => console.error(line('error', message, fields)),
};

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
