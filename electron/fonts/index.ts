/** Font discovery and loading: npm Noto SC, system and user fonts → composer ports. */
export { discoverNpmFonts, discoverSystemFonts, parseFcList, NPM_FONT_PACKAGES, type FontFile, type FontSource } from './discover';
export { FontkitMetrics } from './fontkit-metrics';
export { FontRegistry, loadFontMetrics, type FontRegistryOptions } from './font-registry';
export { addUserFont, checkFontBytes, FontFileError, loadUserFonts, userFontsDir, MAX_USER_FONT_BYTES } from './user-fonts';
