import { format } from 'echarts/core';

/**
 * Tooltip HTML from lines of text: ECharts writes a formatter's result as HTML, and names come from
 * the database (staff edit the taxonomy), so every line is escaped; the first is bold.
 */
export function tooltipHtml(lines: readonly string[]): string {
  return lines.map((line, index) => (index === 0 ? `<strong>${format.encodeHTML(line)}</strong>` : format.encodeHTML(line))).join('<br/>');
}
