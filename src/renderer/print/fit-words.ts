import type { Hyphenate } from '../../shared/export/hyphenate';

/** Where words can be too wide for their box: table cells, definition values, paragraphs, headings. */
const BOXES = 'td, th, dd, p, h3, li';
/** A word: letters (with their combining marks), at least 7 of them (the shortest the hyphenator splits). */
const WORD = /\p{L}[\p{L}\p{M}]{6,}/gu;

/**
 * Hyphenates, in the laid-out print view, only the words wider than the box they are in — the ones
 * the browser would otherwise break at an arbitrary letter ("Oportu|nidad"). Words that fit are left
 * alone, so the PDF's text (search, copy) has no soft hyphens where no line breaks. Runs twice: the
 * first hyphenations let tables narrow some columns and widen others.
 */
export function hyphenateOverflowingWords(root: HTMLElement, hyphenate: Hyphenate): void {
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) return;
  for (let pass = 0; pass < 2; pass++) {
    for (const box of root.querySelectorAll<HTMLElement>(BOXES)) {
      const style = getComputedStyle(box);
      const width = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (width <= 0) continue;
      measure.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.nodeValue ?? '';
        const fitted = text.replace(WORD, (word) =>
          measure.measureText(word).width > width ? hyphenate(word) : word,
        );
        if (fitted !== text) node.nodeValue = fitted;
      }
    }
  }
}
