import { h } from './dom.js';

// Evidence is a quote of the candidate's answer, perhaps with its spacing changed; key points are statements
// drawn from the reference, sometimes reworded. Both are located here as character ranges and wrapped in <mark>
// elements built from text nodes, so nothing typed by a user is ever parsed as HTML.

function compact(text) {
  // Keep a map from each kept character back to its index in the original text.
  const chars = [];
  const positions = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (/\s/.test(c)) continue;
    chars.push(c.toLowerCase());
    positions.push(i);
  }
  return { text: chars.join(''), positions };
}

function overlaps(ranges, start, end) {
  return ranges.some((range) => start < range.end && range.start < end);
}

function locateExactly(text, compacted, needle, taken) {
  if (!needle || !needle.trim()) return null;
  let from = 0;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at < 0) break;
    if (!overlaps(taken, at, at + needle.length)) return { start: at, end: at + needle.length };
    from = at + 1;
  }
  const small = compact(needle).text;
  if (!small) return null;
  from = 0;
  for (;;) {
    const at = compacted.text.indexOf(small, from);
    if (at < 0) return null;
    const start = compacted.positions[at];
    const end = compacted.positions[at + small.length - 1] + 1;
    if (!overlaps(taken, start, end)) return { start, end };
    from = at + 1;
  }
}

function bigrams(text) {
  const grams = new Set();
  const small = compact(text).text;
  for (let i = 0; i + 1 < small.length; i++) grams.add(small.slice(i, i + 2));
  return grams;
}

function similarity(a, b) {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function clauses(text) {
  const result = [];
  const pattern = /[^。！？；;\n]+[。！？；;]?/g;
  let match;
  while ((match = pattern.exec(text)) !== null) {
    const leading = match[0].length - match[0].trimStart().length;
    const body = match[0].trim();
    if (body.length >= 2) result.push({ start: match.index + leading, end: match.index + leading + body.length, body });
  }
  return result;
}

const SEVERITY = { covered: 0, partial: 1, missed: 2, incorrect: 3 };

/** Ranges of the answer that the evidence quotes of the key points occupy, in text order. */
export function evidenceRanges(answer, keyPoints) {
  const compacted = compact(answer);
  const ranges = [];
  keyPoints.forEach((point, index) => {
    if (!point.evidence) return;
    // Two points may rest on the same words: one mark carries both numbers and the worse status.
    const same = ranges.find((range) => answer.slice(range.start, range.end) === point.evidence);
    if (same) {
      same.numbers.push(index + 1);
      same.label += `\n${point.text}`;
      if (SEVERITY[point.status] > SEVERITY[same.status]) same.status = point.status;
      return;
    }
    const range = locateExactly(answer, compacted, point.evidence, ranges);
    if (range) ranges.push({ ...range, status: point.status, numbers: [index + 1], label: point.text });
  });
  return ranges.sort((a, b) => a.start - b.start);
}

/** Ranges of the reference that state each key point: the point itself if quoted, else its closest clause. */
export function referenceRanges(reference, keyPoints) {
  const compacted = compact(reference);
  const pieces = clauses(reference).map((clause) => ({ ...clause, grams: bigrams(clause.body) }));
  const ranges = [];
  keyPoints.forEach((point, index) => {
    let range = locateExactly(reference, compacted, point.text, ranges);
    if (!range) {
      const wanted = bigrams(point.text);
      let best = null;
      let bestScore = 0.3;
      for (const piece of pieces) {
        if (overlaps(ranges, piece.start, piece.end)) continue;
        const score = similarity(wanted, piece.grams);
        if (score > bestScore) {
          best = piece;
          bestScore = score;
        }
      }
      if (best) range = { start: best.start, end: best.end };
    }
    if (range) ranges.push({ ...range, status: point.status, numbers: [index + 1], label: point.text });
  });
  return ranges.sort((a, b) => a.start - b.start);
}

/** The text as nodes, with each range wrapped in a mark coloured by its point's status and numbered. */
export function markedText(text, ranges, markClass) {
  const nodes = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start > at) nodes.push(document.createTextNode(text.slice(at, range.start)));
    nodes.push(
      h('mark', { class: `${markClass} st-${range.status}`, title: range.label, dataset: { point: range.numbers.join(',') } },
        text.slice(range.start, range.end),
        h('sup', { class: 'pt-num' }, range.numbers.join(','))),
    );
    at = range.end;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}
