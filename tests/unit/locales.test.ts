// The catalogs stay complete and honest: every language has exactly the English keys and placeholders, every key
// is used, the English rule messages say what the rules say, and no page or panel draws an English literal.
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';
import {areaFiles, formatMessage, languages, readCatalog, runtimeCatalog, type Catalog} from '../../scripts/lib/locales.ts';
import {rules} from '../../src/nlp/index.ts';
import {renderMessage, slotNames} from '../../src/nlp/rule.ts';
import {ruleMessageKey} from '../../src/shared/rule-text.ts';

const root = process.cwd();
const english = readCatalog('en');
const others = languages().filter((language) => language !== 'en');
const NAMED = /\$([A-Za-z0-9_@]+)\$/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const placeholdersOf = (catalog: Catalog, key: string) =>
  Object.fromEntries(Object.entries(catalog[key]?.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]));

describe('message catalogs', () => {
  it('has English and at least one more complete language', () => {
    expect(languages()).toContain('en');
    expect(others.length).toBeGreaterThanOrEqual(1);
  });

  it('uses keys Chrome accepts, unique even ignoring case', () => {
    const lower = new Set<string>();
    for (const key of Object.keys(english)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(lower.has(key.toLowerCase()), key).toBe(false);
      lower.add(key.toLowerCase());
    }
  });

  it('declares every placeholder a message names, and names every one it declares', () => {
    for (const language of languages()) {
      const catalog = readCatalog(language);
      for (const [key, entry] of Object.entries(catalog)) {
        expect(entry.message.trim(), `${language}/${key}`).not.toBe('');
        const named = new Set([...entry.message.matchAll(NAMED)].map((match) => match[1]!.toLowerCase()));
        expect([...named].sort(), `${language}/${key}`).toEqual(Object.keys(placeholdersOf(catalog, key)).sort());
      }
    }
  });

  it.each(others)('%s has exactly the English keys, with the same placeholders', (language) => {
    const catalog = readCatalog(language);
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort());
    for (const key of Object.keys(english)) expect(placeholdersOf(catalog, key), key).toEqual(placeholdersOf(english, key));
    // Each area file mirrors English, so a translator finds a key where the English one is.
    expect(areaFiles(language).map((file) => file.split('/').pop())).toEqual(areaFiles('en').map((file) => file.split('/').pop()));
  });

  it.each(languages())('%s keeps the store listing within Chrome Web Store limits', (language) => {
    const catalog = readCatalog(language);
    expect(catalog.extName!.message.length).toBeLessThanOrEqual(45);
    expect(catalog.extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  it.each(languages())('%s reads the same in the package, which leaves out what only translators need', (language) => {
    const catalog = readCatalog(language);
    const packaged = runtimeCatalog(catalog);
    const args = ['<1>', '<2>', '<3>', '<4>'];
    for (const key of Object.keys(catalog)) expect(formatMessage(packaged, key, args), key).toBe(formatMessage(catalog, key, args));
    expect(JSON.stringify(packaged)).not.toMatch(/"(description|example)"/);
  });

  it('lists every English area file in the key type', () => {
    const keyTypes = readFileSync(join(root, 'src/shared/message-keys.ts'), 'utf8');
    for (const file of areaFiles('en')) expect(keyTypes, relative(root, file)).toContain(`'../locales/en/${file.split('/').pop()}'`);
  });

  it('uses every key somewhere (in code, in the manifest, or as a rule message)', () => {
    const literals = new Set<string>();
    for (const file of sourceFiles('src')) for (const match of readFileSync(file, 'utf8').matchAll(/'([A-Za-z0-9_]+)'/g)) literals.add(match[1]!);
    for (const match of readFileSync(join(root, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)) literals.add(match[1]!);
    for (const rule of rules) {
      for (const id of [...Object.keys(rule.meta.messages), 'description', 'rationale']) literals.add(ruleMessageKey(rule.meta.id, id));
    }
    const used = (key: string) => literals.has(key) || literals.has(key.replace(/_(one|other)$/, ''));
    expect(Object.keys(english).filter((key) => !used(key))).toEqual([]);
  });
});

describe('rule messages', () => {
  it('English says exactly what each rule says, slot for slot', () => {
    for (const rule of rules) {
      const {id, description, rationale, messages} = rule.meta;
      expect(formatMessage(english, ruleMessageKey(id, 'description'))).toBe(description);
      if (rationale) expect(formatMessage(english, ruleMessageKey(id, 'rationale'))).toBe(rationale);
      for (const [messageId, template] of Object.entries(messages)) {
        const data = Object.fromEntries(slotNames(template).map((name, index) => [name, `<${name}${index}>`]));
        const {text, args} = renderMessage(template, data);
        expect(formatMessage(english, ruleMessageKey(id, messageId), args), `${id}/${messageId}`).toBe(text);
      }
    }
  });

  it.each(others)('%s translates every rule message with all its slots', (language) => {
    const catalog = readCatalog(language);
    for (const rule of rules) {
      for (const [messageId, template] of Object.entries(rule.meta.messages)) {
        const args = slotNames(template).map((name) => `<${name}>`);
        const text = formatMessage(catalog, ruleMessageKey(rule.meta.id, messageId), args);
        for (const arg of args) expect(text, `${rule.meta.id}/${messageId}`).toContain(arg);
      }
    }
  });
});

describe('formatMessage (Chrome\'s substitution rules, for tests and scripts)', () => {
  const catalog: Catalog = {
    greet: {message: 'Hi $Name$, $$5 for $WHAT$', placeholders: {name: {content: '$1'}, what: {content: '$2'}}},
  };
  it('fills named placeholders case-insensitively, keeps $$ as a dollar, and gives "" for a missing key', () => {
    expect(formatMessage(catalog, 'greet', ['Ana', 'lunch'])).toBe('Hi Ana, $5 for lunch');
    expect(formatMessage(catalog, 'nope')).toBe('');
  });
  it('inserts substitutions as they are, as Chromium does ("Save $$5 $1" in a subject stays)', () => {
    expect(formatMessage(catalog, 'greet', ['A$$B $1 $WHAT$', 'x'])).toBe('Hi A$$B $1 $WHAT$, $5 for x');
  });
});

// What a user reads is drawn in these folders; selectors.ts files hold the sites' own words, used to find things.
const UI_DIRS = ['src/popup', 'src/options', 'src/sites', 'src/ui'];
const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description', 'aria-roledescription']);
const TEXT_PROPERTIES = new Set(['textContent', 'innerText', 'title', 'ariaLabel', 'placeholder', 'alt']);
const WORDS = /[A-Za-z]{2,}/;

function hardCodedText(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const textOf = (node: ts.Node | undefined) =>
    node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && WORDS.test(node.text) ? node.text : null;
  const where = (node: ts.Node) => `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) found.push(`${where(node)} ${node.text.trim()}`);
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText())) {
      const value = node.initializer && ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      const text = textOf(value);
      if (text) found.push(`${where(node)} ${text}`);
    }
    // element.textContent = 'Undo'; {textContent: 'Undo'}; setAttribute('aria-label', 'Close')
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)
      && TEXT_PROPERTIES.has(node.left.name.text)) {
      const text = textOf(node.right);
      if (text) found.push(`${where(node)} ${text}`);
    }
    if (ts.isPropertyAssignment(node) && TEXT_PROPERTIES.has(node.name.getText())) {
      const text = textOf(node.initializer);
      if (text) found.push(`${where(node)} ${text}`);
    }
    if (ts.isCallExpression(node) && node.expression.getText().endsWith('setAttribute')) {
      const [name, value] = node.arguments;
      const text = textOf(value);
      if (name && ts.isStringLiteral(name) && TEXT_ATTRIBUTES.has(name.text) && text) found.push(`${where(node)} ${text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('user-facing text', () => {
  it('is never an English literal in a page, panel or banner', () => {
    const files = UI_DIRS.flatMap(sourceFiles).filter((file) => !file.endsWith('selectors.ts'));
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap(hardCodedText)).toEqual([]);
  });
});
