/** JSON schema pieces that several rules' options share. */
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

/** `receiverNames`: the names that stand for a response without type information, for every rule that finds sinks. */
export const receiverNamesSchema: JSONSchema4 = {
  type: 'array',
  items: { type: 'string', minLength: 1 },
  uniqueItems: true,
  description:
    'More names that stand for a response, reply or context when there is no type information (beside res, reply, ctx, c, …).',
};
