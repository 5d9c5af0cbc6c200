// `local/layers`: the folders of main/ form layers, and a file imports only from layers
// below its own (as VS Code's `code-layering` rule does). Peers in one layer are
// independent of each other. Leaves (the sandboxes, the demo, the dev server) stand beside
// the layers: they may use the product, but the product imports them only where the
// options say, and only lazily where they say so. Type imports count like any other.
// The order itself is written down in eslint.config.js; docs/architecture.md explains it.
import { projectPath, resolveImport } from './import-graph.js';

/** The unit (a folder or file under `root`, relative to it) a project path belongs to. */
export function unitOf(units, root, path) {
  if (!path.startsWith(`${root}/`)) return null;
  const inside = path.slice(root.length + 1);
  let best = null;
  for (const unit of units) {
    if ((inside === unit || inside.startsWith(`${unit}/`)) && (!best || unit.length > best.length)) best = unit;
  }
  return best ?? inside.split('/')[0];
}

/**
 * Why importing `to` from `from` (project paths) breaks the layer order, or null when it
 * does not. `dynamic` is true for `await import(…)`.
 */
export function layerViolation(options, from, to, dynamic) {
  const { root, layers, leaves = [] } = options;
  const layerOf = new Map(layers.flatMap((layer, level) => layer.units.map((unit) => [unit, { name: layer.name, level }])));
  const leafOf = new Map(leaves.map((leaf) => [leaf.unit, leaf]));
  const units = [...layerOf.keys(), ...leafOf.keys()];
  const source = unitOf(units, root, from);
  const target = unitOf(units, root, to);
  if (source === null || target === null || source === target) return null;
  const name = (unit) => `${root}/${unit}`;
  for (const unit of [source, target]) {
    if (!layerOf.has(unit) && !leafOf.has(unit)) return `${name(unit)} is in no layer: place it in the layer order in eslint.config.js (docs/architecture.md).`;
  }

  const targetLeaf = leafOf.get(target);
  if (targetLeaf) {
    if ((targetLeaf.importedBy ?? []).includes(source)) return null;
    const lazyAllowed = (targetLeaf.lazilyImportedBy ?? []).some((file) => from === `${root}/${file}`);
    if (lazyAllowed && dynamic) return null;
    const who = [...(targetLeaf.importedBy ?? []).map(name), ...(targetLeaf.lazilyImportedBy ?? []).map((f) => `${root}/${f} (lazily, with await import)`)];
    return `${name(target)} is not part of the product: only ${who.length ? who.join(', ') : 'tests and scripts'} may import it.`;
  }

  const sourceLeaf = leafOf.get(source);
  if (sourceLeaf) {
    const allowed = sourceLeaf.imports ?? [];
    if (allowed.includes(target) || (allowed.includes('*') && layerOf.has(target))) return null;
    return `${name(source)} may import only ${allowed.length ? allowed.map((u) => (u === '*' ? 'the product' : name(u))).join(' and ') : 'shared/ and itself'}, not ${name(target)}.`;
  }

  const a = layerOf.get(source);
  const b = layerOf.get(target);
  if (b.level < a.level) return null;
  if (b.level === a.level) {
    return `${name(source)} and ${name(target)} are independent peers in the "${a.name}" layer: what both need belongs in a layer below, and what joins them in one above.`;
  }
  return `${name(source)} (layer "${a.name}") may not import ${name(target)} (layer "${b.name}"): a layer imports only the layers below it.`;
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Imports inside main/ follow the layer order (docs/architecture.md).' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          layers: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, units: { type: 'array', items: { type: 'string' } } }, required: ['name', 'units'], additionalProperties: false } },
          leaves: { type: 'array', items: { type: 'object', properties: { unit: { type: 'string' }, imports: { type: 'array', items: { type: 'string' } }, importedBy: { type: 'array', items: { type: 'string' } }, lazilyImportedBy: { type: 'array', items: { type: 'string' } }, why: { type: 'string' } }, required: ['unit'], additionalProperties: false } },
        },
        required: ['root', 'layers'],
        additionalProperties: false,
      },
    ],
    messages: { layer: '{{why}}' },
  },
  create(context) {
    const options = context.options[0];
    const root = context.cwd;
    const from = projectPath(root, context.filename);
    if (!from.startsWith(`${options.root}/`)) return {};
    const check = (node, specifier, dynamic) => {
      if (typeof specifier !== 'string') return;
      const target = resolveImport(context.filename, specifier);
      if (!target) return;
      const why = layerViolation(options, from, projectPath(root, target), dynamic);
      if (why) context.report({ node, messageId: 'layer', data: { why } });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value, false),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value, false),
      ExportAllDeclaration: (node) => check(node.source, node.source.value, false),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value, true),
      TSImportType: (node) => {
        const literal = node.argument?.literal ?? node.argument;
        if (literal?.type === 'Literal') check(node, literal.value, false);
      },
    };
  },
};
