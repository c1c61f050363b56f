// The Debian packages the tests need, in one list: scripts/require-system-packages.mjs checks
// (and installs) them before `npm test`, and .ci/run on a fresh machine. Add a test's package
// here, with a file it installs that the test uses.

/** Each package, a file that shows it is installed, and what needs it. */
export const SYSTEM_PACKAGES = [
  // With CHROMIUM_PATH set, the browser is the user's own (checked on its own).
  ...(process.env.CHROMIUM_PATH ? [] : [{ name: 'chromium', path: '/usr/bin/chromium', neededBy: 'the browser tests (Playwright drives Debian\'s Chromium)' }]),
  { name: 'nginx', path: '/usr/sbin/nginx', neededBy: 'tests/static-host.spec.ts (dist/ through deploy/nginx/)' },
  {
    name: 'libnginx-mod-http-brotli-static',
    path: '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
    neededBy: 'tests/static-host.spec.ts (nginx serving the build\'s .br files)',
  },
  { name: 'imagemagick', path: '/usr/bin/convert', neededBy: 'tests/record-qr.spec.ts (a QR screenshot scaled, turned, blurred and noised as a camera sees it)' },
  { name: 'zbar-tools', path: '/usr/bin/zbarimg', neededBy: 'tests/record-qr.spec.ts (ZBar, the decoder of many phone scanner apps, reads the degraded codes)' },
  { name: 'caddy', path: '/usr/bin/caddy', neededBy: 'tests/static-host.spec.ts (dist/ through deploy/caddy/)' },
];
