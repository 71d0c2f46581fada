/**
 * tenfold/no-process-local-state — tenfold runs as many stateless instances behind a load
 * balancer, so state that lives in one process's memory (or on its disk) is invisible to the
 * others and lost on restart. Shared data belongs in Postgres, Redis or S3. This rule reports:
 *
 *  1. A module-level `let` or `var` (anywhere in the files it is enabled for).
 *  2. A module-level `const` holding a mutable container used as a store: an empty
 *     `new Map()` / `new Set()` / `new WeakMap()` / `new WeakSet()`, an empty `[]` or `{}`, or any
 *     module-level const that the module mutates (`X.a = …`, `X[k]++`, `delete X.a`,
 *     `X.push(…)`, `X.set(…)`, `Object.assign(X, …)`, …).
 *     Fine: non-empty literals the module only reads (lookup tables, settings), `as const`
 *     literals, `Object.freeze(…)`, `Symbol(…)` DI tokens, containers typed `ReadonlyMap` /
 *     `ReadonlySet` / `readonly T[]`, and `new AsyncLocalStorage()` (built-in allowlist: it holds
 *     per-request context, not shared data).
 *  3. A static class field that is not `readonly`, or a `static readonly` Map/Set/WeakMap/WeakSet
 *     or empty `[]` / `{}` (`static cache = new Map()`).
 *  4. In module code only (option `moduleDirs`, default `src/modules/`): a Map/Set/WeakMap/WeakSet
 *     held by a class instance (`private readonly x = new Map()` or `this.x = new Map()`) — a
 *     provider is a per-process singleton, so this is a per-process cache. Infrastructure is
 *     exempt from this part (per-instance metrics registries, breakers live there).
 *  5. In module code only: importing a local-disk writer from `node:fs` / `node:fs/promises`
 *     (`writeFile*`, `appendFile*`, `createWriteStream`, `mkdir*`, `mkdtemp*`, also as
 *     `fs.writeFile(…)` through a namespace/default import). Files the app produces go to S3.
 *
 * Allowlist: a comment `// stateless-ok: <reason>` directly above the reported line (or above the
 * statement containing it; it may be part of a contiguous comment block). The reason is
 * mandatory: a bare `// stateless-ok` (or with an empty reason) is itself reported and allows
 * nothing. Use it only for what is legitimately per process: request coalescing, a breaker, a
 * temp file streamed to S3, ….
 *
 * Proven by test/architecture/no-process-local-state-rule.spec.ts.
 */
import { relative, sep } from 'node:path';

const MARKER = /^[\s*]*stateless-ok\b(:?)(.*)$/s;
const CONTAINERS = new Set(['Map', 'Set', 'WeakMap', 'WeakSet']);
const READONLY_TYPES = new Set(['ReadonlyMap', 'ReadonlySet', 'ReadonlyArray', 'Readonly']);
const ALLOWED_CONSTRUCTORS = new Set(['AsyncLocalStorage']);
const MUTATING_METHODS = new Set([
  'push',
  'pop',
  'shift',
  'unshift',
  'splice',
  'sort',
  'reverse',
  'fill',
  'copyWithin',
  'set',
  'add',
  'delete',
  'clear',
]);
const MUTATING_OBJECT_FUNCTIONS = new Set(['assign', 'defineProperty', 'defineProperties']);
const FS_MODULES = new Set(['fs', 'node:fs', 'fs/promises', 'node:fs/promises']);
const DISK_WRITER = /^(writeFile|appendFile|createWriteStream|mkdir|mkdtemp)/;

/** Strips type-only wrappers; answers `{ expression, constant }` (constant: an `as const`). */
function unwrap(node) {
  let expression = node;
  for (;;) {
    if (!expression) return { expression, constant: false };
    if (
      expression.type === 'TSAsExpression' &&
      expression.typeAnnotation.type === 'TSTypeReference' &&
      expression.typeAnnotation.typeName.type === 'Identifier' &&
      expression.typeAnnotation.typeName.name === 'const'
    ) {
      return { expression, constant: true };
    }
    if (
      expression.type === 'TSAsExpression' ||
      expression.type === 'TSSatisfiesExpression' ||
      expression.type === 'TSNonNullExpression' ||
      expression.type === 'TSTypeAssertion'
    ) {
      expression = expression.expression;
      continue;
    }
    return { expression, constant: false };
  }
}

function isFrozen(expression) {
  return (
    expression.type === 'CallExpression' &&
    expression.callee.type === 'MemberExpression' &&
    expression.callee.object.type === 'Identifier' &&
    expression.callee.object.name === 'Object' &&
    expression.callee.property.type === 'Identifier' &&
    expression.callee.property.name === 'freeze'
  );
}

function containerName(expression) {
  if (
    expression?.type === 'NewExpression' &&
    expression.callee.type === 'Identifier' &&
    CONTAINERS.has(expression.callee.name)
  ) {
    return expression.callee.name;
  }
  return null;
}

