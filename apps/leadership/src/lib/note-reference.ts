/**
 * The API's 督办单 has no field for the hazard it is about, so the portal appends one line to the
 * body ("关联重大事故隐患：… （隐患编号：<id>）") and the note page turns that line back into a link.
 */
const LINE = /^关联重大事故隐患：(.*)（隐患编号：([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})）$/;

export function referenceLine(hazard: { id: string; objectName: string; description: string }): string {
  return `关联重大事故隐患：${hazard.objectName}——${hazard.description}（隐患编号：${hazard.id}）`;
}

/** The body's lines, each with the hazard it names when it is a reference line. */
export function bodyLines(body: string): { text: string; hazardId: string | null }[] {
  return body.split(/\r?\n/).map((text) => {
    const match = LINE.exec(text.trim());
    return match ? { text: `关联重大事故隐患：${match[1] ?? ''}`, hazardId: match[2] ?? null } : { text, hazardId: null };
  });
}
