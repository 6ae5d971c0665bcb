import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { memberName } from '../src/analysis/ast';
import { dropBodyFix } from '../src/analysis/body-fixes';
import { findImportedConstants, type ImportedConstants } from '../src/analysis/constant-imports';
import { getStatusResolver, type ResolvedStatus } from '../src/analysis/resolve';
import { droppedBodyFate } from '../src/analysis/frameworks';
import { isExceptionSink, resolveSinkStatus, type StatusSink } from '../src/analysis/sinks';
import { createRule } from '../src/create-rule';
import { receiverNamesSchema } from '../src/option-schemas';
import { constantMemberFor, constantValue } from '../src/table/constant-names';
import { describeStatus, isBodylessStatus } from '../src/table/lookup';

export type Options = [
  {
    receiverNames?: string[];
  },
];

export type MessageIds = 'bodyOnBodilessStatus' | 'dropBody' | 'sendOk';

export const RULE_NAME = 'no-body-on-bodiless-status';

/** The status a body is meant for, offered when the body is intended. */
const OK = 200;

export default createRule<Options, MessageIds, (sink: StatusSink) => void>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow sending a body with a status that cannot have one (1xx, 204, 205, 304)',
      recommended: 'recommended',
      requiresTypeChecking: false,
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          receiverNames: receiverNamesSchema,
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ receiverNames: [] }],
    messages: {
      bodyOnBodilessStatus:
        '{{status}} cannot have content (RFC 9110), so this body never reaches the client: {{fate}}.',
      dropBody: 'Send {{status}} without a body.',
      sendOk: 'Send the body with {{ok}} instead.',
    },
  },
  checks(context) {
    const { sourceCode } = context;
    const resolver = getStatusResolver(context);
    let imported: readonly ImportedConstants[] | undefined;

    /** `200` in place of a code's node: a literal, a constant of a known library (`StatusCodes.NO_CONTENT` → `StatusCodes.OK`), or a name that is always this code. */
    const okText = ({ code, node }: ResolvedStatus): string | undefined => {
      if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === 'number' ? String(OK) : undefined;
      if (node.type === AST_NODE_TYPES.MemberExpression && !node.computed) {
        const member = memberName(node);
        const objectText = sourceCode.getText(node.object);
        imported ??= findImportedConstants(sourceCode);
        for (const candidate of imported) {
          if (candidate.objectText !== objectText || member === undefined) continue;
          if (constantValue(candidate.source, member) !== code) continue;
          const okMember = constantMemberFor(candidate.source, OK);
          if (okMember !== undefined) return `${objectText}.${okMember}`;
        }
      }
      const alone = resolver.resolve(node);
      const onlyThisCode = alone.unresolved.length === 0 && alone.codes.every((resolved) => resolved.code === code);
      return onlyThisCode && alone.codes.length > 0 ? String(OK) : undefined;
    };

    const okFix = (bodyless: readonly ResolvedStatus[]): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[]) | undefined => {
      const edits: { node: TSESTree.Node; text: string }[] = [];
      for (const resolved of bodyless) {
        const text = okText(resolved);
        if (text === undefined) return undefined;
        edits.push({ node: resolved.node, text });
      }
      return (fixer) => edits.map(({ node, text }) => fixer.replaceText(node, text));
    };

    return (sink) => {
      // The status first: it is resolved once for every rule, and bodyless statuses are rare;
      // the body is worked out (scanning later statements) only for them.
      const resolution = resolveSinkStatus(resolver, sink);
      const bodyless = resolution.codes.filter(({ code }) => isBodylessStatus(code));
      if (bodyless.length === 0) return;
      const { body } = sink;
      // Only a body that surely goes out with the status; http-errors turns a status below 400 into 500.
      if (body.kind !== 'present' || !body.certain || body.via === 'message') return;
      // Dropping the body is right only when no other status can be sent with it.
      const alwaysBodyless = bodyless.length === resolution.codes.length && resolution.unresolved.length === 0;
      const status = [...new Set(bodyless.map(({ code }) => code))].map((code) => describeStatus(code)).join(' or ');
      const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
      const drop = alwaysBodyless ? dropBodyFix(sink, sourceCode) : undefined;
      if (drop) suggest.push({ messageId: 'dropBody', data: { status }, fix: drop });
      // An exception thrown with 200 is no answer: for an error, dropping the body or another status is the fix.
      // A status the call means by itself (`redirect()`) has no number to rewrite.
      const ok = isExceptionSink(sink) || sink.impliedCode !== undefined ? undefined : okFix(bodyless);
      if (ok) suggest.push({ messageId: 'sendOk', data: { ok: describeStatus(OK) }, fix: ok });
      context.report({
        node: body.value,
        messageId: 'bodyOnBodilessStatus',
        data: { status, fate: droppedBodyFate[sink.framework] },
        suggest,
      });
    };
  },
  listen: ([{ receiverNames = [] }], file) => ({ sinks: { options: { receiverNames }, onSink: (sink) => file.checks(sink) } }),
});
