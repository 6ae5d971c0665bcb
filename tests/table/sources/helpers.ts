import path from 'node:path';
import { expect } from 'vitest';
import { ConfigurationError } from '../../../src/errors';

export const fixturesDir = path.join(__dirname, '..', '..', 'fixtures');
export const openApiDir = path.join(fixturesDir, 'openapi');
export const sourcesDir = path.join(fixturesDir, 'sources');
export const seedsDir = path.join(fixturesDir, 'seeds');

/** The ConfigurationError `action` throws; fails the test when it throws nothing or something else. */
export function configurationErrorOf(action: () => unknown): ConfigurationError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}
