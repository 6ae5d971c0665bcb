// Counts the places in the corpus where code plainly deals with an HTTP status, so
// the report can say how much of the corpus the rules look at. A rough syntactic
// count, independent of the plugin's own analysis: a status number (100-599) sent,
// assigned, compared or given as a `status` property, or a named status constant.

const statusName = /^(?:status|statusCode|httpStatus|httpStatusCode|code)$/iu;
const sendName = /^(?:status|sendStatus|throw|json|send|redirect|writeHead|text|html|body|newResponse|error)$/u;
const constantObject = /^(?:HTTP_STATUS|HttpStatus|HttpStatusCode|StatusCodes|status|httpStatus|STATUS_CODES|HTTP_STATUS_CODES)$/u;

function isStatusNumber(node) {
  return node?.type === 'Literal' && Number.isInteger(node.value) && node.value >= 100 && node.value <= 599;
}

function nameOf(node) {
  if (!node) return undefined;
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') return node.property.name;
  if (node.type === 'ChainExpression') return nameOf(node.expression);
  return undefined;
}

/** A rule that reports nothing and adds to `counter.sites`. */
export function statusSitesRule(counter) {
  return {
    meta: { type: 'suggestion', schema: [] },
    create() {
      const count = () => {
        counter.sites += 1;
      };
      return {
        Literal(node) {
          if (!isStatusNumber(node)) return;
          const { parent } = node;
          if (parent.type === 'CallExpression' && parent.arguments.includes(node) && sendName.test(nameOf(parent.callee) ?? '')) count();
          else if (parent.type === 'AssignmentExpression' && statusName.test(nameOf(parent.left) ?? '')) count();
          else if (parent.type === 'BinaryExpression' && /^[!=<>]=?=?$/u.test(parent.operator)) {
            const other = parent.left === node ? parent.right : parent.left;
            if (/status/iu.test(nameOf(other) ?? '')) count();
          } else if (parent.type === 'Property' && parent.value === node && /status/iu.test(nameOf(parent.key) ?? '')) count();
          else if (parent.type === 'SwitchCase' && /status/iu.test(nameOf(parent.parent.discriminant) ?? '')) count();
        },
        MemberExpression(node) {
          if (constantObject.test(nameOf(node.object) ?? '') && /^[A-Z][A-Z_]+$/u.test(nameOf(node) ?? '')) count();
        },
      };
    },
  };
}

/**
 * A rule that reports nothing and counts the files the parser gave a TypeScript
 * program, so a typed run that silently lost its types shows up.
 */
export function typedFilesRule(counter) {
  return {
    meta: { type: 'suggestion', schema: [] },
    create(context) {
      if (context.sourceCode.parserServices?.program) counter.typedFiles += 1;
      return {};
    },
  };
}
