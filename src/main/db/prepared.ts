import type { Db } from './connection';

/**
 * Prepares a repository's statements once per connection (statements belong
 * to the Db they were made on) and hands back the same set on every call.
 */
export function preparedStatements<T>(prepare: (db: Db) => T): (db: Db) => T {
  const cache = new WeakMap<Db, T>();
  return (db) => {
    let statements = cache.get(db);
    if (!statements) {
      statements = prepare(db);
      cache.set(db, statements);
    }
    return statements;
  };
}
