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
        // The API's documented table (see api/docs/errors.md): registry codes it uses, plus its own 441.
        codes: [
          200, 201, 204, 301, 304, 400, 401, 403, 404, 409, 422, 429, 500, 503,
          { code: 441, reason: 'Missing Required Parameter' },
        ],
      },
    },
  },
];
