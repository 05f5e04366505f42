/**
 * How a word is usually written in running text: lower case ("warns", "new") or capitalised
 * ("Clinton"). Counted over the training text's body sentences, away from sentence starts, and
 * stored in the model. In a headline or at a sentence start, where case says nothing, this tells
 * a name from an ordinary word the tagger has never seen capitalised.
 */
export class CaseLexicon {
  /** lower-cased word -> [times written in lower case, times capitalised]. */
  readonly counts = new Map<string, [number, number]>();

  count(lower: string, capitalised: boolean): void {
    let entry = this.counts.get(lower);
    if (!entry) this.counts.set(lower, (entry = [0, 0]));
    entry[capitalised ? 1 : 0]++;
  }

  /**
   * 0: unknown (seen fewer than 2 times), 1: almost always lower case, 2: mostly lower,
   * 3: mostly capitalised, 4: almost always capitalised. `own` counts (the document's own
   * tokens) are left out in training, so that no document learns from itself.
   */
  classOf(lower: string, ownLower = 0, ownCapitalised = 0): number {
    const entry = this.counts.get(lower);
    if (!entry) return 0;
    const l = entry[0] - ownLower;
    const c = entry[1] - ownCapitalised;
    if (l + c < 2) return 0;
    const share = l / (l + c);
    return share >= 0.9 ? 1 : share >= 0.5 ? 2 : share > 0.1 ? 3 : 4;
  }

  /** `word<TAB>lower<TAB>capitalised` lines, for words seen at least twice. */
  toText(): string {
    const lines: string[] = [];
    for (const [word, [l, c]] of this.counts)
      if (l + c >= 2 && !/[\t\n]/.test(word)) lines.push(`${word}\t${l}\t${c}`);
    return lines.join('\n');
  }

  static fromText(text: string): CaseLexicon {
    const lexicon = new CaseLexicon();
    for (const line of text.split('\n')) {
      const [word, l, c] = line.split('\t');
      if (word && l !== undefined && c !== undefined) lexicon.counts.set(word, [Number(l), Number(c)]);
    }
    return lexicon;
  }
}
