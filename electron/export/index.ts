/** Print export: the plate-ready PDF writer and preflight. */
export { writePrintPdf, type PrintPdfOptions } from './pdf-writer';
export { preflight, type PreflightCode, type PreflightContext, type PreflightProblem, type PreflightReport } from './preflight';
export { DEFAULT_OUTPUT_CONDITION, readIccProfile } from './pdf-x';
