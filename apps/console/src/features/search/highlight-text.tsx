import { Fragment } from 'react';

interface Range {
  start: number;
  length: number;
}

/** The API's highlight: plain text with the matched ranges (UTF-16 offsets) marked; never parsed as HTML. */
export function HighlightText({ text, matches }: { text: string; matches: readonly Range[] }) {
  const parts: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const { start, length } of [...matches].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    if (start > at) parts.push({ text: text.slice(at, start), hit: false });
    parts.push({ text: text.slice(start, start + length), hit: true });
    at = start + length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return (
    <>
      {parts.map((part, index) => (part.hit ? <mark className="hit" key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>))}
    </>
  );
}
