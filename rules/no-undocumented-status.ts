import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { skipTypeWrappers } from '../src/analysis/ast';
import { getStatusResolver } from '../src/analysis/resolve';
import { isParameterOfCalledHelper } from '../src/analysis/helper-parameters';
import { resolveSinkStatus, type StatusSink } from '../src/analysis/sinks';
import {
  getFileRoutes,
  handlerRoutesAround,
  implicitNestStatus,
  mayDocumentDecoratedRoutes,
  mayDocumentRoutesInCode,
  describeRoute,
  operationsOfRoute,
  setsItsOwnStatus,
  type CodeRoute,
} from '../src/analysis/routes';
import { isPassedThroughStatus } from '../src/analysis/status-reads';
import { getTypeInfo } from '../src/analysis/type-info';
import { createRule } from '../src/create-rule';
import { receiverNamesSchema } from '../src/option-schemas';
import { getPluginSettings } from '../src/settings';
import { describeStatus, getStatusEntry, isStatusCodeNumber } from '../src/table/lookup';
import {
  describeDocumentedCodes,
  describeOperation,
  operationDocuments,
  type DocumentedOperation,
  type OperationIndex,
} from '../src/table/operations';
import type { StatusEntry } from '../src/table/registry';

export type Options = [
  {
    allow?: number[];
    receiverNames?: string[];
    reportUnresolved?: boolean;
    reportPassthrough?: boolean;
    reportUnknownRoutes?: boolean;
  },
];

export type MessageIds =
  | 'discouragedStatus'
  | 'invalidStatus'
  | 'undocumentedStatus'
  | 'undocumentedForOperation'
  | 'undocumentedImplicitStatus'
  | 'unknownRoute'
  | 'unregisteredStatus'
  | 'unresolvedStatus';

export const RULE_NAME = 'no-undocumented-status';

