// The example API's lint config: what a user of the plugin writes.
import httpStatus from 'eslint-plugin-http-status';
import tseslint from 'typescript-eslint';

export default [
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  httpStatus.configs['recommended-type-checked'],
  {
    settings: {
      'http-status': {
        // The API's documented table is its own error page, and each operation's is its OpenAPI
        // document's: the rules read the codes from both, and check each handler against its operation.
        source: ['api/docs-errors.md', 'api/openapi.yaml'],
      },
    },
  },
];
