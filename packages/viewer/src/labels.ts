/**
 * Label collision avoidance. Sigma's label grid caps how many labels each cell shows, but long
 * names still run into their neighbours across cells. The renderer asks a LabelPlacer before
 * drawing each label; a label that would overlap one already drawn in this frame is skipped,
 * unless it is forced (the hovered or selected node and its neighbours).
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Where sigma's disc label is drawn: right of the node, vertically centred on it. */
export function labelBox(x: number, y: number, nodeSize: number, textWidth: number, fontSize: number): Box {
  const left = x + nodeSize + 3;
  return { left, top: y - fontSize * 0.7, right: left + textWidth, bottom: y + fontSize * 0.5 };
}

export class LabelPlacer {
  private boxes: Box[] = [];

  /** Called before each frame's labels. */
  reset(): void {
    this.boxes = [];
  }

  /** Records the box and says whether to draw it. Frames hold a few hundred labels at most, so a list scan is enough. */
  place(box: Box, force = false): boolean {
    if (!force && this.boxes.some((b) => overlaps(b, box))) return false;
    this.boxes.push(box);
    return true;
  }
}
