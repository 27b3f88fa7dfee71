import fs from 'node:fs';
import path from 'node:path';
import { da } from './da';
import { en } from './en';

/** Every text's dotted key, e.g. "cases.field.note". */
function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([name, value]) =>
    typeof value === 'string' ? [`${prefix}${name}`] : keysOf(value, `${prefix}${name}.`),
  );
}

/** i18next picks "results_one" for t('guides.results', { count: 1 }): a plural form is used as its base key. */
const withoutPlural = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

const sourceRoot = path.resolve(__dirname, '..');
const isTranslation = (file: string) => /\.(da|en)\.ts$/.test(file) || /\/i18n\/(da|en)\.ts$/.test(file);

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') && !isTranslation(file) ? [file] : [];
  });
}

const code = sourceFiles(sourceRoot).map((file) => fs.readFileSync(file, 'utf8'));
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A template literal as a pattern: each `${…}` stands for one key segment, e.g. `roles.${role}`.
 * Such a key uses every text it can name (all roles); the check cannot tell which of them occur.
 */
const templatePattern = (template: string) =>
  new RegExp(
    `^${template
      .split(/\$\{[^}]*\}/)
      .map(escapeRegExp)
      .join('[\\w-]+')}$`,
  );

const literals = new Set(
  code.flatMap((text) => [...text.matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)].map((m) => m[1] ?? m[2])),
);
const templates = code.flatMap((text) => [...text.matchAll(/`([^`]*)`/g)].map((m) => m[1] ?? ''));
// A template counts as a key only with a dotted fixed part ("roles.${role}"), not e.g. `${level}`, which would match any key.
const isKeyTemplate = (template: string) =>
  template.includes('${') && /[\w-]\.|\.[\w-]/.test(template.replace(/\$\{[^}]*\}/g, ''));
const templatePatterns = templates.filter(isKeyTemplate).map(templatePattern);
const danishKeys = keysOf(da);

it('has the same keys in English as in Danish', () => {
  expect(keysOf(en).sort()).toEqual([...danishKeys].sort());
});

it('has no text that no code uses', () => {
  const used = (key: string) =>
    [key, withoutPlural(key)].some((name) => literals.has(name) || templatePatterns.some((p) => p.test(name)));
  expect(danishKeys.filter((key) => !used(key))).toEqual([]);
});

it('has a text for every key the code asks for', () => {
  const known = new Set(danishKeys.map(withoutPlural));
  const asked = code.flatMap((text) => [...text.matchAll(/\bt\(\s*(['"`])((?:(?!\1).)*)\1/g)].map((m) => m[2] ?? ''));
  expect(asked.length).toBeGreaterThan(400);
  const missing = asked.filter((key) =>
    key.includes('${') ? !danishKeys.some((name) => templatePattern(key).test(name)) : !known.has(key),
  );
  expect(missing).toEqual([]);
});
