import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/errors';
import { parseSettings } from '../src/settings';

const cwd = process.cwd();

function errorOf(raw: unknown): ConfigurationError {
  try {
    parseSettings(raw, cwd);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error(`expected ${JSON.stringify(raw)} to be rejected`);
}

describe("settings['http-status']", () => {
  it('defaults to the registry table when nothing is set', () => {
    for (const raw of [undefined, {}]) {
      const { table } = parseSettings(raw, cwd);
      expect(table.isDefault).toBe(true);
      expect(table.has(404)).toBe(true);
      expect(table.has(418)).toBe(false);
    }
  });

  it('reads codes as a list of numbers', () => {
    const { table } = parseSettings({ codes: [200, 441] }, cwd);
    expect(table.entries.map((e) => e.code)).toEqual([200, 441]);
    expect(table.get(200)?.reason).toBe('OK');
    expect(table.get(441)?.reason).toBeUndefined();
    expect(table.has(404)).toBe(false);
    expect(table.origin).toBe("settings['http-status'].codes");
    expect(table.isDefault).toBe(false);
  });

  it('reads codes as entries, keeping a custom meaning', () => {
    const { table } = parseSettings(
      { codes: [{ code: 499, reason: 'Offline Processing', description: 'queued' }, { code: 441 }] },
      cwd,
    );
    expect(table.get(499)).toEqual({
      code: 499,
      reason: 'Offline Processing',
      description: 'queued',
      origin: "settings['http-status'].codes",
    });
  });

  it('reads codes as a map of code to reason', () => {
    const { table } = parseSettings({ codes: { '441': 'Missing Required Parameter', '454': 'Session Not Found' } }, cwd);
    expect(table.get(441)?.reason).toBe('Missing Required Parameter');
    expect(table.get(454)?.reason).toBe('Session Not Found');
  });

  it('names the setting and the bad value', () => {
    expect(errorOf({ codes: [200, 99] }).message).toBe(
      "settings['http-status'].codes[1] must be an integer status code from 100 to 599; got 99.",
    );
    expect(errorOf({ codes: [1000] }).message).toContain('got 1000.');
    expect(errorOf({ codes: [200.5] }).message).toContain('codes[0] must be an integer status code from 100 to 599; got 200.5.');
    expect(errorOf({ codes: [{ code: 'x' }] }).message).toContain('codes[0].code must be an integer status code');
    expect(errorOf({ codes: [{ code: 404, reason: 3 }] }).message).toBe(
      "settings['http-status'].codes[0].reason must be a string; got 3.",
    );
    expect(errorOf({ codes: [{ code: 404, status: 1 }] }).message).toContain('unknown key "status"');
    expect(errorOf({ codes: { '4040': 'Nope' } }).message).toBe(
      "settings['http-status'].codes key \"4040\" must be an integer status code from 100 to 599; got \"4040\".",
    );
    expect(errorOf({ codes: 'all' }).message).toContain('must be a list of status codes');
    expect(errorOf({ code: [200] }).message).toBe(
      "settings['http-status'] has an unknown key \"code\"; known keys are codes, source, senders, basePath.",
    );
    expect(errorOf([200]).message).toContain("settings['http-status'] must be an object");
    expect(errorOf({ source: 42 }).message).toBe("settings['http-status'].source must be a file path; got 42.");
  });

  it('reads basePath, a path that starts with a slash', () => {
    expect(parseSettings({ basePath: '/api' }, process.cwd()).basePath).toBe('/api');
    expect(parseSettings({ codes: [200] }, process.cwd()).basePath).toBe('');
    for (const bad of ['api', 42, '/api?x=1', '/a b']) {
      expect(errorOf({ basePath: bad }).message).toBe(
        `settings['http-status'].basePath must be a path that starts with "/", like "/api"; got ${typeof bad === 'string' ? JSON.stringify(bad) : String(bad)}.`,
      );
    }
  });

  it('reads senders, each with one status or the argument that holds it', () => {
    const { senders } = parseSettings(
      { senders: [{ name: 'badRequest', status: 400 }, { name: 'ApiError', statusArgument: 0 }] },
      cwd,
    );
    expect([...senders.values()]).toEqual([
      { name: 'badRequest', status: 400 },
      { name: 'ApiError', statusArgument: 0 },
    ]);
    expect(parseSettings({ codes: [200] }, cwd).senders.size).toBe(0);
  });

  it('names the sender and what is wrong with it', () => {
    const where = "settings['http-status'].senders";
    expect(errorOf({ senders: { name: 'x' } }).message).toBe(
      `${where} must be a list like [{ name: 'badRequest', status: 400 }]; got {"name":"x"}.`,
    );
    expect(errorOf({ senders: ['badRequest'] }).message).toBe(
      `${where}[0] must be an object like { name: 'badRequest', status: 400 }; got "badRequest".`,
    );
    expect(errorOf({ senders: [{ name: 'a b', status: 400 }] }).message).toBe(
      `${where}[0].name must be the name of a function or class; got "a b".`,
    );
    expect(errorOf({ senders: [{ name: 'f' }] }).message).toBe(
      `${where}[0] must have either status (the status it sends) or statusArgument (the argument that holds it).`,
    );
    expect(errorOf({ senders: [{ name: 'f', status: 400, statusArgument: 0 }] }).message).toContain('must have either status');
    expect(errorOf({ senders: [{ name: 'f', status: 4000 }] }).message).toBe(
      `${where}[0].status must be an HTTP status code from 100 to 599; got 4000.`,
    );
    expect(errorOf({ senders: [{ name: 'f', statusArgument: -1 }] }).message).toBe(
      `${where}[0].statusArgument must be an argument index (0 for the first); got -1.`,
    );
    expect(errorOf({ senders: [{ name: 'f', code: 400 }] }).message).toBe(
      `${where}[0] has an unknown key "code"; known keys are name, status, statusArgument.`,
    );
    expect(errorOf({ senders: [{ name: 'f', status: 400 }, { name: 'f', status: 401 }] }).message).toBe(
      `${where}[1] names "f" a second time.`,
    );
  });

  it('shows only its message where ESLint prints a stack', () => {
    const error = errorOf({ codes: [99] });
    error.message += '\nOccurred while linting x.js';
    expect(error.stack).toBe(`eslint-plugin-http-status: ${error.message}`);
  });
});
