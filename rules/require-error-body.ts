import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { findPropertyValue, memberName, propertyKeyName, skipTypeWrappers } from '../src/analysis/ast';
import { getStatusResolver, type ResolvedStatus } from '../src/analysis/resolve';
import { isInHeadHandler } from '../src/analysis/handlers';
import { resolveSinkStatus, type StatusSink } from '../src/analysis/sinks';
import { createRule } from '../src/create-rule';
import { receiverNamesSchema } from '../src/option-schemas';
import { describeStatus, isErrorStatus } from '../src/table/lookup';

export type Preset = 'problem-details';

export type Options = [
  {
    allowSendStatus?: boolean;
    preset?: Preset;
    receiverNames?: string[];
    requiredProperties?: string[];
  },
];

export type MessageIds =
  | 'emptyBody'
  | 'errorWithoutMessage'
  | 'missingBody'
  | 'missingProperties'
  | 'problemStatusMismatch'
  | 'statusTextOnly';

export const RULE_NAME = 'require-error-body';

/**
 * RFC 9457 problem details: the members the preset requires. The other standard
 * members (`status`, `detail`, `instance`) and extension members are accepted;
 * `status`, when present, must be the status sent.
 */
const problemDetailsRequired: readonly string[] = ['type', 'title'];
const problemStatusMember = 'status';

export default createRule<Options, MessageIds, (sink: StatusSink) => void>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a body that explains the error on every 4xx and 5xx response',
      recommended: 'recommended',
      requiresTypeChecking: false,
    },
    schema: [
      {
        type: 'object',
        properties: {
          allowSendStatus: {
            type: 'boolean',
            description: 'Accept `res.sendStatus(S)`, whose body is only the reason phrase, for error statuses.',
          },
          preset: {
            type: 'string',
            enum: ['problem-details'],
            description:
              "A body shape: 'problem-details' (RFC 9457) requires `type` and `title` in an object-literal body and checks its `status` member.",
          },
          receiverNames: receiverNamesSchema,
          requiredProperties: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'Properties an object-literal error body must have (added to those of `preset`).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allowSendStatus: false, receiverNames: [], requiredProperties: [] }],
    messages: {
      missingBody: '{{status}} is sent without a body: an error response should explain what went wrong.',
      emptyBody: '{{status}} is sent with an empty body: an error response should explain what went wrong.',
      statusTextOnly:
        '{{status}} is sent with only its reason phrase as the body: send a body that explains what went wrong.',
      errorWithoutMessage:
        '{{status}} is raised without a message, so the response carries only the reason phrase: pass a message that explains what went wrong.',
      missingProperties: 'The error body sent with {{status}} is missing {{missing}} ({{requiredBy}}).',
      problemStatusMismatch:
        'The problem document says status {{documented}} but the response is sent with {{status}}: RFC 9457 requires them to match.',
    },
  },
  checks(context, [{ allowSendStatus = false, preset, requiredProperties = [] }]) {
    const resolver = getStatusResolver(context);
    const presetRequired = preset === 'problem-details' ? problemDetailsRequired : [];
    const required = [...new Set([...presetRequired, ...requiredProperties])];

    const requiredBy = (missing: readonly string[]): string => {
      const byPreset = missing.some((name) => presetRequired.includes(name));
      const byOption = missing.some((name) => !presetRequired.includes(name));
      if (byPreset && byOption) return `required by the ${preset} preset and requiredProperties`;
      return byPreset ? `required by the ${preset} preset, RFC 9457` : 'required by requiredProperties';
    };

    const checkProperties = (sink: StatusSink, body: TSESTree.Node, errors: readonly ResolvedStatus[]): void => {
      const object = objectLiteralOf(body);
      if (!object) return;
      const present = propertyNames(object);
      if (present !== 'any') {
        const missing = required.filter((name) => !present.has(name));
        if (missing.length > 0) {
          context.report({
            node: object,
            messageId: 'missingProperties',
            data: {
              status: describeCodes(errors),
              missing: missing.map((name) => `\`${name}\``).join(', '),
              requiredBy: requiredBy(missing),
            },
          });
        }
      }
      if (preset === 'problem-details') checkProblemStatus(sink, object);
    };

    /** RFC 9457, Section 3.1.2: a `status` member must be the status the response is sent with. */
    const checkProblemStatus = (sink: StatusSink, object: TSESTree.ObjectExpression): void => {
      const documentedNode = findPropertyValue(object, problemStatusMember);
      if (!documentedNode) return;
      const sent = resolveSinkStatus(resolver, sink);
      const documented = resolver.resolve(documentedNode);
      if (sent.unresolved.length > 0 || documented.unresolved.length > 0) return;
      const sentCodes = new Set(sent.codes.map(({ code }) => code));
      for (const { code, node } of documented.codes) {
        if (sentCodes.has(code)) continue;
        context.report({
          node,
          messageId: 'problemStatusMismatch',
          data: { documented: String(code), status: describeCodes(sent.codes) },
        });
      }
    };

    return (sink) => {
      const errors = resolveSinkStatus(resolver, sink).codes.filter(({ code }) => isErrorStatus(code));
      // A response to HEAD has no body whatever its status.
      if (errors.length === 0 || isInHeadHandler(sink.node)) return;
      const { body } = sink;
      const data = { status: describeCodes(errors) };
      switch (body.kind) {
        case 'absent':
          context.report({ node: sink.node, messageId: 'missingBody', data });
          return;
        case 'empty':
          context.report({ node: sink.node, messageId: 'emptyBody', data });
          return;
        case 'default':
          if (body.source === 'status-text' && !allowSendStatus) {
            context.report({ node: sink.node, messageId: 'statusTextOnly', data });
          } else if (body.source === 'error-without-message') {
            context.report({ node: sink.node, messageId: 'errorWithoutMessage', data });
          }
          // A redirect's note is no error body, and a redirect is no error response.
          return;
        case 'present':
          // A message or properties object of http-errors is not the body's shape.
          if (body.via !== 'message' && (required.length > 0 || preset)) checkProperties(sink, body.value, errors);
          return;
        case 'unknown':
          return;
      }
    };
  },
  listen: ([{ receiverNames = [] }], file) => ({ sinks: { options: { receiverNames }, onSink: (sink) => file.checks(sink) } }),
});

