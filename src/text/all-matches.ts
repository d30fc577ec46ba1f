/**
 * The matches of a global expression, as `[...text.matchAll(re)]` gives them. String.prototype.matchAll copies the
 * expression on every call (the spec's species constructor), about a microsecond each: the sectioner and the cue
 * scanner ask a few hundred times per posting, line by line. This runs the expression itself from the start of the
 * text, stepping past an empty match as matchAll does, and leaves its lastIndex at 0.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global expression: /${re.source}/${re.flags}`);
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push(m);
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = 0;
  return found;
}

/** The spec's AdvanceStringIndex: one code unit, or a whole surrogate pair in a Unicode expression. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  const d = text.charCodeAt(index + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1;
}
