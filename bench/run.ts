import fs from 'node:fs';
import path from 'node:path';

/**
 * `npm run bench [name…]`: runs every `*.bench.ts` in this folder (or those named), one after
 * another, each printing its own figures. Speed targets live here, never in the tests.
 */
async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const files = fs
    .readdirSync(__dirname)
    .filter((file) => file.endsWith('.bench.ts'))
    .filter((file) => wanted.length === 0 || wanted.some((name) => file.startsWith(name)))
    .sort();
  for (const file of files) {
    console.log(`\n=== ${file}`);
    const benchmark = (await import(path.join(__dirname, file))) as { default: () => Promise<void> };
    await benchmark.default();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
