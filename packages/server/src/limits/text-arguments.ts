import { type DocumentNode, GraphQLError, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors.ts';

// Text that no field of PlanHub holds, refused in every argument before execution: a NUL
// character (PostgreSQL cannot store or compare it) or a lone surrogate (not Unicode
// text). Checked in the document's literals and in the variables, so that no resolver,
// and no database, ever sees such a string.

// A NUL, or a UTF-16 surrogate without its partner.
const INVALID = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function invalidIn(value: unknown, path: string): string | null {
  if (typeof value === 'string') return INVALID.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = invalidIn(value[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const found = invalidIn(v, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

const refusal = (where: string) =>
  new GraphQLError(`${where} holds a NUL character or a broken surrogate pair, which is not text PlanHub can hold. Remove it and send again.`, {
    extensions: { code: ErrorCode.INVALID_ARGUMENT, http: { status: 400 } },
  });

/** Where the document's literals hold invalid text, if anywhere; null when nowhere. */
function invalidLiteral(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    StringValue(node) {
      if (!found && INVALID.test(node.value)) found = `A string argument at line ${node.loc?.startToken.line ?? '?'}`;
    },
  });
  return found;
}

export function textArguments(): Plugin {
  // Per parsed document (Yoga's parse cache hands the same one to every request of a text).
  const literals = new WeakMap<DocumentNode, string | null>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variable = invalidIn(args.variableValues ?? {}, '$');
      if (variable) {
        setResultAndStopExecution({ errors: [refusal(`Variable ${variable.replace(/^\$\./, '$')}`)] });
        return;
      }
      let literal = literals.get(args.document);
      if (literal === undefined) literals.set(args.document, (literal = invalidLiteral(args.document)));
      if (literal) setResultAndStopExecution({ errors: [refusal(literal)] });
    },
  };
}
