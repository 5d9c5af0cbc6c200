// `local/no-cycles`: no import cycle anywhere in the project, type imports, re-exports and
// dynamic imports included (import-x/no-cycle ignores type imports). The rest of the project
// is read from disk once per lint run; the file being linted is taken as it is now.
import { buildImportGraph, importPath, importSpecifiers, projectPath, resolveImport } from './import-graph.js';

const graphs = new Map();

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'No import cycles, types included (docs/architecture.md).' },
    schema: [],
    messages: { cycle: 'Import cycle: {{path}}. Move what both sides need into a file both may import.' },
  },
  create(context) {
    const root = context.cwd;
    if (!graphs.has(root)) graphs.set(root, buildImportGraph(root));
    const graph = new Map(graphs.get(root));
    const self = context.filename;
    const own = new Set();
    for (const specifier of importSpecifiers(context.sourceCode.text)) {
      const target = resolveImport(self, specifier);
      if (target) own.add(target);
    }
    graph.set(self, own);
    const reported = new Set();
    const check = (node, specifier) => {
      if (typeof specifier !== 'string') return;
      const target = resolveImport(self, specifier);
      if (!target || reported.has(target)) return;
      const back = importPath(graph, target, self);
      if (!back) return;
      reported.add(target);
      const path = [self, ...back].map((file) => projectPath(root, file)).join(' → ');
      context.report({ node, messageId: 'cycle', data: { path } });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      TSImportType: (node) => {
        const literal = node.argument?.literal ?? node.argument;
        if (literal?.type === 'Literal') check(node, literal.value);
      },
    };
  },
};
