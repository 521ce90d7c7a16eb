import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { routes } from './routes';
import { useUi, uiStore } from '../state/ui-store';
import { isDirty, useWorkbook } from '../state/workbook-store';
import { commandForKey, runCommand, togglePresentation } from './commands';
import { StartScreen } from './StartScreen';
import { RecoveryBanner } from './RecoveryBanner';
import { NoticeBar } from './NoticeBar';
import { useDocumentLifecycle } from './lifecycle';

// The dialogs (and react-aria, which only they use in the shell) load when first opened, not at start.
const SettingsDialog = lazy(() => import('./SettingsDialog').then((m) => ({ default: m.SettingsDialog })));
const ConfirmDiscard = lazy(() => import('./ConfirmDiscard').then((m) => ({ default: m.ConfirmDiscard })));

export function App() {
  const { t } = useTranslation();
  const route = useUi((s) => s.route);
  const presentation = useUi((s) => s.presentation);
  const hasDoc = useWorkbook((s) => s.doc !== null);
  const fileName = useWorkbook((s) => s.fileName);
  const dirty = useWorkbook(isDirty);
  const settingsOpen = useUi((s) => s.settingsOpen);
  const confirming = useUi((s) => s.confirm !== null);
  useDocumentLifecycle();

  useEffect(() => {
    document.title = `${dirty ? '• ' : ''}${fileName ?? t('untitled')} — ${t('appName')}`;
  }, [fileName, dirty, t]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && uiStore.getState().presentation) {
        // Esc first locks a slide being edited, then leaves presentation mode.
        if (uiStore.getState().slideEditing) uiStore.setState({ slideEditing: false });
        else togglePresentation();
        return;
      }
      const command = commandForKey(e);
      if (!command) return;
      e.preventDefault(); // app-level undo replaces the text field's own
      void runCommand(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const showStart = !hasDoc || route === 'start';
  const current = routes.find((r) => r.id === route) ?? routes[0]!;

  return (
    <div className={presentation ? 'app presentation' : 'app'} data-testid="app">
      {!presentation && (
        <nav className="sidebar" aria-label={t('appName')}>
          <div className="brand">
            {t('appName')}
            <span className="file-name" data-testid="file-name">
              {fileName ?? t('untitled')}
              {dirty && (
                <span className="dirty" title={t('unsaved')}>
                  {' '}
                  • {t('unsaved')}
                </span>
              )}
            </span>
          </div>
          <ul>
            {routes.map((r) => (
              <li key={r.id}>
                <button
                  type="button"
                  className={!showStart && r.id === current.id ? 'active' : ''}
                  aria-current={!showStart && r.id === current.id ? 'page' : undefined}
                  disabled={!hasDoc}
                  onClick={() => uiStore.setState({ route: r.id })}
                >
                  {t(r.labelKey)}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="settings-button"
            onClick={() => uiStore.setState({ settingsOpen: true })}
          >
            {t('nav.settings')}
          </button>
        </nav>
      )}
      <main className="content">
        <RecoveryBanner />
        <NoticeBar />
        {showStart ? (
          <StartScreen />
        ) : (
          <Suspense fallback={null}>
            <current.Screen />
          </Suspense>
        )}
      </main>
      <Suspense fallback={null}>
        {settingsOpen && <SettingsDialog />}
        {confirming && <ConfirmDiscard />}
      </Suspense>
    </div>
  );
}