function describeCodes(codes: readonly ResolvedStatus[]): string {
  return [...new Set(codes.map(({ code }) => code))].map((code) => describeStatus(code)).join(' or ');
}

/** The object literal a body is, also inside `JSON.stringify(…)` (serverless bodies, `res.end(…)`). */
function objectLiteralOf(body: TSESTree.Node): TSESTree.ObjectExpression | undefined {
  let current = skipTypeWrappers(body);
  if (
    current.type === AST_NODE_TYPES.CallExpression &&
    current.callee.type === AST_NODE_TYPES.MemberExpression &&
    current.callee.object.type === AST_NODE_TYPES.Identifier &&
    current.callee.object.name === 'JSON' &&
    memberName(current.callee) === 'stringify' &&
    current.arguments[0] &&
    current.arguments[0].type !== AST_NODE_TYPES.SpreadElement
  ) {
    current = skipTypeWrappers(current.arguments[0]);
  }
  return current.type === AST_NODE_TYPES.ObjectExpression ? current : undefined;
}

/**
 * The property names an object literal surely has, or 'any' when a spread of an
 * object that is not a literal, or a computed key, may bring any of them.
 */
function propertyNames(object: TSESTree.ObjectExpression): ReadonlySet<string> | 'any' {
  const names = new Set<string>();
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      const spread = skipTypeWrappers(property.argument);
      if (spread.type !== AST_NODE_TYPES.ObjectExpression) return 'any';
      const inner = propertyNames(spread);
      if (inner === 'any') return 'any';
      for (const name of inner) names.add(name);
      continue;
    }
    const name = propertyKeyName(property);
    if (name === undefined) return 'any';
    names.add(name);
  }
  return names;
}
