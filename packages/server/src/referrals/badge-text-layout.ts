/**
 * Text fitting for badge images, which cannot measure text: a generous width estimate per
 * character (Hangul and other wide characters a full em, Latin narrower), so that text clipped
 * or wrapped by it fits in any common Korean font (Apple SD Gothic Neo, Malgun Gothic, Noto Sans
 * KR, Nanum Gothic all draw Hangul at or below one em).
 */

const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function charEm(char: string): number {
  if (WIDE.test(char)) return 1;
  if (char === ' ') return 0.32;
  if (/[il.,:;'|!`·]/.test(char)) return 0.32;
  if (/[A-Z0-9%@#&mwMW]/.test(char)) return 0.72;
  if ((char.codePointAt(0) ?? 0) > 0x2000) return 1;
  return 0.6;
}

/** Estimated width of `text` at `fontSize` (px), never below what common Korean fonts draw. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return em * fontSize * (bold ? 1.04 : 1);
}

/** `text`, cut at a character and ended with `…` when it is wider than `maxWidth`. */
export function clipText(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = [...text];
  const ellipsis = textWidth('…', fontSize, bold);
  let width = 0;
  let end = 0;
  while (end < chars.length && width + textWidth(chars[end]!, fontSize, bold) + ellipsis <= maxWidth) {
    width += textWidth(chars[end]!, fontSize, bold);
    end += 1;
  }
  return `${chars.slice(0, end).join('').trimEnd()}…`;
}

/**
 * `text` broken at spaces into at most `maxLines` lines of `maxWidth`; a word wider than a line
 * is cut, and the last line ends with `…` when text is left over.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number, bold = false): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  while (i < words.length && lines.length < maxLines - 1) {
    const candidate = line ? `${line} ${words[i]}` : words[i]!;
    if (textWidth(candidate, fontSize, bold) <= maxWidth) {
      line = candidate;
      i += 1;
    } else if (line) {
      lines.push(line);
      line = '';
    } else {
      // One word wider than a line: cut it.
      lines.push(clipText(words[i]!, maxWidth, fontSize, bold));
      i += 1;
    }
  }
  const rest = [line, ...words.slice(i)].filter(Boolean).join(' ');
  if (rest) lines.push(clipText(rest, maxWidth, fontSize, bold));
  return lines;
}
