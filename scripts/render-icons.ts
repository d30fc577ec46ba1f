// npm run icons: renders public/icon/icon.svg (drawn for the project) to the PNG sizes WXT puts in the manifest
// (public/icon/<size>.png: toolbar 16/32, extensions page 48, store 128, Firefox 96). Run after editing the SVG.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../tests/e2e/browser';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync('public/icon/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  writeFileSync(`public/icon/${size}.png`, await page.screenshot({ omitBackground: true }));
}
await browser.close();
console.log(`public/icon/{${SIZES.join(',')}}.png`);
