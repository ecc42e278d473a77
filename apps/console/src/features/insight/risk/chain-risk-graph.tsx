import { Empty, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import type { InsightChainGraphQuery } from '../../../gql/graphql';
import { format, useI18n } from '../../../i18n/i18n';
import { useReloadOn } from '../../../shared/use-reload-on';
import { EChart, type ChartOption } from '../charts/echart';
import { tooltipHtml } from '../charts/tooltip-html';
import { COLUMN_GAP, layOutChain, ROW_GAP } from './chain-graph-layout';
import { RISK_COLOURS } from './risk-colours';

const GRAPH = graphql(`
  query InsightChainGraph($chainId: String!, $provinceAdcode: String) {
    chainRiskGraph(chainId: $chainId, provinceAdcode: $provinceAdcode) {
      chain { nameZh nameEn }
      nodes {
        riskClass
        segment { id nameZh nameEn stage }
        reasons { decisive sentenceZh sentenceEn }
        upstreamExposure { riskClass segment { nameZh nameEn } via { nameZh nameEn } }
      }
      edges { from { id nameZh nameEn } to { id nameZh nameEn } fromRiskClass exposed }
    }
  }
`);

/** The most lines a segment's name takes under its node; the tooltip and the summary give it whole. */
const LABEL_LINES = 3;

/**
 * A segment's name in at most LABEL_LINES lines of about `width` characters (Chinese breaks
 * anywhere, English between words; ECharts does not break Chinese inside rich text by itself).
 */
function wrapLabel(name: string, width: number): string[] {
  const text = name.replace(/[{}|]/g, ''); // rich-text markup, should a name contain it
  const units = /\s/.test(text) ? text.split(/\s+/).map((word, index) => (index ? ` ${word}` : word)) : [...text];
  const lines: string[] = [];
  for (const unit of units) {
    if (lines.length && lines.at(-1)!.length + unit.length <= width) lines[lines.length - 1] += unit;
    else lines.push(unit.trimStart());
  }
  return lines.length > LABEL_LINES ? [...lines.slice(0, LABEL_LINES - 1), `${lines[LABEL_LINES - 1]}…`] : lines;
}

/** Room around the segments for their labels, in pixels (the layout's units: drawn at scale 1 when there is room). */
const MARGIN = { top: 30, bottom: 80, left: 75, right: 75 };

type Graph = NonNullable<InsightChainGraphQuery['chainRiskGraph']>;
type I18n = ReturnType<typeof useI18n>;

/**
 * ECharts options for the chain: segments as nodes placed upstream → downstream, exposed edges red
 * and dashed; with the number of rows of its fullest column, for the chart's height.
 */
function graphOption(graph: Graph, { t, name, language }: I18n): { option: ChartOption; rows: number; columns: number } {
  const ids = graph.nodes.map((node) => node.segment.id);
  const { positions, rows, columns } = layOutChain(ids, graph.edges.map((edge) => ({ from: edge.from.id, to: edge.to.id })));
  const sentence = (reason: { sentenceZh: string; sentenceEn: string }) => (language === 'zh' ? reason.sentenceZh : reason.sentenceEn);
  const option = {
    animation: false,
    tooltip: { confine: true, formatter: (params: { data: { lines: string[] } }) => tooltipHtml(params.data.lines) },
    series: [{
      // Kept in proportion (round nodes, rows apart), unless a row or column alone leaves no proportion to keep.
      type: 'graph', layout: 'none', roam: false, preserveAspect: rows > 1 && columns > 1, edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 10, ...MARGIN,
      label: {
        show: true, position: 'bottom',
        formatter: (params: { data: { label: string; riskLabel: string } }) =>
          [...wrapLabel(params.data.label, language === 'zh' ? 10 : 22).map((line) => `{name|${line}}`), `{risk|${params.data.riskLabel}}`].join('\n'),
        rich: { name: { color: '#1f1f1f', align: 'center', lineHeight: 15 }, risk: { color: '#434343', fontSize: 11, align: 'center', padding: [2, 0, 0, 0] } },
      },
      data: graph.nodes.map((node) => ({
        id: node.segment.id, x: positions.get(node.segment.id)!.x, y: positions.get(node.segment.id)!.y, symbolSize: 30,
        label: name(node.segment), riskLabel: t.insight.riskClasses[node.riskClass],
        itemStyle: { color: RISK_COLOURS[node.riskClass].fill, borderColor: '#434343', borderWidth: 1 },
        lines: [
          `${name(node.segment)} · ${t.stages[node.segment.stage]} · ${t.insight.riskClasses[node.riskClass]}`,
          ...node.reasons.filter((reason) => reason.decisive).map(sentence),
          ...node.upstreamExposure.map((exposure) => format(t.insight.exposedBy, { segment: name(exposure.segment), class: t.insight.riskClasses[exposure.riskClass] })
            + (exposure.via.length ? ` ${format(t.insight.via, { path: exposure.via.map(name).join(' → ') })}` : '')),
        ],
      })),
      links: graph.edges.map((edge) => ({
        source: edge.from.id, target: edge.to.id,
        lineStyle: edge.exposed ? { color: '#c41d1d', width: 2.5, type: 'dashed' } : { color: '#8c8c8c', width: 1.5 },
        lines: [`${name(edge.from)} → ${name(edge.to)}`, t.insight.riskClasses[edge.fromRiskClass]],
      })),
    }],
  };
  return { option, rows, columns };
}

/** The chain's segment graph in one area (the region when provinceAdcode is null), coloured by risk. */
export function ChainRiskGraph({ chainId, provinceAdcode, liveTick }: { chainId: string; provinceAdcode: string | null; liveTick: number }) {
  const i18n = useI18n();
  const { t, name } = i18n;
  const [{ data, fetching }, reload] = useQuery({ query: GRAPH, variables: { chainId, provinceAdcode } });
  useReloadOn(liveTick, reload);
  const graph = data?.chainRiskGraph;
  const drawn = useMemo(() => graph && graphOption(graph, i18n), [graph, i18n]);
  if (fetching && !data) return <Skeleton active />;
  if (!graph || !drawn) return <Empty description={t.insight.noSnapshot} />;
  const summary = format(t.insight.graphSummary, {
    chain: name(graph.chain), n: graph.nodes.length,
    list: graph.nodes.map((node) => `${name(node.segment)}（${t.insight.riskClasses[node.riskClass]}）`).join('、'),
  });
  return (
    <>
      <div className="chain-graph-scroll">
        <EChart option={drawn.option} summary={summary} className="chain-graph" style={{
          height: (drawn.rows - 1) * ROW_GAP + MARGIN.top + MARGIN.bottom + 40,
          minWidth: (drawn.columns - 1) * COLUMN_GAP + MARGIN.left + MARGIN.right,
        }} />
      </div>
      <Typography.Paragraph type="secondary">{t.insight.graphHint}</Typography.Paragraph>
    </>
  );
}
