/**
 * Node only (never imported by the app): SVG → PNG for the Word report's chart fallbacks (docs:sample and the
 * LibreOffice test): Node has no canvas, so the Chromium the e2e tests already
 * use draws the SVG at twice its size. Returns undefined when that Chromium is
 * not installed; the report then carries the SVG with a white PNG fallback.
 */
import { chromium, type Browser } from 'playwright';

export type SvgToPng = (svg: string, width: number, height: number) => Promise<Uint8Array>;

export async function chromiumSvgToPng(): Promise<{ toPng: SvgToPng; close: () => Promise<void> } | undefined> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  } catch {
    return undefined;
  }
  const toPng: SvgToPng = async (svg, width, height) => {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 2, javaScriptEnabled: false });
    try {
      await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
      return new Uint8Array(await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width, height } }));
    } finally {
      await page.close();
    }
  };
  return { toPng, close: () => browser.close() };
}
