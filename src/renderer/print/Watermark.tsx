import { useMemo } from 'react';

/**
 * The "Draft" mark across every page of an unsigned revision. It is drawn on a canvas and placed as an
 * image, so it shows on the page but is not text: copying or searching the PDF never picks up its
 * letters. Fixed positioning repeats it on every printed page.
 */
export function Watermark({ text }: { text: string }) {
  const src = useMemo(() => {
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d');
    if (!ctx) return '';
    const font = 'bold 220px "Noto Sans", "DejaVu Sans", Helvetica, Arial, sans-serif';
    ctx.font = font;
    const width = Math.ceil(ctx.measureText(text).width) + 80;
    canvas.width = width;
    canvas.height = 300;
    ctx.font = font;
    ctx.fillStyle = 'rgba(200, 40, 40, 0.13)';
    ctx.textBaseline = 'middle';
    ctx.fillText(text, 40, 150);
    return canvas.toDataURL('image/png');
  }, [text]);
  return src ? <img className="watermark" src={src} alt="" aria-hidden="true" /> : null;
}
