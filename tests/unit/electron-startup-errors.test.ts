import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/shared/errors';
import { describeStartupError } from '../../src/main/windows/startup-errors';

const path = '/home/me/.config/Cercle/cercle.db';

describe('describeStartupError', () => {
  it('explains a database from a newer Cercle in French then English', () => {
    const message = describeStartupError(new AppError('DB_TOO_NEW', 'schema 9'), path);
    expect(message.title).toContain('plus récente');
    expect(message.content).toMatch(/Mettez Cercle à jour[\s\S]*Update Cercle/);
    expect(message.content).toContain('n’a pas été modifié');
    expect(message.content).toContain('was not changed');
    expect(message.content).toContain(path);
  });

  it('explains a file that is not a Cercle database', () => {
    const message = describeStartupError(new AppError('DB_NOT_SQLITE', 'x'), path);
    expect(message.content).toContain('n’est pas une base de données Cercle');
    expect(message.content).toContain('is not a Cercle database');
  });

  it('explains an unreadable database', () => {
    const message = describeStartupError(new AppError('DB_UNAVAILABLE', 'EACCES'), path);
    expect(message.content).toContain('ne peut pas lire');
    expect(message.content).toContain('cannot read');
    expect(message.content).toContain('EACCES');
  });

  it('still says something plain for an unexpected error', () => {
    const message = describeStartupError(new Error('disk on fire'), path);
    expect(message.title).toContain('could not start');
    expect(message.content).toContain('disk on fire');
  });
});
