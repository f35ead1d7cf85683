'use strict';
// DAISY Ace on many EPUBs in one Node process and one Chromium, for the tests.
//
//   node ace-batch.js ACE_PUPPETEER OUTDIR EPUB...
//
// ace-puppeteer (the command line) starts Node, loads Ace and launches Chromium for each EPUB; here Ace's own
// modules, found beside ACE_PUPPETEER, check every EPUB with the command line's checker (ace-core's ace(), what
// `ace-puppeteer -f -s -o OUTDIR/NAME EPUB` calls) and its Puppeteer runner, wrapped so that Chromium is launched
// once and closed at the end instead of per EPUB. Two EPUBs are checked at a time. Each EPUB's report.json and
// report.html go to OUTDIR/NAME (NAME: the file name without .epub); one line per EPUB on stdout says how its check
// ended: "ace-batch ok NAME" or "ace-batch error NAME MESSAGE". Chromium: PUPPETEER_EXECUTABLE_PATH, as for the
// command line.

const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const [acePuppeteer, outdir, ...epubs] = process.argv.slice(2);
if (!acePuppeteer || !outdir || epubs.length === 0) {
  console.error('usage: node ace-batch.js ACE_PUPPETEER OUTDIR EPUB...');
  process.exit(64);
}

const aceRequire = createRequire(fs.realpathSync(acePuppeteer));
const ace = aceRequire('@daisy/ace-core');
const logger = aceRequire('@daisy/ace-logger');
const puppeteerRunner = aceRequire('@daisy/ace-axe-runner-puppeteer');

// ace-core launches and closes the runner around each EPUB; the browser stays up until every EPUB is checked.
let launched;
const sharedBrowserRunner = {
  concurrency: puppeteerRunner.concurrency,
  setTimeout: ms => puppeteerRunner.setTimeout(ms),
  launch: () => {
    launched = launched || puppeteerRunner.launch();
    return launched;
  },
  close: () => Promise.resolve(),
  run: (...args) => puppeteerRunner.run(...args),
};

async function check(epub) {
  const name = path.basename(epub, '.epub');
  try {
    await ace(epub, { cwd: process.cwd(), outdir: path.join(outdir, name), silent: true, verbose: false, jobId: '' }, sharedBrowserRunner);
    console.log(`ace-batch ok ${name}`);
  } catch (err) {
    const message = err && err.message ? err.message : String(err);
    console.log(`ace-batch error ${name} ${message.replace(/\s+/g, ' ')}`);
  }
}

async function main() {
  logger.initLogger({ verbose: false, silent: true, fileName: 'ace-cli.log' });
  const queue = epubs.slice();
  const worker = async () => {
    for (let epub = queue.shift(); epub !== undefined; epub = queue.shift()) {
      await check(epub);
    }
  };
  await Promise.all([worker(), worker()]);
  if (launched) {
    await launched;
    await puppeteerRunner.close();
  }
}

main().then(() => process.exit(0), err => {
  console.error(err);
  process.exit(1);
});
