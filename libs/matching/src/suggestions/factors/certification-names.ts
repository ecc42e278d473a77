/** A certification as compared: its scheme, and the edition if one is named (a year, or AS91x0's letter). */
interface Certification {
  scheme: string;
  edition: string | null;
}

const YEAR_EDITION = /^(.*?)[\s:：\-–/]+((?:19|20)\d{2})$/;
const AEROSPACE_REVISION = /^(AS\s*91[0-2]0)\s*([A-Z])$/;

/** "IATF 16949:2016" → IATF16949 / 2016; "AS9100D" → AS9100 / D; "ISO/IEC 27001" → ISOIEC27001 / none. */
export function readCertification(name: string): Certification {
  const text = name.normalize('NFKC').trim().toUpperCase();
  const edition = YEAR_EDITION.exec(text) ?? AEROSPACE_REVISION.exec(text);
  const scheme = (edition ? edition[1] : text).replace(/[\s:：\-–_/.]/g, '');
  return { scheme, edition: edition ? edition[2] : null };
}

/**
 * Whether a held certification satisfies a required one: the same scheme, and — when both name an
 * edition — the held one at least as recent. "IATF 16949:2016" satisfies "IATF 16949"; "ISO 9001:2008"
 * does not satisfy "ISO 9001:2015".
 */
export function satisfies(held: string, required: string): boolean {
  const h = readCertification(held);
  const r = readCertification(required);
  return h.scheme === r.scheme && (h.edition === null || r.edition === null || h.edition >= r.edition);
}

/** The required certifications none of the held ones satisfies. */
export function missingCertifications(required: readonly string[], held: readonly string[]): string[] {
  return required.filter((name) => !held.some((h) => satisfies(h, name)));
}
