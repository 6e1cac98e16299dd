import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { GS_KNOCKOUT, GS_OVERPRINT } from './pdf-content';
import { internals, type PdfRef } from './pdfkit-internals';

/**
 * The output condition written when the user gives no ICC profile. PDF/X-1a allows an
 * OutputIntent without an embedded DestOutputProfile when its OutputConditionIdentifier names a
 * characterisation registered with the ICC (http://www.color.org) — FOGRA39 is one. We ship no
 * profile of our own (the freely usable ones do not allow redistribution inside an app without
 * checking each licence); a plant that wants its own (e.g. ISOnewspaper26v4 for coldset
 * newsprint) passes the .icc file, which is then embedded.
 */
export const DEFAULT_OUTPUT_CONDITION = {
  identifier: 'FOGRA39',
  registry: 'http://www.color.org',
  info: 'Coated FOGRA39 (ISO 12647-2:2004)',
} as const;

/** Resource name of the registration colour (Separation /All) used for crop marks. */
export const CS_REGISTRATION = 'CSreg';

/** A PDF name value for pdfkit (its plain strings in Info become text strings, not names). */
export function pdfName(name: string): unknown {
  // pdfkit converts a non-plain object it does not know with `'' + value`.
  return { [Symbol.toStringTag]: 'PdfName', toString: () => `/${name}` };
}

/** A pdfkit text string (plain JS strings become names). */
export function pdfString(s: string): unknown {
  // eslint-disable-next-line no-new-wrappers -- pdfkit marks PDF text strings as String objects.
  return new String(s);
}

/** An output ICC profile read and checked from disk. */
export interface IccProfile {
  readonly bytes: Buffer;
  readonly name: string;
}

/**
 * Checks bytes are a CMYK output ICC profile (a PDF/X-1a OutputIntent must describe a CMYK
 * printing condition); throws with a clear message naming `label` otherwise.
 */
export function checkIccProfile(bytes: Buffer, label: string): void {
  if (bytes.length < 128 || bytes.toString('latin1', 36, 40) !== 'acsp') {
    throw new Error(`not an ICC profile: ${label}`);
  }
  const space = bytes.toString('latin1', 16, 20);
  if (space !== 'CMYK') throw new Error(`ICC profile ${label} describes '${space.trim()}', not CMYK`);
}

/** Reads a user-supplied ICC profile from disk and checks it (see checkIccProfile). */
export function readIccProfile(path: string, name = basename(path)): IccProfile {
  const bytes = readFileSync(path);
  checkIccProfile(bytes, name);
  return { bytes, name };
}

/** Adds the PDF/X OutputIntent (with the profile embedded when one is given) to the catalog. */
export function addOutputIntent(doc: PDFKit.PDFDocument, icc?: IccProfile): void {
  const d = internals(doc);
  const intent: Record<string, unknown> = { Type: 'OutputIntent', S: 'GTS_PDFX' };
  if (icc) {
    const profile = d.ref({ N: 4 });
    profile.end(icc.bytes);
    intent.OutputConditionIdentifier = pdfString('Custom');
    intent.Info = pdfString(icc.name);
    intent.DestOutputProfile = profile;
  } else {
    intent.OutputConditionIdentifier = pdfString(DEFAULT_OUTPUT_CONDITION.identifier);
    intent.RegistryName = pdfString(DEFAULT_OUTPUT_CONDITION.registry);
    intent.Info = pdfString(DEFAULT_OUTPUT_CONDITION.info);
  }
  const ref = d.ref(intent);
  ref.end();
  d._root.data.OutputIntents = [ref];
}

/** Info keys PDF/X-1a:2001 asks for, plus Title and Creator. */
export function setPdfxInfo(doc: PDFKit.PDFDocument, title: string): void {
  const info = internals(doc).info;
  info.Title = title;
  info.Creator = '版心 Banxin';
  info.Producer = '版心 Banxin (pdfkit)';
  info.ModDate = info.CreationDate ?? new Date();
  info.GTS_PDFXVersion = 'PDF/X-1:2001';
  info.GTS_PDFXConformance = 'PDF/X-1a:2001';
  info.Trapped = pdfName('False');
}

/** Shared per-document resources: the two overprint states and the registration colour. */
export interface DocResources {
  readonly overprint: PdfRef;
  readonly knockout: PdfRef;
  readonly registration: unknown[];
}

/** Creates the shared resources once per document. */
export function createDocResources(doc: PDFKit.PDFDocument): DocResources {
  const d = internals(doc);
  // OPM 1: a 0 in a DeviceCMYK component leaves that plate alone, so 0/0/0/100 K overprints.
  const overprint = d.ref({ Type: 'ExtGState', OP: true, op: true, OPM: 1 });
  overprint.end();
  const knockout = d.ref({ Type: 'ExtGState', OP: false, op: false, OPM: 0 });
  knockout.end();
  const tint = d.ref({ FunctionType: 2, Domain: [0, 1], C0: [0, 0, 0, 0], C1: [1, 1, 1, 1], N: 1 });
  tint.end();
  return { overprint, knockout, registration: ['Separation', 'All', 'DeviceCMYK', tint] };
}

/** Puts the shared resources on the current page. */
export function usePageResources(doc: PDFKit.PDFDocument, res: DocResources): void {
  const page = internals(doc).page;
  page.ext_gstates[GS_OVERPRINT] = res.overprint;
  page.ext_gstates[GS_KNOCKOUT] = res.knockout;
  page.colorSpaces[CS_REGISTRATION] = res.registration;
}
