import { ESLint, Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { createRule } from '../src/create-rule';

interface Options {
  readonly names?: readonly string[];
  readonly limit?: number;
}

/** A rule that records the options `create` receives, file after file. */
function recordingRule(seen: unknown[]) {
  return createRule<[Options], 'found'>({
    name: 'recording',
    meta: {
      type: 'problem',
      docs: { description: 'Disallow nothing; records its options' },
      messages: { found: 'found' },
      schema: [
        {
          type: 'object',
          properties: {
            names: { type: 'array', items: { type: 'string' }, description: 'names' },
            limit: { type: 'number', description: 'limit' },
          },
          additionalProperties: false,
        },
      ],
    },
    defaultOptions: [{ names: ['status'], limit: 3 }],
    create(context, [options]) {
      seen.push(options);
      return {};
    },
  });
}

async function lintFiles(rule: ReturnType<typeof recordingRule>, ruleOptions: readonly unknown[], count: number) {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [
      {
        plugins: { test: { rules: { recording: rule } } as never },
        rules: { 'test/recording': ['error', ...ruleOptions] },
      },
    ],
  });
  for (let index = 0; index < count; index += 1) {
    await eslint.lintText(`const a${index} = ${index};`, { filePath: `file${index}.js` });
  }
}

describe('createRule', () => {
  it('merges the options with their defaults', async () => {
    const seen: unknown[] = [];
    await lintFiles(recordingRule(seen), [{ limit: 5 }], 1);
    expect(seen).toEqual([{ names: ['status'], limit: 5 }]);
  });

  it('merges the same options once, not once per file', async () => {
    // ESLint gives every file a fresh copy of the options; merging them again for
    // each file was a measurable share of the plugin's time on large code bases.
    const seen: unknown[] = [];
    await lintFiles(recordingRule(seen), [{ limit: 5 }], 3);
    expect(seen).toHaveLength(3);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).toBe(seen[0]);
  });

  it('merges equal options given as new objects for each file once too (a Linter handed its config anew)', () => {
    // Built per object alone, every file would build (and keep) its own: a leak the corpus bench found.
    const seen: unknown[] = [];
    const rule = recordingRule(seen);
    const linter = new Linter({ configType: 'flat' });
    for (let index = 0; index < 3; index += 1) {
      const config: Linter.Config[] = [
        { plugins: { test: { rules: { recording: rule } } as never }, rules: { 'test/recording': ['error', { limit: 5 }] } },
      ];
      linter.verify(`const a${index} = ${index};`, config, { filename: `file${index}.js` });
    }
    expect(seen).toHaveLength(3);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).toBe(seen[0]);
  });

  it('keeps different options apart', async () => {
    const seen: unknown[] = [];
    const rule = recordingRule(seen);
    await lintFiles(rule, [{ limit: 5 }], 1);
    await lintFiles(rule, [{ limit: 6 }], 1);
    await lintFiles(rule, [], 1);
    expect(seen).toEqual([
      { names: ['status'], limit: 5 },
      { names: ['status'], limit: 6 },
      { names: ['status'], limit: 3 },
    ]);
  });

  it('hands out frozen options, so no file can change what the next one sees', async () => {
    const seen: unknown[] = [];
    await lintFiles(recordingRule(seen), [{ names: ['code'] }], 1);
    const [options] = seen as [{ names: string[] }];
    expect(Object.isFrozen(options)).toBe(true);
    expect(Object.isFrozen(options.names)).toBe(true);
  });
});
