/** The on-screen painter: display lists as SVG. Pure TypeScript. */
export { displayListToSvg, svgFontFamily, type SvgOptions } from './display-list-svg';
export { inkToCss, isKOnly, isSolidK } from './ink';
export { escapeXml } from './xml';
