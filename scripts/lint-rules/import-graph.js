// The project's import graph, read from disk: which source file imports which (relative
// imports only, `import type`, re-exports and dynamic `import()` included). The lint rules
// `local/layers` and `local/no-cycles` and their test share it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export const SOURCE_FOLDERS = ['main', 'shared', 'renderer', 'preload', 'scripts', 'test'];
const SOURCE_FILE = /\.(ts|tsx|mts|js|mjs)$/;
const SKIP = new Set(['node_modules', 'out', 'dist', 'coverage']);
const CANDIDATES = ['', '.ts', '.tsx', '.mts', '.js', '.mjs', '/index.ts', '/index.tsx', '/index.js'];

/** The file a relative specifier names, or null (packages, missing files). */
export function resolveImport(fromFile, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(fromFile), specifier);
  // TypeScript lets `./x.js` name `./x.ts`.
  const bases = /\.(js|mjs)$/.test(base) ? [base, base.replace(/\.(js|mjs)$/, '')] : [base];
  for (const b of bases) {
    for (const ext of CANDIDATES) {
      const path = b + ext;
      if (existsSync(path) && statSync(path).isFile()) return path;
    }
  }
  return null;
}

/**
 * Relative imports in a source text, whatever kind of import names them; `dynamic` when it
 * is an `import(…)` call (a type written `import('./x').T` counts as one too).
 */
export function imports(sourceText) {
  return ts
    .preProcessFile(sourceText, true, true)
    .importedFiles.filter((f) => f.fileName.startsWith('.'))
    .map((f) => ({ specifier: f.fileName, dynamic: /import\s*\(\s*['"`]?$/.test(sourceText.slice(Math.max(0, f.pos - 40), f.pos)) }));
}

export function importSpecifiers(sourceText) {
  return imports(sourceText).map((i) => i.specifier);
}

function sourceFiles(root) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      if (SKIP.has(name) || name.startsWith('.')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (SOURCE_FILE.test(name) && !name.endsWith('.d.ts')) files.push(path);
    }
  };
  for (const top of SOURCE_FOLDERS) if (existsSync(join(root, top))) walk(join(root, top));
  return files;
}

/**
 * Every import between project files, with absolute paths.
 * @returns {Array<{ from: string, to: string, dynamic: boolean }>}
 */
export function importEdges(root) {
  const edges = [];
  for (const file of sourceFiles(root)) {
    for (const { specifier, dynamic } of imports(readFileSync(file, 'utf8'))) {
      const target = resolveImport(file, specifier);
      if (target) edges.push({ from: file, to: target, dynamic });
    }
  }
  return edges;
}

/**
 * file → the set of project files it imports.
 * @returns {Map<string, Set<string>>}
 */
export function buildImportGraph(root) {
  const graph = new Map(sourceFiles(root).map((file) => [file, new Set()]));
  for (const { from, to } of importEdges(root)) graph.get(from).add(to);
  return graph;
}

/**
 * A path of imports from `start` back to `goal` (both included), or null. Breadth first,
 * so the cycle reported is a shortest one.
 */
export function importPath(graph, start, goal) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift();
    if (file === goal) {
      const path = [];
      for (let at = file; at !== null; at = previous.get(at)) path.unshift(at);
      return path;
    }
    for (const next of graph.get(file) ?? []) {
      if (!previous.has(next)) {
        previous.set(next, file);
        queue.push(next);
      }
    }
  }
  return null;
}

/**
 * Every import cycle in the graph, each as its strongly connected set of files (Tarjan).
 * @param {Map<string, Set<string>>} graph
 * @returns {string[][]}
 */
export function findCycles(graph) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const visit = (v) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)?.has(v)) cycles.push(component);
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

/** A path relative to the root, with forward slashes on every OS. */
export function projectPath(root, file) {
  return relative(root, file).split(sep).join('/');
}
