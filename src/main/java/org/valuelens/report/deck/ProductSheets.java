package org.valuelens.report.deck;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.valuelens.model.product.FirstProductRow;
import org.valuelens.model.product.LtvCohort;
import org.valuelens.model.product.LtvCohortTable;
import org.valuelens.model.product.ValueCurve;
import org.valuelens.model.product.ValueCurves;
import org.valuelens.model.product.ValueMetric;
import org.valuelens.report.export.TableExport;
import org.valuelens.report.export.TableExport.Column;
import org.valuelens.report.export.TableExport.Format;

/**
 * The workbook sheets behind the product slides: first products, N-day value by cohort and, when the data has
 * channels, N-day value by channel with CAC payback days (issue 17).
 */
final class ProductSheets {
    private ProductSheets() {
    }

    static List<String> names(ProductSection p, ReportText t) {
        List<String> names = new ArrayList<>();
        if (p.first() != null) {
            names.add(t.get("sheet.products"));
        }
        names.add(t.get("sheet.ndays"));
        if (p.channels() != null) {
            names.add(t.get("sheet.ndaysChannel"));
        }
        return names;
    }

    static void write(SXSSFWorkbook wb, ProductSection p, ReportText t) {
        if (p.first() != null) {
            List<Column> c = new ArrayList<>(List.of(new Column(t.get("col.product"), Format.GENERAL),
                    new Column(t.get("col.customers"), Format.INTEGER), new Column(t.get("col.repeatRate"),
                            Format.PERCENT), new Column(t.get("col.repeatLow"), Format.PERCENT),
                    new Column(t.get("col.repeatHigh"), Format.PERCENT),
                    new Column(t.get("col.daysToSecond"), Format.DECIMAL)));
            for (int d : p.first().days()) {
                c.add(new Column(t.get("col.nDay", t.integer(d)), Format.CURRENCY));
            }
            c.add(new Column(t.get("col.predictedClv"), Format.CURRENCY));
            c.add(new Column(t.get("col.highTier"), Format.PERCENT));
            List<List<?>> rows = new ArrayList<>();
            for (FirstProductRow r : p.first().rows()) {
                List<Object> row = new ArrayList<>(List.of(p.names().get(r.key()), r.customers(), r.repeatRate(),
                        r.repeatRateLow(), r.repeatRateHigh()));
                row.add(r.meanDaysToSecond());
                row.addAll(r.revenue());
                row.add(r.predictedClv());
                row.add(r.topTierShare());
                rows.add(row);
            }
            TableExport.addSheet(wb, t.get("sheet.products"), t.currency(), c, rows);
        }
        LtvCohortTable n = p.cohorts();
        List<Column> c = new ArrayList<>(List.of(new Column(t.get("col.cohort"), Format.GENERAL),
                new Column(t.get("col.customers"), Format.INTEGER)));
        for (int d : n.days()) {
            c.add(new Column(t.get("col.nDay", t.integer(d)), Format.CURRENCY));
        }
        for (int d : n.days()) {
            c.add(new Column(t.get("col.complete", t.integer(d)), Format.GENERAL));
        }
        List<List<?>> rows = new ArrayList<>();
        List<LtvCohort> all = new ArrayList<>(n.cohorts());
        all.add(n.average());
        for (LtvCohort co : all) {
            List<Object> row = new ArrayList<>(List.of("all".equals(co.label()) ? t.get("ndays.all") : co.label(),
                    co.customers()));
            row.addAll(co.revenue());
            for (boolean complete : co.complete()) {
                row.add(t.get(complete ? "ndays.yes" : "ndays.no"));
            }
            rows.add(row);
        }
        TableExport.addSheet(wb, t.get("sheet.ndays"), t.currency(), c, rows);
        if (p.channels() != null) {
            channels(wb, p, t);
        }
    }

    /** N-day revenue by channel, the value to date, the channel's CAC and the day the curve reaches it. */
    private static void channels(SXSSFWorkbook wb, ProductSection p, ReportText t) {
        LtvCohortTable n = p.channels();
        ValueCurves curves = p.channelCurves();
        List<Column> c = new ArrayList<>(List.of(new Column(t.get("col.channel"), Format.GENERAL),
                new Column(t.get("col.customers"), Format.INTEGER)));
        for (int d : n.days()) {
            c.add(new Column(t.get("col.nDay", t.integer(d)), Format.CURRENCY));
        }
        c.add(new Column(t.get("col.toDate"), Format.CURRENCY));
        c.add(new Column(t.get("col.cac"), Format.CURRENCY));
        c.add(new Column(t.get(curves.hasCost() ? "col.paybackDaysMargin" : "col.paybackDaysRevenue"),
                Format.GENERAL));
        List<List<?>> rows = new ArrayList<>();
        for (LtvCohort co : n.cohorts()) {
            ValueCurve curve = curves.group(co.label());
            Double cac = p.channelCac().get(co.label());
            Integer day = cac == null || curve == null ? null : curve.paybackDay(curves.paybackMetric(), cac);
            List<Object> row = new ArrayList<>(List.of(ReportCharts.channelName(co.label(), t), co.customers()));
            row.addAll(co.revenue());
            row.add(curve == null ? null : curve.toDate(ValueMetric.REVENUE));
            row.add(cac);
            row.add(cac == null ? null : day == null ? t.get("ndays.notYet") : day);
            rows.add(row);
        }
        TableExport.addSheet(wb, t.get("sheet.ndaysChannel"), t.currency(), c, rows);
    }
}
