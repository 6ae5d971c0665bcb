import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import plugin from '../src';
import { buildConfigs, configRules } from '../src/configs';
import { createRule } from '../src/create-rule';
import { rules } from '../rules';
import type { HttpStatusRule } from '../rules';

function ruleWith(docs: Partial<Parameters<typeof createRule>[0]['meta']['docs']>): HttpStatusRule {
  return createRule({
    name: 'probe',
    meta: { type: 'problem', docs: { description: 'Disallow probes', ...docs }, messages: {}, schema: [] },
    defaultOptions: [],
    create: () => ({}),
  });
}

describe('configs are derived from rule meta', () => {
  const probes = {
    plain: ruleWith({ recommended: 'recommended' }),
    typed: ruleWith({ recommended: 'recommended', requiresTypeChecking: true }),
    strictOnly: ruleWith({ recommended: 'strict', strictOptions: [{ reportUnresolved: true }] }),
    unlisted: ruleWith({}),
  };

  it('puts recommended untyped rules in recommended, and typed ones only in recommended-type-checked', () => {
    expect(configRules(probes)).toEqual({
      recommended: { 'http-status/plain': 'error' },
      'recommended-type-checked': { 'http-status/plain': 'error', 'http-status/typed': 'error' },
      strict: {
        'http-status/plain': 'error',
        'http-status/strictOnly': ['error', { reportUnresolved: true }],
        'http-status/unlisted': 'error',
      },
    });
  });

  it('gives each flat config an .eslintrc twin with the same rules', () => {
    const configs = buildConfigs(plugin, probes);
    for (const name of ['recommended', 'recommended-type-checked', 'strict'] as const) {
      expect(configs[`legacy-${name}`]).toEqual({ plugins: ['http-status'], rules: configs[name].rules });
      expect(configs[name].name).toBe(`http-status/${name}`);
      expect(configs[name].plugins['http-status']).toBe(plugin);
    }
  });
});

describe('the plugin object', () => {
  it('carries meta from package.json and every rule with a docs url', () => {
    expect(plugin.meta.name).toBe('eslint-plugin-http-status');
    for (const [name, rule] of Object.entries(rules)) {
      expect(rule.meta.docs?.url).toBe(
        `https://github.com/eslint-plugin-http-status/eslint-plugin-http-status/blob/main/docs/rules/${name}.md`,
      );
      expect(rule.meta.docs?.description).toMatch(/^(Enforce|Require|Disallow) /u);
      // ESLint 9.15+ merges these itself and shows them; one entry per schema position.
      expect(rule.meta.defaultOptions).toHaveLength(Array.isArray(rule.meta.schema) ? rule.meta.schema.length : 0);
    }
  });

  it('builds its configs from its own rules', () => {
    expect(plugin.configs.recommended.rules).toEqual(configRules(rules).recommended);
    expect(plugin.configs['legacy-strict'].rules).toEqual(configRules(rules).strict);
  });
});

describe('the config tables in README.md and each rule doc', () => {
  const root = path.join(__dirname, '..');
  const configNames = ['recommended', 'recommended-type-checked', 'strict'] as const;

  /** The rows of the generated table in a Markdown file, as cells. */
  function tableRows(file: string): string[][] {
    const text = readFileSync(path.join(root, file), 'utf8');
    const block = /<!-- begin config table[^>]*-->([\s\S]*?)<!-- end config table -->/u.exec(text)?.[1];
    if (block === undefined) throw new Error(`${file} has no config table`);
    return block
      .trim()
      .split('\n')
      .slice(2)
      .map((row) => row.split('|').slice(1, -1).map((cell) => cell.trim()));
  }

  /** A cell back as a config entry: `—` for off, `error`, or `error, \`{…}\``. */
  function entryOf(cell: string): unknown {
    if (cell === '—') return undefined;
    const [severity, ...options] = cell.split(/, (?=`)/u);
    return options.length === 0 ? severity : [severity, ...options.map((option) => JSON.parse(option.slice(1, -1)) as unknown)];
  }

  it('README: every rule, and what each config turns it on with', () => {
    const expected = configRules(rules);
    const rows = tableRows('README.md');
    expect(rows.map((row) => /^\[([a-z-]+)\]/u.exec(row[0] ?? '')?.[1])).toEqual(Object.keys(rules).sort());
    for (const row of rows) {
      const rule = `http-status/${/^\[([a-z-]+)\]/u.exec(row[0] ?? '')?.[1]}`;
      configNames.forEach((config, index) => expect(entryOf(row[index + 1] ?? '')).toEqual(expected[config][rule]));
    }
  });

  it.each(Object.keys(rules))('docs/rules/%s.md', (name) => {
    const expected = configRules(rules);
    const rows = tableRows(`docs/rules/${name}.md`);
    expect(rows.map((row) => row[0])).toEqual(configNames.map((config) => `\`${config}\` (\`legacy-${config}\`)`));
    configNames.forEach((config, index) => expect(entryOf(rows[index]?.[1] ?? '')).toEqual(expected[config][`http-status/${name}`]));
  });

  it('recommended-type-checked adds the rules that need type information to recommended', () => {
    const { recommended, 'recommended-type-checked': typeChecked } = configRules(rules);
    const added = Object.keys(typeChecked).filter((rule) => !(rule in recommended));
    expect(added).toEqual(['http-status/prefer-response-ok']);
    expect(added.every((rule) => rules[rule.slice('http-status/'.length) as keyof typeof rules].meta.docs?.requiresTypeChecking)).toBe(true);
    expect(Object.keys(recommended).every((rule) => typeChecked[rule] === recommended[rule])).toBe(true);
  });

  it('recommended-type-checked then strict turns on every rule, with strict\'s options', () => {
    const { 'recommended-type-checked': typeChecked, strict } = configRules(rules);
    const both = { ...typeChecked, ...strict };
    expect(Object.keys(both).sort()).toEqual(Object.keys(rules).map((name) => `http-status/${name}`).sort());
    for (const [rule, entry] of Object.entries(strict)) expect(both[rule]).toEqual(entry);
  });
});
