import type * as ts from 'typescript';
import type * as tsApiUtils from 'ts-api-utils';
import type * as scopeManager from '@typescript-eslint/scope-manager';
import type * as typescriptEstree from '@typescript-eslint/typescript-estree';

/*
 * `typescript` is an optional peer dependency: untyped users may not have it.
 * These are loaded on first use, which only happens once a file has type information
 * (and so TypeScript is installed).
 */
let typescriptModule: typeof ts | undefined;
let tsApiUtilsModule: typeof tsApiUtils | undefined;
let estreeModules: { readonly estree: typeof typescriptEstree; readonly scopeManager: typeof scopeManager } | undefined;

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

/** typescript-estree (which loads TypeScript) and the scope manager, to read another file of a typed program. */
export function loadEstreeParser(): { readonly estree: typeof typescriptEstree; readonly scopeManager: typeof scopeManager } {
  estreeModules ??= {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose, see above
    estree: require('@typescript-eslint/typescript-estree') as typeof typescriptEstree,
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded with it
    scopeManager: require('@typescript-eslint/scope-manager') as typeof scopeManager,
  };
  return estreeModules;
}
