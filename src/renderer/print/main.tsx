import { createRoot } from 'react-dom/client';
import { PRINT_MESSAGE, READY_ATTRIBUTE, type PrintRequest } from '../../shared/export/print-data';
import { PrintDocument } from './PrintDocument';
import { hyphenatorFor } from '../../shared/export/hyphenate';
import { hyphenateOverflowingWords } from './fit-words';
import './print.css';
import './print-page.css';

/**
 * The print view's entry. Whoever prints it (Electron's hidden window, or Chromium from the CLI and
 * tests) hands it each request in one window message from this page's own origin; the view renders
 * it afresh and marks <html> ready once its charts are drawn, which is when the PDF is taken. One
 * page serves every print of an export (first pass, numbered pass, cover).
 */
const root = createRoot(document.getElementById('root')!);
let printed = 0;

window.addEventListener('message', (event: MessageEvent) => {
  const message = event.data as { type?: unknown; payload?: PrintRequest } | null;
  if (event.origin !== window.location.origin || message?.type !== PRINT_MESSAGE || !message.payload) return;
  const request = message.payload;
  const { data } = request;
  document.documentElement.removeAttribute(READY_ATTRIBUTE);
  document.documentElement.lang = data.lang;
  document.title = data.doc.meta.title || 'Pacto';
  printed += 1;
  root.render(
    <PrintDocument
      // A new key remounts the document, so "drawn" is about this request's chart, not the last one's.
      key={printed}
      data={data}
      part={request.part}
      pageNumbers={request.pageNumbers}
      onReady={() => {
        void document.fonts.ready.then(() => {
          // The user's text is in the workbook's language, whatever the labels' language.
          hyphenateOverflowingWords(document.getElementById('root')!, hyphenatorFor(data.doc.meta.language));
          document.documentElement.setAttribute(READY_ATTRIBUTE, 'true');
        });
      }}
    />,
  );
});