export default createRule<Options, MessageIds, UndocumentedChecks>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow sending a status that is not a valid, documented status of the API',
      recommended: 'recommended',
      requiresTypeChecking: false,
      strictOptions: [{ reportUnresolved: true, reportUnknownRoutes: true }],
    },
    schema: [
      {
        type: 'object',
        properties: {
          allow: {
            type: 'array',
            items: { type: 'integer', minimum: 100, maximum: 599 },
            uniqueItems: true,
            description: 'Status codes this rule accepts beside the documented ones.',
          },
          receiverNames: receiverNamesSchema,
          reportUnresolved: {
            type: 'boolean',
            description: 'Report a status whose value cannot be resolved to literal codes.',
          },
          reportPassthrough: {
            type: 'boolean',
            description:
              'With `reportUnresolved`, also report a status passed through from another response or error (`upstream.status`, `err.statusCode`).',
          },
          reportUnknownRoutes: {
            type: 'boolean',
            description: 'Report a route of the code that is no operation of the OpenAPI `source` documents.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [], receiverNames: [], reportUnresolved: false, reportPassthrough: false, reportUnknownRoutes: false }],
    messages: {
      invalidStatus: '{{value}} is not an HTTP status code: a status is an integer from 100 to 599.',
      undocumentedStatus: '{{status}} is not a documented status of this API (documented codes: {{origin}}).',
      unregisteredStatus:
        "{{status}} is not a registered HTTP status code ({{origin}}); if the API documents it, list it in settings['http-status'].",
      discouragedStatus:
        '{{code}} is registered as {{standing}} ({{spec}}) and is not a documented status of this API ({{origin}}).',
      unresolvedStatus: 'The status `{{expression}}` could not be checked{{type}}: {{advice}}.',
      undocumentedForOperation: '{{status}} is not documented for {{operation}} ({{origin}} {{documents}} {{documented}}).',
      undocumentedImplicitStatus:
        'Nest answers {{operation}} with {{status}}, which is not documented for it ({{origin}} {{documents}} {{documented}}); document it, or set the status with @HttpCode().',
      unknownRoute: '{{route}} is not an operation of {{origin}}: its sends cannot be checked against what its operation documents.',
    },
  },
  checks(context, [{ allow = [], reportUnresolved = false, reportPassthrough = false, reportUnknownRoutes = false }]) {
    const { table, basePath } = getPluginSettings(context);
    const allowed = new Set(allow);
    const resolver = getStatusResolver(context);
    // One report per node and code, even when two sinks share a status expression.
    const reported = new WeakMap<TSESTree.Node, Set<number | 'unresolved'>>();

    const once = (node: TSESTree.Node, key: number | 'unresolved'): boolean => {
      let keys = reported.get(node);
      if (!keys) {
        keys = new Set();
        reported.set(node, keys);
      }
      if (keys.has(key)) return false;
      keys.add(key);
      return true;
    };

    const checkCode = (code: number, node: TSESTree.Node): void => {
      if (!isStatusCodeNumber(code)) {
        if (once(node, code)) context.report({ node, messageId: 'invalidStatus', data: { value: String(code) } });
        return;
      }
      if (allowed.has(code) || table.has(code) || !once(node, code)) return;
      const entry = getStatusEntry(code);
      const standing = entry && discouragedStanding(entry);
      if (entry && standing) {
        context.report({
          node,
          messageId: 'discouragedStatus',
          data: { code: String(code), standing, spec: entry.spec, origin: table.origin },
        });
      } else if (table.isDefault) {
        const status = entry?.unofficial ? `${describeStatus(code, entry.reason)}, from ${entry.spec},` : String(code);
        context.report({ node, messageId: 'unregisteredStatus', data: { status, origin: table.origin } });
      } else {
        context.report({
          node,
          messageId: 'undocumentedStatus',
          data: { status: describeStatus(code), origin: table.origin },
        });
      }
    };

    const typeScript = /\.[cm]?tsx?$/u.test(context.filename);
    const advice = typeScript
      ? 'give it a literal union type such as `400 | 404`, or use a named constant'
      : 'use a named constant, or a JSDoc type such as `/** @type {400 | 404} */`';

    /** One report per send, on its status, saying what was seen (and its type, with types) and what to do. */
    const reportUnresolvedStatus = (status: TSESTree.Node, parts: readonly TSESTree.Node[]): void => {
      // `null`, `undefined` and functions are bugs of another kind, not statuses to name; a status
      // passed through from another response or error is what that side said, unless asked for.
      // A helper's status parameter is checked at each of the file's calls of the helper.
      const open = parts.filter(
        (part) =>
          !isNotAStatusValue(part) &&
          (reportPassthrough || !isPassedThroughStatus(part, context.sourceCode)) &&
          !isParameterOfCalledHelper(part, context.sourceCode),
      );
      if (open.length === 0 || !once(status, 'unresolved')) return;
      const text = context.sourceCode.getText(status).replace(/\s+/gu, ' ');
      const typeInfo = getTypeInfo(context);
      const typeText = typeInfo ? typeInfo.checker.typeToString(typeInfo.services.getTypeAtLocation(status)) : undefined;
      context.report({
        node: status,
        messageId: 'unresolvedStatus',
        data: {
          expression: text.length <= 40 ? text : `${text.slice(0, 39)}…`,
          type: typeText === undefined ? '' : ` (its type is \`${typeText.length <= 40 ? typeText : `${typeText.slice(0, 39)}…`}\`)`,
          advice,
        },
      });
    };

    const operations = table.operations;
    // Routes are looked for only where something documents operations: an OpenAPI source, or the file's own code;
    // asked at the first send, so that a file with none pays nothing.
    let checksOperationsKnown: boolean | undefined;
    const checksOperations = (): boolean => (checksOperationsKnown ??= operations !== undefined || mayDocumentRoutesInCode(context.sourceCode));
    const fileRoutes = () => getFileRoutes(context.sourceCode, context.filename, getTypeInfo(context));
    /** The operations a handler's routes are, once per handler; `null` when its routes are none of the documents'. */
    const operationsOfHandler = new WeakMap<TSESTree.Node, readonly DocumentedOperation[] | null>();
    const unknownReported = new WeakSet<TSESTree.Node>();

    /** The documented operations a send belongs to, when it is in a handler of a documented route. */
    const operationsAround = (node: TSESTree.Node, index: OperationIndex | undefined): readonly DocumentedOperation[] | undefined => {
      const found = handlerRoutesAround(node, fileRoutes());
      if (!found) return undefined;
      let known = operationsOfHandler.get(found.handler);
      if (known === undefined) {
        const matched = found.routes.flatMap((route) => operationsOfRoute(route, index, basePath));
        known = matched.length > 0 ? matched : null;
        operationsOfHandler.set(found.handler, known);
        if (!known && reportUnknownRoutes && index) {
          for (const route of found.routes) reportUnknownRoute(route);
        }
      }
      return known ?? undefined;
    };

    const reportUnknownRoute = (route: CodeRoute): void => {
      if (unknownReported.has(route.node)) return;
      unknownReported.add(route.node);
      context.report({
        node: route.node,
        messageId: 'unknownRoute',
        data: { route: describeRoute(route, basePath), origin: table.origin },
      });
    };

    /** A code checked against the operations of its handler: documented by one of them, or reported naming the first. */
    const checkOperationCode = (code: number, node: TSESTree.Node, handlerOperations: readonly DocumentedOperation[]): void => {
      if (!isStatusCodeNumber(code)) return checkCode(code, node);
      if (allowed.has(code) || handlerOperations.some((operation) => operationDocuments(operation, code)) || !once(node, code)) return;
      const [operation] = handlerOperations;
      context.report({
        node,
        messageId: 'undocumentedForOperation',
        data: {
          status: describeStatus(code),
          operation: describeOperation(operation!),
          origin: operation!.origin,
          documents: operation!.originIsPlural ? 'document' : 'documents',
          documented: describeDocumentedCodes(operation!),
        },
      });
    };

    return {
      onSink(sink) {
        const { codes, unresolved } = resolveSinkStatus(resolver, sink);
        const handlerOperations = codes.length > 0 && checksOperations() ? operationsAround(sink.node, operations) : undefined;
        for (const { code, node } of codes) {
          if (handlerOperations) checkOperationCode(code, node, handlerOperations);
          else checkCode(code, node);
        }
        if (reportUnresolved && unresolved.length > 0) reportUnresolvedStatus(sink.status, unresolved);
      },
      // Nest answers a handler with 201 for @Post() and 200 otherwise, unless @HttpCode() (or @Res()) says otherwise.
      exit() {
        if (!checksOperations()) return;
        const routes = fileRoutes();
        for (const { handler, routes: handlerRoutes } of routes.handlers) {
          if (!handlerRoutes.some((route) => route.decorator) || setsItsOwnStatus(handler)) continue;
          const handlerOperations = operationsAround(handler.body ?? handler, operations);
          if (!handlerOperations) continue;
          for (const route of handlerRoutes) {
            const code = implicitNestStatus(route);
            if (code === undefined || route.method === '*' || !route.decorator) continue;
            const [operation] = operationsOfRoute(route, operations, basePath);
            if (!operation || operationDocuments(operation, code) || allowed.has(code) || !once(route.decorator, code)) continue;
            context.report({
              node: route.decorator,
              messageId: 'undocumentedImplicitStatus',
              data: {
                operation: describeOperation(operation),
                status: describeStatus(code),
                origin: operation.origin,
                documents: operation.originIsPlural ? 'document' : 'documents',
                documented: describeDocumentedCodes(operation),
              },
            });
          }
        }
      },
    };
  },
  // Bad settings are a configuration error of the rule, told when it is loaded, before any file is looked at.
  start(context) {
    getPluginSettings(context);
  },
  listen: ([{ receiverNames = [] }], file) => ({
    sinks: { options: { receiverNames }, onSink: (sink) => file.checks.onSink(sink) },
    'Program:exit'() {
      // Only a decorated route can answer with a status it does not send, and only the documents or
      // the decorators of a documentation package can leave it out: a file with neither has nothing to check.
      const { context } = file;
      if (getPluginSettings(context).table.operations === undefined && !mayDocumentDecoratedRoutes(context.sourceCode)) return;
      file.checks.exit();
    },
  }),
});

/** What the rule checks in one file. */
interface UndocumentedChecks {
  /** A status sink: its codes against the table, or against its route's documented operations. */
  onSink(sink: StatusSink): void;
  /** At the end of the file: Nest's implicit statuses of the file's decorated routes. */
  exit(): void;
}

function isNotAStatusValue(node: TSESTree.Node): boolean {
  const value = skipTypeWrappers(node);
  return (
    (value.type === AST_NODE_TYPES.Literal && value.value === null) ||
    (value.type === AST_NODE_TYPES.Identifier && value.name === 'undefined') ||
    value.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    value.type === AST_NODE_TYPES.FunctionExpression
  );
}

function discouragedStanding(entry: StatusEntry): string | undefined {
  if (entry.unused) return 'unused';
  if (entry.deprecated) return 'deprecated';
  if (entry.obsoleted) return 'obsoleted';
  return undefined;
}
