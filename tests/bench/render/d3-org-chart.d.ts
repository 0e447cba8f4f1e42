// The part of d3-org-chart 3.1 the render benchmark calls (the package ships no types).
declare module 'd3-org-chart' {
  export interface OrgChartNode<T> {
    data: T;
    width: number;
    height: number;
  }
  export class OrgChart<T = unknown> {
    container(element: HTMLElement | string): this;
    data(rows: T[]): this;
    nodeId(accessor: (row: T) => string): this;
    parentNodeId(accessor: (row: T) => string | null | undefined): this;
    nodeWidth(size: (node: OrgChartNode<T>) => number): this;
    nodeHeight(size: (node: OrgChartNode<T>) => number): this;
    nodeContent(html: (node: OrgChartNode<T>) => string): this;
    svgHeight(height: number): this;
    duration(ms: number): this;
    render(): this;
    fit(options?: { animate?: boolean }): this;
  }
}
