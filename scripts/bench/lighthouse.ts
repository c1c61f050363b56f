// Lighthouse's mobile profile (its default: a mid-range phone, simulated slow 4G, CPU ×4) on
// every screen the 2G bench opens cold, each in a fresh Chromium: the four category scores,
// worst screen first. The server is the bench's preview server (the real host headers).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_LAUNCH } from '../../playwright.config';

export const LIGHTHOUSE_SCREENS = ['/', '/hazards', '/buses', '/contacts', '/sites', '/search', '/settings', '/safety'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The lowest score of each category over every screen, 0–100; each screen's line is printed as it is measured. */
export async function runLighthouseBench(options: { chromiumPath: string; baseUrl: string }): Promise<Record<string, number>> {
  const worst: Record<string, number> = Object.fromEntries(CATEGORIES.map((category) => [category, 100]));
  for (const screen of LIGHTHOUSE_SCREENS) {
    const chrome = await chromeLauncher.launch({ chromePath: options.chromiumPath, chromeFlags: ['--headless=new', ...CHROMIUM_LAUNCH.args] });
    try {
      const result = await lighthouse(`${options.baseUrl}${screen}?lang=en`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      const categories = result!.lhr.categories;
      const scores = CATEGORIES.map((category) => Math.round((categories[category]?.score ?? 0) * 100));
      CATEGORIES.forEach((category, i) => (worst[category] = Math.min(worst[category]!, scores[i]!)));
      const failing = Object.entries(result!.lhr.audits)
        .filter(([, audit]) => audit.scoreDisplayMode === 'binary' && audit.score === 0)
        .map(([id]) => id);
      console.log(`  lighthouse ${screen}: ${CATEGORIES.map((category, i) => `${category} ${scores[i]}`).join(', ')}${failing.length ? ` (failing: ${failing.join(', ')})` : ''}`);
    } finally {
      await chrome.kill();
    }
  }
  return {
    lighthouse_performance_min: worst.performance!,
    lighthouse_accessibility_min: worst.accessibility!,
    lighthouse_best_practices_min: worst['best-practices']!,
    lighthouse_seo_min: worst.seo!,
  };
}
