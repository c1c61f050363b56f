import { defineConfig } from '@playwright/test';

// Not 4173: a developer's `npm start` may hold that one, and tests must run against their own build.
// HOMEWARD_TEST_PORT lets two checkouts on one machine run their browser tests side by side.
const PORT = Number(process.env.HOMEWARD_TEST_PORT ?? 4174);

/** Debian's Chromium: browsers cannot be downloaded on these machines. */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Desktop Chromium starts a WebUI renderer for its address-bar popup with every new tab:
    // most of a second of CPU on these 2-core machines, beside the page being measured. A phone's
    // Chrome draws its address bar natively, and an installed app has none.
    '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
  ],
};

export default defineConfig({
  testDir: 'tests',
  testMatch: '**/*.spec.ts',
  // Its own folder: Playwright empties outputDir at start, and test-results/unit.json must survive.
  outputDir: 'test-results/playwright',
  // Two cores: one browser at a time keeps timings honest and the machine responsive.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/browser.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: CHROMIUM_LAUNCH,
    serviceWorkers: 'allow',
    trace: 'retain-on-failure',
  },
  webServer: {
    // The production build, as users get it (npm test builds it first).
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
