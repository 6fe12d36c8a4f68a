import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const ENTRY = join(ROOT, 'src', 'index.ts');
const HEX_ENTRY = join(ROOT, 'src', 'hex', 'index.ts');

/** The ```ts blocks of the README, with the line each starts on. */
const blocks = [...README.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => ({
  code: match[1] ?? '',
  line: README.slice(0, match.index).split('\n').length,
}));

/** The block with `@blueline/core` imports pointed at this package's sources. */
function runnable(code: string): string {
  return code
    .replaceAll(`'@blueline/core/hex'`, `'${pathToFileURL(HEX_ENTRY).href}'`)
    .replaceAll(`'@blueline/core'`, `'${pathToFileURL(ENTRY).href}'`);
}

const tmp = mkdtempSync(join(tmpdir(), 'blueline-readme-'));
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('README examples', () => {
  it('has examples to run', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
  });

  it.each(blocks.map((block, index) => ({ ...block, index })))(
    'runs the example on README line $line',
    async ({ code, index }) => {
      const file = join(tmp, `example-${index}.ts`);
      writeFileSync(file, runnable(code));
      await expect(import(pathToFileURL(file).href)).resolves.toBeDefined();
    },
  );

  it('type-checks every example against the package types', () => {
    // Virtual files inside the package, so that node_modules and package.json resolve as for a
    // consumer; `@blueline/core` maps to the sources.
    const files = new Map(
      blocks.map((block, index) => [join(ROOT, `__readme_example_${index}.mts`), block.code]),
    );
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts'],
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noUncheckedIndexedAccess: true,
      verbatimModuleSyntax: true,
      skipLibCheck: true,
      noEmit: true,
      types: ['node'],
      paths: { '@blueline/core': [ENTRY], '@blueline/core/hex': [HEX_ENTRY] },
    };
    const host = ts.createCompilerHost(options);
    const readFile = host.readFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    host.readFile = (name) => files.get(name) ?? readFile(name);
    host.fileExists = (name) => files.has(name) || fileExists(name);
    host.getSourceFile = (name, language, onError, create) => {
      const text = files.get(name);
      return text === undefined
        ? getSourceFile(name, language, onError, create)
        : ts.createSourceFile(name, text, language, true);
    };
    const program = ts.createProgram([...files.keys()], options, host);
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file !== undefined && files.has(diagnostic.file.fileName))
      .map((diagnostic) => {
        const { line } = diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0) ?? {
          line: 0,
        };
        const index = Number(/__readme_example_(\d+)/.exec(diagnostic.file?.fileName ?? '')?.[1]);
        const readmeLine = (blocks[index]?.line ?? 0) + line + 1;
        return `README.md:${readmeLine}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
      });
    expect(diagnostics).toEqual([]);
  });
});
