// Finds import cycles among the project's own modules (electron/, shared/,
// renderer/), and among its folders (electron/api, electron/workbook, …,
// shared, renderer): a folder that imports another which imports it back is
// a circle too, even when no single module is. Counted are the imports that
// survive compilation: `import type` and type-only re-exports are erased.
// Run by `npm run lint`; exits 1 and names each cycle when there is one.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '../..');
const FOLDERS = ['electron', 'shared', 'renderer'];

function sources(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function resolveImport(from, spec) {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec).replace(/\.js$/, '');
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) if (existsSync(candidate)) return candidate;
  return undefined;
}

/** The modules a file imports at run time. */
function runtimeImports(file) {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out = [];
  for (const node of sf.statements) {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      if (clause?.isTypeOnly) continue;
      // import { type A, type B } from '…' is erased too.
      const named = clause?.namedBindings;
      if (clause && !clause.name && named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly)) continue;
      out.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      const named = node.exportClause;
      if (named && ts.isNamedExports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly)) continue;
      out.push(node.moduleSpecifier.text);
    }
  }
  return out.map((spec) => resolveImport(file, spec)).filter(Boolean);
}

const files = FOLDERS.flatMap((f) => sources(join(ROOT, f)));
const moduleGraph = new Map(files.map((f) => [f, runtimeImports(f)]));

/** electron/<folder>, or the top folder for shared/ and renderer/. */
function folderOf(file) {
  const parts = relative(ROOT, file).split(/[\\/]/);
  return parts[0] === 'electron' ? `${parts[0]}/${parts[1]}` : parts[0];
}
const folderGraph = new Map();
for (const [file, imports] of moduleGraph) {
  const from = folderOf(file);
  const targets = folderGraph.get(from) ?? new Set();
  for (const i of imports) if (folderOf(i) !== from) targets.add(folderOf(i));
  folderGraph.set(from, targets);
}

/** Tarjan's strongly connected components: every component of more than one node is a cycle. */
function cyclesOf(graph) {
let index = 0;
const stack = [];
const meta = new Map();
const cycles = [];
function connect(v) {
  meta.set(v, { index, low: index, onStack: true });
  index++;
  stack.push(v);
  for (const w of graph.get(v) ?? []) {
    if (!graph.has(w)) continue;
    if (!meta.has(w)) {
      connect(w);
      meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).low);
    } else if (meta.get(w).onStack) meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).index);
  }
  if (meta.get(v).low === meta.get(v).index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      meta.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component);
  }
}
for (const v of graph.keys()) if (!meta.has(v)) connect(v);
return cycles;
}

const moduleCycles = cyclesOf(new Map([...moduleGraph].map(([k, v]) => [k, v])));
const folderCycles = cyclesOf(new Map([...folderGraph].map(([k, v]) => [k, [...v]])));
for (const c of moduleCycles) console.error(`import cycle: ${c.map((f) => relative(ROOT, f)).sort().join(' ↔ ')}`);
for (const c of folderCycles) console.error(`import cycle between folders: ${c.sort().join(' ↔ ')}`);
if (moduleCycles.length + folderCycles.length > 0) process.exit(1);
console.log(`no import cycles among ${files.length} modules and ${folderGraph.size} folders`);
