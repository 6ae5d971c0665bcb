import path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';

/** The folder holding `tsconfig.json` and the `file.ts` / `file.tsx` / `file.js` typed cases pretend to be. */
export const typedFixtureDir = path.join(__dirname, 'fixtures', 'typed');

/**
 * Rule tester without type information: TypeScript syntax through the
 * typescript-eslint parser, no program. Plain `.js` through espree is
 * `espreeRuleTester`.
 */
export function createRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  });
}

/** ESLint's default parser (espree): what `.js` files get when no parser is configured. */
export function createEspreeRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the parser ESLint itself uses
      parser: require('espree') as never,
      ecmaVersion: 'latest',
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  });
}

/** Rule tester with type information from the real declaration packages in node_modules. */
export function createTypedRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.tsx', '*.jsx'] },
        tsconfigRootDir: typedFixtureDir,
        ecmaFeatures: { jsx: true },
      },
    },
  });
}
