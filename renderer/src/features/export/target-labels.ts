import type { TargetKey } from './gate';
import type { ExportKey } from './messages';

/** The message key naming each export target. */
export const TARGET_LABEL: Record<TargetKey, ExportKey> = {
  print: 'targetPrint',
  proof: 'targetProof',
  galley: 'targetGalley',
  epaper: 'targetEpaper',
  newsml: 'targetNewsml',
  archive: 'targetArchive',
};
