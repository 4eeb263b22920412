export type { ChartOptions, ChartQuarter, ChartRating } from './chart-input.js';
export { chartTemplatesSchema, type ChartTemplates, type ChartText } from './chart-text.js';
export { comparisonChartTitle, trendChartTitle } from './chart-title.js';
export { comparisonChartAltText, trendChartAltText } from './chart-alt-text.js';
export { comparisonChartSvg } from './comparison-chart-svg.js';
export { MAX_TREND_QUARTERS, trendChartSvg } from './trend-chart-svg.js';
export { svgToPng } from './svg-to-png.js';
