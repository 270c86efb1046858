package org.valuelens.report.deck;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.valuelens.model.product.FirstProductRow;
import org.valuelens.model.product.LtvCohort;
import org.valuelens.model.product.LtvCohortTable;
import org.valuelens.report.export.TableExport;
import org.valuelens.report.export.TableExport.Column;
import org.valuelens.report.export.TableExport.Format;

/** The workbook sheets behind the product slides: first products and N-day value by cohort (issue 17). */
final class ProductSheets {
    private ProductSheets() {
    }

    static List<String> names(ProductSection p, ReportText t) {
        List<String> names = new ArrayList<>();
        if (p.first() != null) {
            names.add(t.get("sheet.products"));
        }
        names.add(t.get("sheet.ndays"));
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
    }
}
