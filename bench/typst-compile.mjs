// Compiles a Typst file to PDF with the Typst compiler for Node (@myriaddreamin/typst-ts-node-compiler),
// using only the fonts shipped in styles/fonts, as Publish does.
// usage: node typst-compile.mjs MODULES_DIR FONTS_DIR IN.typ OUT.pdf
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const [modules, fonts, input, output] = process.argv.slice(2);
const require = createRequire(resolve(modules, 'package.json'));
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');
const compiler = NodeCompiler.create({ workspace: dirname(resolve(input)), fontArgs: [{ fontPaths: [resolve(fonts)] }] });
const pdf = compiler.pdf({ mainFilePath: resolve(input) });
writeFileSync(output, pdf);
