/*
 * The few globals src/shared may use: those that every place it runs provides
 * alike (Node, the browser pages, Electron's main process). Shared code is
 * typechecked without DOM and without Node types (tsconfig.shared.json, the
 * only config that reads this file), so anything else — document, window,
 * localStorage, process, Buffer — fails to compile there. Add a name only if
 * both runtimes have it, with just the members shared code uses.
 */

/** WHATWG URL (Node ≥ 10, every browser). */
declare class URL {
  constructor(input: string, base?: string);
  readonly hash: string;
  readonly host: string;
  readonly hostname: string;
  readonly origin: string;
  readonly password: string;
  readonly pathname: string;
  readonly port: string;
  readonly protocol: string;
  readonly search: string;
  readonly username: string;
  toString(): string;
}

/** HTML structured clone (Node ≥ 17, every browser). */
declare function structuredClone<T>(value: T): T;
