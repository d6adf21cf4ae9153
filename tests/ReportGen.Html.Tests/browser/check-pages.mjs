// Opens pages of the HTML edition in headless Chromium, runs axe-core with the WCAG 2.2 AA rule set and collects
// what ReportGen.Html.Tests asserts on: headings, figures, tables, internal links and every request that would
// leave the page's folder (such requests are blocked and reported). Prints one JSON array on stdout.
//
//   node check-pages.mjs --chromium /usr/bin/chromium [--screenshot out.png:375]... page.html...
// Screenshots are of the first page, scrolled to the section holding its first chart.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const puppeteer = require('puppeteer-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const args = process.argv.slice(2);
let chromium = null;
const shots = [];
const pages = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--chromium') chromium = args[++i];
  else if (args[i] === '--screenshot') { const [file, width] = args[++i].split(/:(?=\d+$)/); shots.push({ file, width: Number(width) }); }
  else pages.push(args[i]);
}
if (!chromium || pages.length === 0) {
  console.error('usage: node check-pages.mjs --chromium <path> [--screenshot out.png:width]... <index.html>...');
  process.exit(2);
}

const profile = mkdtempSync(path.join(tmpdir(), 'reportgen-chromium-'));
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  userDataDir: profile,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const results = [];
try {
  for (const [index, file] of pages.entries()) {
    const url = pathToFileURL(path.resolve(file)).href;
    const page = await browser.newPage();
    const external = [];
    let requests = 0;
    await page.setRequestInterception(true);
    page.on('request', req => {
      requests++;
      const u = req.url();
      if (u.startsWith('file:') || u.startsWith('data:') || u === 'about:blank') req.continue();
      else { external.push(u); req.abort(); }
    });
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(url, { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
    const axe = await page.evaluate(async () => {
      const r = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        resultTypes: ['violations'],
      });
      return r.violations.map(v => ({
        id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,
        examples: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ': ' + n.failureSummary),
      }));
    });
    const facts = await page.evaluate(() => {
      const text = el => {
        const copy = el.cloneNode(true);
        copy.querySelectorAll('.footnote-ref').forEach(f => f.remove());
        return (copy.textContent || '').replace(/\s+/g, ' ').trim();
      };
      const number = el => el ? text(el).replace(/\.$/, '') : null;
      const figures = [...document.querySelectorAll('figure')].map(f => ({
        number: number(f.querySelector('figcaption .caption-number')),
        svgName: (() => { const s = f.querySelector('svg[role="img"]'); return s ? (s.getAttribute('aria-label') || '').trim() : null; })(),
        imgAlt: (() => { const i = f.querySelector('img'); return i ? (i.getAttribute('alt') || '').trim() : null; })(),
        dataTableHeaders: (() => { const t = f.querySelector('details table'); return t ? t.querySelectorAll('th[scope="col"]').length : 0; })(),
      }));
      const tables = [...document.querySelectorAll('table.report-table')].map(t => ({
        number: number(t.querySelector('caption .caption-number')),
        headerCells: t.querySelectorAll('th[scope]').length,
      }));
      const links = [...document.querySelectorAll('a[href^="#"]')].map(a => a.getAttribute('href').slice(1));
      const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
      return {
        lang: document.documentElement.lang,
        title: document.title,
        headings: [...document.querySelectorAll('h1, h2, h3')].map(h => ({ level: Number(h.tagName[1]), text: text(h) })),
        figures, tables,
        internalLinks: links.length,
        brokenLinks: [...new Set(links.filter(id => id.length === 0 || !document.getElementById(decodeURIComponent(id))))],
        duplicateIds: [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))],
        skipLink: !!document.querySelector('a.skip-link[href="#main"]') && !!document.getElementById('main'),
        scripts: document.querySelectorAll('script:not([src])').length - 1, // less axe's own
        widestOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    const screenshots = [];
    if (index === 0) {
      for (const shot of shots) {
        await page.setViewport({ width: shot.width, height: 2000 });
        const overflow = await page.evaluate(() => {
          const f = document.querySelector('figure');
          const before = [...document.querySelectorAll('h2, h3')].filter(h => h.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING).pop();
          (before || f || document.body).scrollIntoView();
          return document.documentElement.scrollWidth - document.documentElement.clientWidth;
        });
        await page.screenshot({ path: shot.file });
        screenshots.push({ file: shot.file, width: shot.width, pageOverflow: overflow });
      }
    }
    results.push({ file, url, axe, facts, requests, external, screenshots });
    await page.close();
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify(results));
