package org.valuelens.report.deck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.valuelens.model.diagnostics.AccuracyRow;
import org.valuelens.report.export.TableExport;
import org.valuelens.report.export.TableExport.Column;
import org.valuelens.report.export.TableExport.Format;
import org.valuelens.report.export.TableExport.Styled;

/**
 * The workbook's side-by-side holdout accuracy of every purchase model (issue 16), when the report has it
 * ({@link ReportData.Methods#comparison()}); otherwise a sentence in the Diagnostics sheet says how to get it.
 * A model that could not be fitted has empty figures and a note (the reason itself is in the app and the CLI).
 */
final class ComparisonSheet {

    private ComparisonSheet() {
    }

    /** Writes the sheet; nothing when there is no comparison. */
    static void write(SXSSFWorkbook wb, ReportData.Methods m, ReportText t) {
        if (m.comparison() == null) {
            return;
        }
        List<List<?>> rows = new ArrayList<>();
        for (AccuracyRow r : m.comparison()) {
            String name = "baseline".equals(r.modelId()) ? t.get("acc.baseline") : t.modelName(r.modelId());
            rows.add(Arrays.asList(name, number(r.mae()), number(r.rmse()), number(r.correlation()),
                    number(r.totalPredicted()), r.totalActual(), r.percentError() == null ? null
                            : new Styled(r.percentError() / 100, Format.PERCENT),
                    r.ok() ? "" : t.get("comparison.notFitted")));
        }
        TableExport.addSheet(wb, t.get("sheet.comparison"), t.currency(), List.of(
                new Column(t.get("comparison.col.model"), Format.GENERAL),
                new Column(t.get("acc.mae"), Format.DECIMAL),
                new Column(t.get("acc.rmse"), Format.DECIMAL),
                new Column(t.get("comparison.col.correlation"), Format.DECIMAL),
                new Column(t.get("acc.predicted"), Format.DECIMAL),
                new Column(t.get("acc.actual"), Format.DECIMAL),
                new Column(t.get("acc.error"), Format.PERCENT),
                new Column(t.get("comparison.col.note"), Format.GENERAL)), rows);
    }

    /** @return the sentence for the Diagnostics sheet when the comparison is missing, else {@code null} */
    static String howToGet(ReportData.Methods m, ReportText t) {
        return m.comparison() != null ? null : t.get("comparison.howTo", t.date(m.calibrationEnd()));
    }

    /** A failed model's figures are NaN: an empty cell rather than a NaN cell. */
    private static Double number(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
