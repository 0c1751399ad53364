/**
 * What the CLI bundle gets in place of proxy-agent (scripts/build-cli.js
 * aliases it). Puppeteer's browser-download code imports it, with a PAC
 * interpreter and a JavaScript parser behind it: 1.4 MB that every printout
 * would parse. Prosjektboka never downloads a browser (it prints with the
 * system's Chromium), so that code never runs; if it ever did, it says so.
 */
export class ProxyAgent {
  constructor() {
    throw new Error('Prosjektboka laster aldri ned en nettleser; proxy-agent er ikke med i kommandolinjen.');
  }
}
