import * as pptxgenModule from 'pptxgenjs';
import type Pptx from 'pptxgenjs';

/**
 * pptxgenjs ships CommonJS-style typings for an ES module, so TypeScript and
 * Node disagree about its default export. This adapter is the one place that
 * bridges them; everything else imports the class and types from here.
 */
export type PptxGenJS = InstanceType<typeof Pptx.default>;
export const PptxGenJSClass = (pptxgenModule as unknown as { default: typeof Pptx.default }).default;

export type Slide = Pptx.default.Slide;
export type TableRow = Pptx.default.TableRow;
export type TableCell = Pptx.default.TableCell;
export type TableCellProps = Pptx.default.TableCellProps;
export type TextPropsOptions = Pptx.default.TextPropsOptions;
export type TextProps = Pptx.default.TextProps;
export type ShapeProps = Pptx.default.ShapeProps;
export type ChartData = Pptx.default.OptsChartData;
export type ChartOptions = Pptx.default.IChartOpts;
export type ChartName = Pptx.default.CHART_NAME;
export type ShapeName = Pptx.default.SHAPE_NAME;
