// Every regular expression in a source folder, for tests that hold them all to a rule. Literals are read from the
// syntax tree (complete by construction); patterns built with `new RegExp(...)` are recorded while their modules
// load, and each file that builds one must be seen building it, so a new dynamic pattern cannot slip past.
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import ts from 'typescript';

export type FoundPattern = {where: string; regex: RegExp};

const ROOT = join(import.meta.dirname, '..', '..', '..');
const isSource = (name: string) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts');

export function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), {recursive: true, encoding: 'utf8'})
    .filter(isSource).map((file) => join(ROOT, folder, file)).sort();
}

const where = (file: string, source: ts.SourceFile, node: ts.Node) =>
  `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

/** Regular expression literals, `/…/flags`, with the line they are written on. */
export function literalPatterns(file: string): FoundPattern[] {
  const source = parse(file);
  const found: FoundPattern[] = [];
  walk(source, (node) => {
    if (node.kind !== ts.SyntaxKind.RegularExpressionLiteral) return;
    const text = (node as ts.RegularExpressionLiteral).text;
    const close = text.lastIndexOf('/');
    found.push({where: where(file, source, node), regex: new RegExp(text.slice(1, close), text.slice(close + 1))});
  });
  return found;
}

/** Lines where a file calls `RegExp(...)` or `new RegExp(...)`: patterns whose text exists only at run time. */
export function constructorCalls(file: string): string[] {
  const source = parse(file);
  const calls: string[] = [];
  walk(source, (node) => {
    const callee = ts.isNewExpression(node) || ts.isCallExpression(node) ? node.expression : undefined;
    if (callee && ts.isIdentifier(callee) && callee.text === 'RegExp') calls.push(where(file, source, node));
  });
  return calls;
}

/**
 * The patterns built while `load` runs (importing modules builds their module-level patterns), each with the stack
 * it was built from. The global RegExp is swapped for a recording proxy for that time only.
 */
export async function recordBuiltPatterns(load: () => Promise<unknown>): Promise<Array<{regex: RegExp; stack: string}>> {
  const Original = globalThis.RegExp;
  const built: Array<{regex: RegExp; stack: string}> = [];
  const note = (regex: RegExp) => {
    built.push({regex, stack: new Error().stack ?? ''});
    return regex;
  };
  globalThis.RegExp = new Proxy(Original, {
    construct: (target, args: [string | RegExp, string?]) => note(new target(...args)),
    apply: (target, _this, args: [string | RegExp, string?]) => note(target(...args)),
  });
  try {
    await load();
  } finally {
    globalThis.RegExp = Original;
  }
  return built;
}
