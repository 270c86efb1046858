package org.valuelens.report.deck;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.valuelens.model.cohort.ChannelSummary;
import org.valuelens.model.cohort.Cohort;
import org.valuelens.model.segment.QuadrantResult;
import org.valuelens.model.segment.RfmScore;
import org.valuelens.model.diagnostics.RepeatBucket;
import org.valuelens.model.validation.ErrorSummary;
import org.valuelens.model.validation.FrequencyBucket;
import org.valuelens.model.validation.HoldoutValidation;
import org.valuelens.model.validation.TrackingPoint;
import org.valuelens.report.export.TableExport;
import org.valuelens.report.export.TableExport.Column;
import org.valuelens.report.export.TableExport.Format;
import org.valuelens.report.export.TableExport.Styled;

/** The companion workbook: every table behind the slides, one sheet each, through {@link TableExport}. */
final class WorkbookBuilder {
    /** Scheme ids in sheet order. */
    static final List<String> SCHEMES = List.of("tiers", "rfm", "kmeans", "quadrant");

    private final ReportData data;
    private final ReportText t;

    WorkbookBuilder(ReportData data, ReportText text) {
        this.data = data;
        this.t = text;
    }

    /**
     * Writes the workbook.
     *
     * @param file the .xlsx file
     * @throws IOException when it cannot be written
     */
    void write(Path file) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            String cur = t.currency();
            TableExport.addSheet(wb, t.get("sheet.kpis"), cur, cols("col.indicator", Format.GENERAL, "col.value",
                    Format.GENERAL), kpis());
            customers(wb);
            for (String id : SCHEMES) {
                ReportData.Scheme scheme = data.scheme(id);
                if (scheme != null) {
                    segments(wb, scheme);
                }
            }
            quadrant(wb);
            rfm(wb);
            cohorts(wb);
            channels(wb);
            methods(wb);
            if (data.products() != null) {
                ProductSheets.write(wb, data.products(), t);
            }
            outlook(wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
    }

    /** @return the sheet names in order, as written */
    List<String> sheetNames() {
        List<String> names = new ArrayList<>(List.of(t.get("sheet.kpis"), t.get("sheet.customers")));
        for (String id : SCHEMES) {
            if (data.scheme(id) != null) {
                names.add(t.get("sheet.segments." + id));
            }
        }
        names.addAll(List.of(t.get("sheet.quadrant"), t.get("sheet.rfm"), t.get("sheet.retention"),
                t.get("sheet.revenue"), t.get("sheet.ltv"), t.get("sheet.channels"), t.get("sheet.parameters")));
        if (data.methods().validation() != null) {
            names.addAll(List.of(t.get("sheet.accuracy"), t.get("sheet.validation"), t.get("sheet.tracking")));
            if (data.methods().repeats() != null) {
                names.add(t.get("sheet.diagnostics"));
            }
            if (data.methods().comparison() != null) {
                names.add(t.get("sheet.comparison"));
            }
        }
        if (data.products() != null) {
            names.addAll(ProductSheets.names(data.products(), t));
        }
        if (data.outlook() != null) {
            names.add(t.get("sheet.outlook"));
        }
        return names;
    }

    /** The outlook: the totals with their ranges, then expected orders by week. */
    private void outlook(SXSSFWorkbook wb) {
        ReportData.Outlook o = data.outlook();
        if (o == null) {
            return;
        }
        List<List<?>> rows = new ArrayList<>();
        rows.add(Arrays.asList(t.get("outlook.card.orders"), o.orders().estimate(), o.orders().low(),
                o.orders().high()));
        rows.add(Arrays.asList(t.get("outlook.card.revenue"), o.revenue().estimate(), o.revenue().low(),
                o.revenue().high()));
        rows.add(Arrays.asList(t.get("outlook.card.risk", t.percent(o.highFrom())), (double) o.highRisk(), null,
                null));
        for (int i = 0; i < o.weekStarts().size(); i++) {
            rows.add(Arrays.asList(t.get("outlook.sheet.week", o.weekStarts().get(i).toString()),
                    o.weeklyOrders()[i], null, null));
        }
        TableExport.addSheet(wb, t.get("sheet.outlook"), t.currency(), cols("col.indicator", Format.GENERAL,
                "col.value", Format.DECIMAL, "outlook.col.low", Format.DECIMAL, "outlook.col.high", Format.DECIMAL),
                rows);
    }

    private List<Column> cols(Object... keyFormat) {
        List<Column> c = new ArrayList<>();
        for (int i = 0; i < keyFormat.length; i += 2) {
            c.add(new Column(t.get((String) keyFormat[i]), (Format) keyFormat[i + 1]));
        }
        return c;
    }

