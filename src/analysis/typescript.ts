import type * as ts from 'typescript';
import type * as tsApiUtils from 'ts-api-utils';

/*
 * `typescript` is an optional peer dependency: untyped users may not have it.
 * These are loaded on first use, which only happens once a file has type information
 * (and so TypeScript is installed).
 */
let typescriptModule: typeof ts | undefined;
let tsApiUtilsModule: typeof tsApiUtils | undefined;

export function loadTypeScript(): typeof ts {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose, see above
  typescriptModule ??= require('typescript') as typeof ts;
  return typescriptModule;
}

export function loadTsApiUtils(): typeof tsApiUtils {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose, see above
  tsApiUtilsModule ??= require('ts-api-utils') as typeof tsApiUtils;
  return tsApiUtilsModule;
}