function isEmptyLiteral(expression) {
  return (
    (expression?.type === 'ArrayExpression' && expression.elements.length === 0) ||
    (expression?.type === 'ObjectExpression' && expression.properties.length === 0)
  );
}

/** A type annotation that makes the value read-only: `ReadonlyMap<…>`, `readonly T[]`, …. */
function isReadonlyType(typeAnnotation) {
  const type = typeAnnotation?.typeAnnotation;
  if (!type) return false;
  if (type.type === 'TSTypeOperator' && type.operator === 'readonly') return true;
  return (
    type.type === 'TSTypeReference' &&
    type.typeName.type === 'Identifier' &&
    READONLY_TYPES.has(type.typeName.name)
  );
}

/** The identifier at the root of `a.b[c].d`, or null. */
function rootIdentifier(node) {
  let current = node;
  while (current.type === 'MemberExpression' || current.type === 'TSNonNullExpression') {
    current = current.type === 'MemberExpression' ? current.object : current.expression;
  }
  return current.type === 'Identifier' ? current : null;
}

/** Whether the reference `identifier` is the root of a write into the object it names. */
function isMutation(identifier) {
  let member = identifier;
  while (member.parent?.type === 'MemberExpression' && member.parent.object === member) {
    member = member.parent;
  }
  if (member === identifier) {
    // Object.assign(X, …) / Object.defineProperty(X, …)
    const call = identifier.parent;
    return (
      call?.type === 'CallExpression' &&
      call.arguments[0] === identifier &&
      call.callee.type === 'MemberExpression' &&
      call.callee.object.type === 'Identifier' &&
      call.callee.object.name === 'Object' &&
      call.callee.property.type === 'Identifier' &&
      MUTATING_OBJECT_FUNCTIONS.has(call.callee.property.name)
    );
  }
  const parent = member.parent;
  if (parent?.type === 'AssignmentExpression' && parent.left === member) return true;
  if (parent?.type === 'UpdateExpression') return true;
  if (parent?.type === 'UnaryExpression' && parent.operator === 'delete') return true;
  if (parent?.type === 'CallExpression' && parent.callee === member) {
    return (
      member.property.type === 'Identifier' &&
      !member.computed &&
      MUTATING_METHODS.has(member.property.name)
    );
  }
  return false;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Refuses process-local state (module-level stores, mutable statics, provider caches, local disk writes) unless marked `// stateless-ok: <reason>`.',
    },
    schema: [
      {
        type: 'object',
        properties: { moduleDirs: { type: 'array', items: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
    messages: {
      moduleLet:
        'Module-level `{{kind}} {{name}}` is state local to this process; instances share nothing but Postgres, Redis and S3. Move it there, make it a `const`, or mark it `// stateless-ok: <reason>`.',
      moduleStore:
        'Module-level `{{name}}` is a mutable container ({{what}}): a cache or store local to this process. Keep shared data in Redis/Postgres, or mark it `// stateless-ok: <reason>`.',
      mutatedModuleConst:
        'Module-level `{{name}}` is mutated by this module: state local to this process. Keep shared data in Redis/Postgres, or mark it `// stateless-ok: <reason>`.',
      staticField:
        'Static field `{{name}}` {{what}}: state shared by the whole process. Keep shared data in Redis/Postgres, or mark it `// stateless-ok: <reason>`.',
      instanceContainer:
        '`{{name}}` holds a {{what}} in a module class: providers are per-process singletons, so this is a per-process cache. Keep it in Redis/Postgres, or mark it `// stateless-ok: <reason>` (e.g. in-flight request coalescing).',
      localDisk:
        '`{{name}}` from `{{source}}` writes to local disk, which other instances never see: files the app produces go to S3. Mark a temp file streamed to S3 with `// stateless-ok: <reason>`.',
      bareMarker:
        '`stateless-ok` needs a reason: `// stateless-ok: <why this state may be local to one process>`.',
    },
  },

  create(context) {
    const sourceCode = context.sourceCode;
    const moduleDirs = context.options[0]?.moduleDirs ?? ['src/modules/'];
    const path = relative(context.cwd, context.filename).split(sep).join('/');
    const inModule = moduleDirs.some((dir) => path.startsWith(dir));

    /** Comments keyed by the line they end on, and which of them are markers with a reason. */
    const commentsEndingOn = new Map();
    const reasoned = new Set();
    for (const comment of sourceCode.getAllComments()) {
      commentsEndingOn.set(comment.loc.end.line, comment);
      const match = MARKER.exec(comment.value);
      if (!match) continue;
      const [, colon, reason] = match;
      if (colon === ':' && /\w/.test(reason)) {
        reasoned.add(comment);
      } else {
        context.report({ loc: comment.loc, messageId: 'bareMarker' });
      }
    }

    /** Whether a reasoned marker sits in the comment block directly above `line`. */
    function markedAbove(line) {
      let comment = commentsEndingOn.get(line - 1);
      while (comment) {
        if (reasoned.has(comment)) return true;
        comment = commentsEndingOn.get(comment.loc.start.line - 1);
      }
      return false;
    }

    function statementOf(node) {
      let current = node;
      while (current.parent && current.parent.type !== 'Program') {
        if (current.parent.type === 'ClassBody') return current;
        current = current.parent;
      }
      return current;
    }

    function report(node, messageId, data) {
      if (markedAbove(node.loc.start.line) || markedAbove(statementOf(node).loc.start.line)) {
        return;
      }
      context.report({ node, messageId, data });
    }

    function checkModuleDeclaration(declaration) {
      if (declaration.declare) return;
      for (const declarator of declaration.declarations) {
        const name = declarator.id.type === 'Identifier' ? declarator.id.name : '{…}';
        if (declaration.kind !== 'const') {
          report(declarator, 'moduleLet', { kind: declaration.kind, name });
          continue;
        }
        if (declarator.id.type !== 'Identifier') continue;
        const { expression, constant } = unwrap(declarator.init);
        if (!expression || constant || isFrozen(expression)) continue;
        if (
          expression.type === 'NewExpression' &&
          expression.callee.type === 'Identifier' &&
          ALLOWED_CONSTRUCTORS.has(expression.callee.name)
        ) {
          continue;
        }
        const readonly = isReadonlyType(declarator.id.typeAnnotation);
        const container = containerName(expression);
        if (!readonly && container && expression.arguments.length === 0) {
          report(declarator, 'moduleStore', { name, what: `an empty ${container}` });
          continue;
        }
        if (!readonly && isEmptyLiteral(expression)) {
          const what = expression.type === 'ArrayExpression' ? 'an empty array' : 'an empty object';
          report(declarator, 'moduleStore', { name, what });
          continue;
        }
        const [variable] = sourceCode.getDeclaredVariables(declarator);
        const mutated = variable?.references.some(
          (reference) => !reference.init && isMutation(reference.identifier),
        );
        if (mutated) report(declarator, 'mutatedModuleConst', { name });
      }
    }

    function propertyName(node) {
      if (node.key.type === 'Identifier' || node.key.type === 'PrivateIdentifier') {
        return node.key.name;
      }
      return sourceCode.getText(node.key);
    }

    /** fs namespace/default imports in module code, to catch `fs.writeFile(…)`. */
    const fsNamespaces = new Map();

    return {
      Program(program) {
        for (const statement of program.body) {
          if (statement.type === 'VariableDeclaration') checkModuleDeclaration(statement);
          if (
            statement.type === 'ExportNamedDeclaration' &&
            statement.declaration?.type === 'VariableDeclaration'
          ) {
            checkModuleDeclaration(statement.declaration);
          }
        }
      },

      PropertyDefinition(node) {
        if (node.declare) return;
        const name = propertyName(node);
        const { expression, constant } = unwrap(node.value);
        const readonlyType = isReadonlyType(node.typeAnnotation);
        const container = constant || readonlyType ? null : containerName(expression);
        if (node.static) {
          if (!node.readonly) {
            report(node, 'staticField', { name, what: 'is not readonly' });
          } else if (container) {
            report(node, 'staticField', { name, what: `holds a ${container}` });
          } else if (!constant && !readonlyType && isEmptyLiteral(expression)) {
            report(node, 'staticField', { name, what: 'holds an empty mutable container' });
          }
          return;
        }
        if (inModule && container) report(node, 'instanceContainer', { name, what: container });
      },

      AssignmentExpression(node) {
        if (!inModule || node.left.type !== 'MemberExpression') return;
        if (node.left.object.type !== 'ThisExpression') return;
        const container = containerName(unwrap(node.right).expression);
        if (!container) return;
        const name = node.left.computed
          ? sourceCode.getText(node.left.property)
          : node.left.property.name;
        report(node, 'instanceContainer', { name, what: container });
      },

      ImportDeclaration(node) {
        if (!inModule || !FS_MODULES.has(node.source.value) || node.importKind === 'type') return;
        for (const specifier of node.specifiers) {
          if (specifier.type === 'ImportSpecifier') {
            if (specifier.importKind === 'type') continue;
            const imported =
              specifier.imported.type === 'Identifier'
                ? specifier.imported.name
                : specifier.imported.value;
            if (DISK_WRITER.test(imported)) {
              report(specifier, 'localDisk', { name: imported, source: node.source.value });
            }
          } else {
            fsNamespaces.set(specifier.local.name, node.source.value);
          }
        }
      },

      MemberExpression(node) {
        if (fsNamespaces.size === 0 || node.object.type !== 'Identifier') return;
        const source = fsNamespaces.get(node.object.name);
        if (!source || node.computed || node.property.type !== 'Identifier') return;
        const root = rootIdentifier(node);
        if (root?.name !== node.object.name) return;
        if (DISK_WRITER.test(node.property.name)) {
          report(node, 'localDisk', { name: `${node.object.name}.${node.property.name}`, source });
        }
      },
    };
  },
};

export default {
  meta: { name: 'tenfold' },
  rules: { 'no-process-local-state': rule },
};
