// First-load module: the shell around every screen.
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n/i18n';
import { DatabaseProblem, DemoBanner, StaleWarning, SyncFailureNotice, UpdatePrompt } from './banners';
import { LanguageSwitcher } from '../ui/language-switcher';
import { currentLocation, navigate } from '../ui/navigation';
import { matchRoute } from './routes';
import { ProximitySlot } from './proximity-slot';

const NAV: [href: string, key: string][] = [
  ['/', 'nav.home'],
  ['/hazards', 'nav.hazards'],
  ['/buses', 'nav.buses'],
  ['/contacts', 'nav.contacts'],
  ['/sites', 'nav.sites'],
  ['/share', 'nav.share'],
  ['/settings', 'nav.settings'],
];

function isCurrentSection(href: string, path: string): boolean {
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}

/** Header, navigation, notices and the current screen. */
export function App() {
  const { path } = currentLocation.value;
  const { Screen, id } = matchRoute(path);
  const main = useRef<HTMLElement>(null);
  const isFirstRender = useRef(true);

  // After an in-app navigation, move focus to the new screen's heading so screen readers announce it.
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [path]);

  return (
    <>
      <a class="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header class="app-header">
        <a class="app-name" href="/">
          {t('app.name')}
        </a>
        <form
          class="header-search"
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            const query = new FormData(event.currentTarget).get('q');
            navigate(`/search?q=${encodeURIComponent(String(query ?? ''))}`);
          }}
        >
          <label for="header-search" class="visually-hidden">
            {t('search.label')}
          </label>
          <input id="header-search" name="q" type="search" placeholder={t('search.placeholder')} />
          <button type="submit" class="button button--small">
            {t('search.button')}
          </button>
        </form>
        <LanguageSwitcher id="header-language" />
      </header>
      <nav class="app-nav" aria-label={t('nav.label')}>
        <ul>
          {NAV.map(([href, key]) => (
            <li key={href}>
              <a href={href} aria-current={isCurrentSection(href, path) ? 'page' : undefined}>
                {t(key)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ProximitySlot />
      <DemoBanner />
      <StaleWarning />
      <SyncFailureNotice />
      <UpdatePrompt />
      <DatabaseProblem />
      <main id="main" ref={main} tabIndex={-1}>
        <Screen id={id} />
      </main>
    </>
  );
}
