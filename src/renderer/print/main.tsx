import { createRoot } from 'react-dom/client';
import { PRINT_MESSAGE, READY_ATTRIBUTE, type PrintData } from '../../shared/export/print-data';
import { PrintDocument } from './PrintDocument';
import './print.css';
import './print-page.css';

/**
 * The print view's entry. Whoever prints it (Electron's hidden window, or Chromium from the CLI and
 * tests) hands it the data in one window message from this page's own origin; the view then renders
 * and marks <html> ready once its charts are drawn, which is when the PDF is taken.
 */
function receive(): Promise<PrintData> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      const message = event.data as { type?: unknown; payload?: PrintData } | null;
      if (event.origin !== window.location.origin || message?.type !== PRINT_MESSAGE || !message.payload)
        return;
      window.removeEventListener('message', onMessage);
      resolve(message.payload);
    };
    window.addEventListener('message', onMessage);
  });
}

void receive().then((data) => {
  document.documentElement.lang = data.lang;
  document.title = data.doc.meta.title || 'Pacto';
  const root = createRoot(document.getElementById('root')!);
  root.render(
    <PrintDocument
      data={data}
      onReady={() => {
        void document.fonts.ready.then(() => document.documentElement.setAttribute(READY_ATTRIBUTE, 'true'));
      }}
    />,
  );
});
