// Renders every model in processes/*.bpmn to docs/images/<file>.png, and each collapsed
// sub-process to docs/images/<file>--<SubProcessId>.png, with bpmn-js in headless Chromium:
//   node tools/bpmn/render.mjs            (from the repository root; npm ci in tools/bpmn first)
// Chromium: /usr/bin/chromium (Debian's), or the path in CHROMIUM.
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const viewerScript = require.resolve('bpmn-js/dist/bpmn-navigated-viewer.production.min.js');
const out = 'docs/images';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
const page = await browser.newPage({ viewport: { width: 2000, height: 1000 } });
await page.setContent('<html><body style="margin:0;background:#fff"><div id="c" style="width:2000px;height:1000px"></div></body></html>');
await page.addScriptTag({ path: viewerScript });

for (const file of readdirSync('processes').filter(f => f.endsWith('.bpmn')).sort()) {
  const xml = readFileSync(join('processes', file), 'utf8');
  const name = file.replace(/\.bpmn$/, '');
  const planes = await page.evaluate(async xml => {
    window.viewer && window.viewer.destroy();
    window.viewer = new BpmnJS({ container: '#c' });
    const { warnings } = await window.viewer.importXML(xml);
    if (warnings.length) throw new Error(warnings.map(w => w.message).join('; '));
    return window.viewer.get('canvas').getRootElements()
      .map(root => root.id).filter(id => !id.startsWith('__'));
  }, xml);
  for (const plane of planes) {
    const target = plane.endsWith('_plane')
      ? `${out}/${name}--${plane.replace(/_plane$/, '')}.png`
      : `${out}/${name}.png`;
    const box = await page.evaluate(plane => {
      const canvas = window.viewer.get('canvas');
      canvas.setRootElement(canvas.getRootElements().find(root => root.id === plane));
      canvas.zoom('fit-viewport', 'auto');
      const b = canvas.getActiveLayer().getBoundingClientRect();
      return { x: Math.max(0, b.x - 10), y: Math.max(0, b.y - 10),
        width: Math.min(2000, b.width + 20), height: Math.min(1000, b.height + 20) };
    }, plane);
    await page.screenshot({ path: target, clip: box });
    console.log(`rendered ${target}`);
  }
}
await browser.close();
