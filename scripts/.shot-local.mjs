import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
const repo = '/work/wt/h-miles';
const file = '/tmp/hm/shot.prosjektboka';
const child = spawn(process.execPath, [`${repo}/bin/prosjektboka.js`, 'serve', file, '--port', '0'], { cwd: repo });
let out = '';
const url = await new Promise((r) => child.stdout.on('data', (d) => { out += d; const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out); if (m) r(m[0]); }));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: process.env.LANG_UI ?? 'nb' });
await ctx.clock.setFixedTime(new Date('2022-03-15T12:00:00'));
const page = await ctx.newPage();
await page.goto(`${url}#/milestones`);
await page.waitForSelector('tr[data-milestone="1"]');
if (process.env.FOCUS) await page.getByLabel(process.env.FOCUS).focus();
await page.screenshot({ path: '/tmp/hm/view.png' });
await page.screenshot({ path: '/tmp/hm/full.png', fullPage: true });
const dims = await page.evaluate(() => {
  const t = document.querySelector('.milestone-table'); const s = t.closest('.table-scroll');
  return { table: t.getBoundingClientRect().width, scroll: s.clientWidth, scrollW: s.scrollWidth, doc: document.documentElement.scrollWidth, win: innerWidth };
});
console.log(JSON.stringify(dims));
if (process.env.TL) { await page.getByRole('button', { name: 'Tidslinje' }).click(); await page.screenshot({ path: '/tmp/hm/tl.png', fullPage: true }); }
await browser.close(); child.kill();