    private List<List<?>> kpis() {
        ReportData.Header h = data.header();
        ReportData.Kpis k = data.kpis();
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of(t.get("kpi.dataset"), h.datasetName()));
        rows.add(List.of(t.get("kpi.firstDate"), new Styled(h.firstDate(), Format.DATE)));
        rows.add(List.of(t.get("kpi.lastDate"), new Styled(h.lastDate(), Format.DATE)));
        rows.add(List.of(t.get("setting.method"), t.methodName(h.clvMethod())));
        rows.add(List.of(t.get("setting.timeUnit"), t.unitName(h.timeUnit())));
        rows.add(List.of(t.get("setting.horizon"), new Styled(h.horizon(), Format.INTEGER)));
        rows.add(List.of(t.get("setting.margin"), new Styled(h.margin(), Format.PERCENT)));
        rows.add(List.of(t.get("setting.discount"), new Styled(h.annualDiscountRate(), Format.PERCENT)));
        rows.add(List.of(t.get("setting.generated"), new Styled(h.generatedOn(), Format.DATE)));
        rows.add(List.of(t.get("kpi.customers"), new Styled(k.customers(), Format.INTEGER)));
        rows.add(List.of(t.get("kpi.transactions"), new Styled(k.transactions(), Format.INTEGER)));
        rows.add(List.of(t.get("kpi.revenue"), new Styled(k.revenue(), Format.CURRENCY)));
        rows.add(List.of(t.get("kpi.orders"), new Styled(k.orders(), Format.INTEGER)));
        rows.add(List.of(t.get("kpi.aov"), new Styled(k.averageOrderValue(), Format.CURRENCY)));
        rows.add(List.of(t.get("kpi.frequency"), new Styled(k.purchaseFrequency(), Format.DECIMAL)));
        rows.add(List.of(t.get("kpi.repeat"), new Styled(k.repeatRate(), Format.PERCENT)));
        rows.add(List.of(t.get("kpi.meanClv", t.methodName(h.clvMethod())), new Styled(k.meanClv(),
                Format.CURRENCY)));
        rows.add(List.of(t.get("kpi.medianClv"), new Styled(k.medianClv(), Format.CURRENCY)));
        rows.add(List.of(t.get("kpi.totalClv"), new Styled(k.totalClv(), Format.CURRENCY)));
        rows.add(List.of(t.get("kpi.top20"), new Styled(k.topRevenueShare(), Format.PERCENT)));
        rows.add(List.of(t.get("kpi.topClv"), new Styled(k.topClvShare(), Format.PERCENT)));
        rows.add(List.of(t.get("kpi.thresholdX"), new Styled(data.quadrant().xThreshold(), Format.DECIMAL)));
        rows.add(List.of(t.get("kpi.thresholdY"), new Styled(data.quadrant().yThreshold(), Format.CURRENCY)));
        return rows;
    }

    private void customers(SXSSFWorkbook wb) {
        List<Column> c = cols("col.customer", Format.GENERAL, "col.firstPurchase", Format.DATE,
                "col.lastPurchase", Format.DATE, "col.channel", Format.GENERAL, "col.repeat", Format.INTEGER,
                "col.recency", Format.DECIMAL, "col.age", Format.DECIMAL, "col.revenue", Format.CURRENCY,
                "col.margin", Format.CURRENCY, "col.clv", Format.CURRENCY, "col.pAlive", Format.PERCENT,
                "col.expected", Format.DECIMAL, "col.tier", Format.GENERAL, "col.rfmCode", Format.GENERAL,
                "col.rfmSegment", Format.GENERAL, "col.cluster", Format.GENERAL, "col.quadrant", Format.GENERAL);
        List<List<?>> rows = new ArrayList<>(data.customers().size());
        for (ReportData.CustomerRow r : data.customers()) {
            rows.add(Arrays.asList(r.customerId(), r.firstPurchase(), r.lastPurchase(), r.channel(), r.frequency(),
                    r.recency(), r.age(), r.revenue(), r.historicalMargin(), r.clv(), r.pAlive(),
                    r.expectedPurchases(), seg(r.valueTier()), r.rfmCode(), seg(r.rfmSegment()), seg(r.cluster()),
                    seg(r.quadrant())));
        }
        TableExport.addSheet(wb, t.get("sheet.customers"), t.currency(), c, rows);
    }

    private String seg(String name) {
        return name == null ? null : t.segment(name);
    }

    private void segments(SXSSFWorkbook wb, ReportData.Scheme scheme) {
        List<Column> c = cols("col.segment", Format.GENERAL, "col.customers", Format.INTEGER,
                "col.customerShare", Format.PERCENT, "col.revenue", Format.CURRENCY, "col.revenueShare",
                Format.PERCENT, "col.action", Format.GENERAL);
        List<List<?>> rows = new ArrayList<>();
        for (ReportData.SegmentLine l : scheme.segments()) {
            rows.add(Arrays.asList(t.segment(l.name()), l.customers(), l.customerShare(), l.revenue(),
                    l.revenueShare(), t.action(l.name(), l.action())));
        }
        TableExport.addSheet(wb, t.get("sheet.segments." + scheme.id()), t.currency(), c, rows);
    }

    private void quadrant(SXSSFWorkbook wb) {
        List<Column> c = cols("col.customer", Format.GENERAL, "col.repeat", Format.INTEGER, "col.profitPerPurchase",
                Format.CURRENCY, "col.revenue", Format.CURRENCY, "col.profit", Format.CURRENCY, "col.quadrant",
                Format.GENERAL);
        List<List<?>> rows = new ArrayList<>();
        for (QuadrantResult.Point p : data.quadrant().points()) {
            rows.add(Arrays.asList(p.customerId(), p.x(), p.y(), p.revenue(), p.profit(),
                    t.segment(p.quadrant().label())));
        }
        TableExport.addSheet(wb, t.get("sheet.quadrant"), t.currency(), c, rows);
    }

    private void rfm(SXSSFWorkbook wb) {
        List<Column> c = cols("col.customer", Format.GENERAL, "col.recencyDays", Format.DECIMAL, "col.frequency",
                Format.INTEGER, "col.monetary", Format.CURRENCY, "col.r", Format.INTEGER, "col.f", Format.INTEGER,
                "col.m", Format.INTEGER, "col.rfmCode", Format.GENERAL, "col.rfmSegment", Format.GENERAL);
        List<List<?>> rows = new ArrayList<>();
        for (RfmScore s : data.rfm().scores()) {
            rows.add(Arrays.asList(s.customerId(), s.recencyDays(), s.frequency(), s.monetary(), s.r(), s.f(), s.m(),
                    s.code(), t.segment(s.segment().label())));
        }
        TableExport.addSheet(wb, t.get("sheet.rfm"), t.currency(), c, rows);
    }

    private void cohorts(SXSSFWorkbook wb) {
        List<Cohort> cohorts = data.cohorts().cohorts();
        int periods = cohorts.stream().mapToInt(Cohort::periods).max().orElse(0);
        cohortSheet(wb, "sheet.retention", Format.PERCENT, periods, 0);
        cohortSheet(wb, "sheet.revenue", Format.CURRENCY, periods, 1);
        cohortSheet(wb, "sheet.ltv", Format.CURRENCY, periods, 2);
    }

    private void cohortSheet(SXSSFWorkbook wb, String key, Format format, int periods, int metric) {
        List<Column> c = cols("col.cohort", Format.GENERAL, "col.size", Format.INTEGER, "col.cac", Format.CURRENCY,
                "col.payback", Format.INTEGER);
        for (int i = 0; i < periods; i++) {
            c.add(new Column(t.get("col.period", t.integer(i)), format));
        }
        c.add(new Column(t.get("col.completePeriods"), Format.INTEGER));
        List<List<?>> rows = new ArrayList<>();
        for (Cohort co : data.cohorts().cohorts()) {
            List<Object> row = new ArrayList<>(Arrays.asList(co.label(), co.size(), co.cac(), co.paybackPeriod()));
            row.addAll(metric == 0 ? co.retention() : metric == 1 ? co.cumulativeRevenuePerCustomer()
                    : co.cumulativeMarginPerCustomer());
            while (row.size() < 4 + periods) {
                row.add(null);
            }
            row.add(co.completePeriods()); // later cells are cut off by the end of the data
            rows.add(row);
        }
        TableExport.addSheet(wb, t.get(key), t.currency(), c, rows);
    }

    private void channels(SXSSFWorkbook wb) {
        List<Column> c = cols("col.channel", Format.GENERAL, "col.customers", Format.INTEGER, "col.ltv",
                Format.CURRENCY, "col.marginPerCustomer", Format.CURRENCY, "col.cac", Format.CURRENCY, "col.ltvCac",
                Format.DECIMAL, "col.payback", Format.INTEGER);
        List<List<?>> rows = new ArrayList<>();
        for (ChannelSummary ch : data.cohorts().channels()) {
            rows.add(Arrays.asList(ReportCharts.channelName(ch.channel(), t), ch.customers(), ReportCharts.ltv(ch),
                    ch.historicalMarginPerCustomer(), ch.cac(), ch.ltvToCac(), ch.paybackPeriod()));
        }
        TableExport.addSheet(wb, t.get("sheet.channels"), t.currency(), c, rows);
    }

    private void methods(SXSSFWorkbook wb) {
        ReportData.Methods m = data.methods();
        List<Column> c = cols("col.group", Format.GENERAL, "col.parameter", Format.GENERAL, "col.value",
                Format.PRECISE, "col.se", Format.PRECISE);
        List<List<?>> rows = new ArrayList<>();
        for (ReportData.Parameter p : m.parameters()) {
            rows.add(Arrays.asList(t.get("param.group." + p.group()), p.name(), p.value(), p.standardError()));
        }
        if (Double.isFinite(m.logLikelihood())) {
            rows.add(Arrays.asList(t.get("param.group.fit"), t.get("param.logLikelihood"), m.logLikelihood(), null));
            rows.add(Arrays.asList(t.get("param.group.fit"), "AIC", m.aic(), null));
        }
        TableExport.addSheet(wb, t.get("sheet.parameters"), t.currency(), c, rows);
        HoldoutValidation v = m.validation();
        if (v == null) {
            return;
        }
        List<List<?>> acc = new ArrayList<>();
        ErrorSummary a = v.model();
        ErrorSummary b = v.baseline();
        acc.add(Arrays.asList(t.get("acc.mae"), a.mae(), b.mae()));
        acc.add(Arrays.asList(t.get("acc.rmse"), a.rmse(), b.rmse()));
        acc.add(Arrays.asList(t.get("acc.predicted"), a.totalPredicted(), b.totalPredicted()));
        acc.add(Arrays.asList(t.get("acc.actual"), a.totalActual(), b.totalActual()));
        acc.add(Arrays.asList(t.get("acc.error"), a.percentError() == null ? null
                : new Styled(a.percentError() / 100, Format.PERCENT), b.percentError() == null ? null
                : new Styled(b.percentError() / 100, Format.PERCENT)));
        acc.add(Arrays.asList(t.get("acc.calibrationEnd"), new Styled(m.calibrationEnd(), Format.DATE), null));
        acc.add(Arrays.asList(t.get("acc.holdout"), new Styled(v.holdoutLength(), Format.DECIMAL), null));
        TableExport.addSheet(wb, t.get("sheet.accuracy"), t.currency(), List.of(
                new Column(t.get("col.measure"), Format.GENERAL),
                new Column(t.methodName(m.validationModel()), Format.DECIMAL),
                new Column(t.get("acc.baseline"), Format.DECIMAL)), acc);
        List<List<?>> buckets = new ArrayList<>();
        for (FrequencyBucket fb : v.buckets()) {
            buckets.add(Arrays.asList(fb.label(), fb.customers(), fb.meanActual(), fb.meanPredicted(),
                    fb.meanBaseline()));
        }
        TableExport.addSheet(wb, t.get("sheet.validation"), t.currency(), cols("col.calFrequency", Format.GENERAL,
                "col.customers", Format.INTEGER, "col.meanActual", Format.DECIMAL, "col.meanPredicted",
                Format.DECIMAL, "col.meanBaseline", Format.DECIMAL), buckets);
        List<List<?>> track = new ArrayList<>();
        if (m.tracking() != null) {
            for (TrackingPoint p : m.tracking().points()) {
                track.add(Arrays.asList(p.period(), p.actual(), p.predicted(), p.actualCumulative(),
                        p.predictedCumulative()));
            }
        }
        TableExport.addSheet(wb, t.get("sheet.tracking"), t.currency(), cols("col.periodNumber", Format.INTEGER,
                "col.actual", Format.DECIMAL, "col.predicted", Format.DECIMAL, "col.actualCum", Format.DECIMAL,
                "col.predictedCum", Format.DECIMAL), track);
        if (m.repeats() != null) {
            List<List<?>> repeats = new ArrayList<>();
            for (RepeatBucket rb : m.repeats().buckets()) {
                repeats.add(Arrays.asList(rb.label(), rb.actual(), rb.expected()));
            }
            String howTo = ComparisonSheet.howToGet(m, t);
            if (howTo != null) {
                repeats.add(Arrays.asList(null, null, null));
                repeats.add(Arrays.asList(howTo, null, null));
            }
            TableExport.addSheet(wb, t.get("sheet.diagnostics"), t.currency(), List.of(
                    new Column(t.get("col.repeatPurchases"), Format.GENERAL),
                    new Column(t.get("col.customersActual"), Format.INTEGER),
                    new Column(t.get("col.customersModel", t.methodName(m.validationModel())), Format.DECIMAL)),
                    repeats);
        }
        ComparisonSheet.write(wb, m, t);
    }
}
