import { getStatusResolver } from '../src/analysis/resolve';
import { mayHaveHeader } from '../src/analysis/sink-headers';
import { resolveSinkStatus, type StatusSink } from '../src/analysis/sinks';
import { createRule } from '../src/create-rule';
import { receiverNamesSchema } from '../src/option-schemas';
import { describeStatus, getStatusEntry } from '../src/table/lookup';

export type Options = [
  {
    checkRecommended?: boolean;
    receiverNames?: string[];
  },
];

export type MessageIds = 'missingRecommendedHeader' | 'missingRequiredHeader';

export const RULE_NAME = 'require-status-headers';

export default createRule<Options, MessageIds, (sink: StatusSink) => void>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the headers a status needs, such as WWW-Authenticate with 401 and Allow with 405',
      recommended: 'strict',
      requiresTypeChecking: false,
    },
    schema: [
      {
        type: 'object',
        properties: {
          checkRecommended: {
            type: 'boolean',
            description:
              'Also report the headers the code table marks recommended (Location with 201 and redirects, Retry-After with 413, 429 and 503, Content-Range with 416), not only the required ones.',
          },
          receiverNames: receiverNamesSchema,
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ checkRecommended: false, receiverNames: [] }],
    messages: {
      missingRequiredHeader:
        '{{status}} is sent without the {{header}} header, which {{document}} requires with it{{section}}.',
      missingRecommendedHeader:
        '{{status}} is sent without the {{header}} header, which {{document}} recommends with it{{section}}.',
    },
  },
  checks(context, [{ checkRecommended = false }]) {
    const resolver = getStatusResolver(context);
    return (sink: StatusSink): void => {
      for (const { code } of resolveSinkStatus(resolver, sink).codes) {
        const entry = getStatusEntry(code);
        for (const header of entry?.headers ?? []) {
          if (header.requirement === 'recommended' && !checkRecommended) continue;
          // Headers are worked out only for a status that needs one.
          if (mayHaveHeader(sink.headers, header.name)) continue;
          context.report({
            node: sink.node,
            messageId: header.requirement === 'required' ? 'missingRequiredHeader' : 'missingRecommendedHeader',
            data: { status: describeStatus(code), header: header.name, ...citation(entry!.spec) },
          });
        }
      }
    };
  },
  listen: ([{ receiverNames = [] }], file) => ({ sinks: { options: { receiverNames }, onSink: (sink) => file.checks(sink) } }),
});

/** "RFC 9110, Section 15.5.2" → "RFC 9110" and " (Section 15.5.2)". */
function citation(spec: string): { document: string; section: string } {
  const match = /^(.*?), (Section .+)$/u.exec(spec);
  return match ? { document: match[1]!, section: ` (${match[2]!})` } : { document: spec, section: '' };
}
