/**
 * The report deck (.pptx, Apache POI XSLF) and its companion workbook (.xlsx), built from a {@link
 * org.valuelens.report.deck.ReportData} that the service layer gathers. Depends only on the model, the other report
 * packages and POI; every string comes from the {@code i18n/report} bundle or {@link
 * org.valuelens.report.chart.ChartText}.
 */
package org.valuelens.report.deck;
