package org.valuelens.report.deck;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.valuelens.model.cohort.ChannelSummary;
import org.valuelens.model.cohort.Cohort;
import org.valuelens.model.cohort.CohortResult;
import org.valuelens.model.segment.QuadrantResult;
import org.valuelens.model.validation.ErrorSummary;
import org.valuelens.model.validation.HoldoutValidation;
import org.valuelens.report.chart.ChartStyle;
import org.valuelens.report.export.ChartImages;

/** Builds the deck (eight slides, the product slides when the data have products, and the outlook when there is one); charts are rendered at twice their picture box and also written as PNG files. */
final class DeckBuilder {
    /** Pixels per point of the chart pictures (960 pt wide slide → 1920 px, full HD). */
    static final double SCALE = 2.0;
    static final int SLIDES = 8;
    private final int slides;
    private static final TextAlign L = TextAlign.LEFT;
    private static final TextAlign R = TextAlign.RIGHT;

    private final ReportData data;
    private final ReportText t;
    private final Path chartDir;
    private final List<Path> charts = new ArrayList<>();
    private XMLSlideShow ppt;
    private SlideKit kit;
    private int page;

    DeckBuilder(ReportData data, ReportText text, Path chartDir) {
        this.data = data;
        this.t = text;
        this.chartDir = chartDir;
        this.slides = SLIDES + (data.products() == null ? 0 : ProductSlides.COUNT) + (data.outlook() == null ? 0 : 1);
    }

    /** @return the chart files written by {@link #write} */
    List<Path> charts() {
        return List.copyOf(charts);
    }

    /**
     * Builds the deck and writes it and the chart PNGs.
     *
     * @param file the .pptx file
     * @return the number of slides
     * @throws IOException when a file cannot be written
     */
    int write(Path file) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow()) {
            ppt = show;
            ppt.setPageSize(new Dimension((int) SlideKit.WIDTH, (int) SlideKit.HEIGHT));
            kit = new SlideKit(ppt, t.locale());
            titleSlide();
            kpiSlide();
            distributionSlide();
            quadrantSlide();
            rfmSlide();
            cohortSlide();
            channelSlide();
            methodsSlide();
            if (data.outlook() != null) {
                outlookSlide();
            }
            if (data.products() != null) {
                new ProductSlides(this, data.products(), t).write();
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                ppt.write(out);
            }
            return ppt.getSlides().size();
        }
    }

    // ------------------------------------------------------------------ slides

    private void titleSlide() {
        page++;
        ReportData.Header h = data.header();
        XSLFSlide s = ppt.createSlide();
        kit.rect(s, new Rectangle2D.Double(0, 0, SlideKit.WIDTH, 8), SlideKit.ACCENT);
        kit.text(s, new Rectangle2D.Double(48, 24, 400, 36), "ValueLens", 18, SlideKit.ACCENT, true, L);
        kit.rect(s, new Rectangle2D.Double(0, 72, SlideKit.WIDTH, 210), SlideKit.ACCENT);
        kit.text(s, new Rectangle2D.Double(54, 100, 852, 64), t.get("deck.title"), 40, Color.WHITE, true, L);
        kit.text(s, new Rectangle2D.Double(54, 170, 852, 44), h.datasetName(), 24, Color.WHITE, false, L);
        String range = t.get("title.range", t.date(h.firstDate()), t.date(h.lastDate()));
        kit.text(s, new Rectangle2D.Double(54, 216, 852, 36), range, 18, new Color(0xDCEBF7), false, L);
        String[][] settings = settings();
        for (int i = 0; i < settings.length; i++) {
            double x = 54 + (i % 3) * 290;
            double y = 318 + (i / 3) * 84;
            kit.rect(s, new Rectangle2D.Double(x, y, 3, 62), SlideKit.RULE);
            kit.text(s, new Rectangle2D.Double(x + 8, y, 272, 22), settings[i][0], 13, SlideKit.MUTED, false, L);
            kit.text(s, new Rectangle2D.Double(x + 8, y + 22, 272, 40), settings[i][1], 16, SlideKit.TEXT, true, L);
        }
        kit.footer(s, t.get("deck.footer.title", t.date(h.generatedOn())), page + " / " + slides);
        StringBuilder n = new StringBuilder(t.get("deck.title")).append('\n').append(h.datasetName()).append('\n')
                .append(range);
        for (String[] kv : settings) {
            n.append('\n').append(kv[0]).append(": ").append(kv[1]);
        }
        kit.notes(s, n.toString());
    }

    /** The settings shown on the title slide and the KPI sheet, as label/value pairs. */
    String[][] settings() {
        ReportData.Header h = data.header();
        return new String[][] {
            {t.get("setting.method"), t.methodName(h.clvMethod())},
            {t.get("setting.timeUnit"), t.unitName(h.timeUnit())},
            {t.get("setting.horizon"), t.get("setting.horizon.value", t.integer(h.horizon()),
                    t.unitName(h.timeUnit()))},
            {t.get("setting.margin"), t.percent(h.margin())},
            {t.get("setting.discount"), t.percent(h.annualDiscountRate())},
            {t.get("setting.generated"), t.date(h.generatedOn())},
        };
    }

    /** @return the slide toolkit of the deck being written */
    SlideKit kit() {
        return kit;
    }

    XSLFSlide slide(String titleKey, String takeaway) {
        page++;
        return kit.contentSlide(t.get(titleKey), takeaway, t.get("deck.footer", data.header().datasetName()),
                page + " / " + slides);
    }

    /** @return whether the range's ends are known (they are not when the parameters' covariance is not) */
    private static boolean known(org.valuelens.model.predict.Range r) {
        return Double.isFinite(r.low()) && Double.isFinite(r.high());
    }

    private void outlookSlide() {
        ReportData.Outlook o = data.outlook();
        String orders = known(o.orders()) ? t.get("outlook.range", t.integer(o.orders().estimate()),
                t.integer(o.orders().low()), t.integer(o.orders().high())) : t.integer(o.orders().estimate());
        String revenue = known(o.revenue()) ? t.get("outlook.range", t.money(o.revenue().estimate(), 0),
                t.money(o.revenue().low(), 0), t.money(o.revenue().high(), 0)) : t.money(o.revenue().estimate(), 0);
        String takeaway = t.get("outlook.takeaway", orders, revenue, t.date(o.windowStart()), t.date(o.windowEnd()),
                t.integer(o.highRisk()), t.percent(o.customers() == 0 ? 0 : (double) o.highRisk() / o.customers()));
        XSLFSlide s = slide("slide.outlook", takeaway);
        String[][] cards = {
            {t.get("outlook.card.orders"), t.integer(o.orders().estimate()), known(o.orders())
                    ? t.get("outlook.card.range", t.integer(o.orders().low()), t.integer(o.orders().high()))
                    : t.get("outlook.card.noRange")},
            {t.get("outlook.card.revenue"), t.money(o.revenue().estimate(), 0), known(o.revenue())
                    ? t.get("outlook.card.range", t.money(o.revenue().low(), 0), t.money(o.revenue().high(), 0))
                    : t.get("outlook.card.noRange")},
            {t.get("outlook.card.risk", t.percent(o.highFrom())), t.integer(o.highRisk()),
                    t.percent(o.customers() == 0 ? 0 : (double) o.highRisk() / o.customers())},
        };
        double cardW = 250;
        for (int i = 0; i < cards.length; i++) {
            double y = SlideKit.TOP + i * 134;
            kit.rect(s, new Rectangle2D.Double(SlideKit.MARGIN, y, cardW, 122), SlideKit.CARD);
            kit.rect(s, new Rectangle2D.Double(SlideKit.MARGIN, y, 5, 122), SlideKit.ACCENT);
            kit.text(s, new Rectangle2D.Double(SlideKit.MARGIN + 14, y + 8, cardW - 20, 36), cards[i][0], 13,
                    SlideKit.MUTED, false, TextAlign.LEFT);
            kit.text(s, new Rectangle2D.Double(SlideKit.MARGIN + 14, y + 42, cardW - 20, 40), cards[i][1], 26,
                    SlideKit.TEXT, true, TextAlign.LEFT);
            kit.text(s, new Rectangle2D.Double(SlideKit.MARGIN + 14, y + 86, cardW - 20, 28), cards[i][2], 12,
                    SlideKit.MUTED, false, TextAlign.LEFT);
        }
        double x = SlideKit.MARGIN + cardW + 16;
        chart(s, ReportCharts.outlook(data, t, (int) (SlideKit.WIDTH - SlideKit.MARGIN - x), 392), x, SlideKit.TOP);
        kit.notes(s, takeaway + "\n" + t.get("outlook.notes", t.methodName(o.model()), t.percent(o.level())));
    }

    private void kpiSlide() {
        ReportData.Kpis k = data.kpis();
        String takeaway = t.get("kpi.takeaway", t.integer(k.customers()), t.money(k.revenue(), 0),
                t.percent(k.repeatRate()), t.percent(k.topRevenueShare()));
        XSLFSlide s = slide("slide.kpi", takeaway);
        String[][] cards = kpiCards();
        double w = (SlideKit.WIDTH - 2 * SlideKit.MARGIN - 3 * 16) / 4;
        for (int i = 0; i < cards.length; i++) {
            double x = SlideKit.MARGIN + (i % 4) * (w + 16);
            double y = 124 + (i / 4) * 176;
            kit.rect(s, new Rectangle2D.Double(x, y, w, 156), SlideKit.CARD);
            kit.rect(s, new Rectangle2D.Double(x, y, w, 5), SlideKit.ACCENT);
            XSLFTextBox v = kit.text(s, new Rectangle2D.Double(x + 4, y + 22, w - 8, 56), cards[i][1], 30,
                    SlideKit.TEXT, true, TextAlign.CENTER);
            v.setVerticalAlignment(VerticalAlignment.MIDDLE);
            kit.text(s, new Rectangle2D.Double(x + 4, y + 86, w - 8, 60), cards[i][0], 14, SlideKit.MUTED, false,
                    TextAlign.CENTER);
        }
        StringBuilder n = new StringBuilder(takeaway);
        for (String[] c : cards) {
            n.append('\n').append(c[0]).append(": ").append(c[1]);
        }
        n.append('\n').append(t.get("kpi.transactions")).append(": ").append(t.integer(k.transactions()));
        n.append('\n').append(t.get("kpi.frequency")).append(": ").append(t.number(k.purchaseFrequency(), 2));
        n.append('\n').append(t.get("kpi.totalClv")).append(": ").append(t.money(k.totalClv()));
        n.append('\n').append(t.get("kpi.topClv")).append(": ").append(t.percent(k.topClvShare()));
        kit.notes(s, n.toString());
    }

    /** Label/value pairs of the eight KPI cards. */
    String[][] kpiCards() {
        ReportData.Kpis k = data.kpis();
        return new String[][] {
            {t.get("kpi.customers"), t.integer(k.customers())},
            {t.get("kpi.revenue"), t.money(k.revenue(), 0)},
            {t.get("kpi.orders"), t.integer(k.orders())},
            {t.get("kpi.aov"), t.money(k.averageOrderValue())},
            {t.get("kpi.repeat"), t.percent(k.repeatRate())},
            {t.get("kpi.meanClv", t.methodName(data.header().clvMethod())), t.money(k.meanClv())},
            {t.get("kpi.medianClv"), t.money(k.medianClv())},
            {t.get("kpi.top20"), t.percent(k.topRevenueShare())},
        };
    }

    private void distributionSlide() {
        ReportData.Kpis k = data.kpis();
        String takeaway = t.get("distribution.takeaway", t.percent(k.topClvShare()), t.money(k.medianClv()),
                t.money(k.meanClv()));
        XSLFSlide s = slide("slide.distribution", takeaway);
        double w = (SlideKit.WIDTH - 2 * SlideKit.MARGIN - 16) / 2;
        chart(s, ReportCharts.histogram(data, t, (int) w, 392), SlideKit.MARGIN, SlideKit.TOP);
        chart(s, ReportCharts.lorenz(data, t, (int) w, 392), SlideKit.MARGIN + w + 16, SlideKit.TOP);
        double[] v = data.clvValues().clone();
        java.util.Arrays.sort(v);
        String n = takeaway + "\n" + t.get("kpi.meanClv", t.methodName(data.header().clvMethod())) + ": "
                + t.money(k.meanClv()) + "\n" + t.get("kpi.medianClv") + ": " + t.money(k.medianClv()) + "\n"
                + t.get("kpi.topClv") + ": " + t.percent(k.topClvShare()) + "\n" + t.get("kpi.totalClv") + ": "
                + t.money(k.totalClv()) + "\n" + t.get("distribution.range",
                v.length == 0 ? "–" : t.money(v[0]), v.length == 0 ? "–" : t.money(v[v.length - 1]));
        kit.notes(s, n);
    }

    private void quadrantSlide() {
        QuadrantResult q = data.quadrant();
        QuadrantResult.Summary gold = q.quadrants().get(0);
        String takeaway = t.get("quadrant.takeaway", t.integer(gold.customers()), t.percent(gold.customerShare()),
                t.percent(gold.revenueShare()));
        XSLFSlide s = slide("slide.quadrant", takeaway);
        chart(s, ReportCharts.quadrant(data, t, 540, 392), SlideKit.MARGIN, SlideKit.TOP);
        double x = SlideKit.MARGIN + 556;
        double w = SlideKit.WIDTH - SlideKit.MARGIN - x;
        StringBuilder n = new StringBuilder(takeaway).append('\n').append(t.get("quadrant.thresholds",
                t.number(q.xThreshold(), 1), t.money(q.yThreshold())));
        for (int i = 0; i < q.quadrants().size(); i++) {
            QuadrantResult.Summary sum = q.quadrants().get(i);
            String name = t.segment(sum.quadrant().label());
            double y = SlideKit.TOP + i * 99;
            kit.rect(s, new Rectangle2D.Double(x, y, w, 91), SlideKit.CARD);
            kit.rect(s, new Rectangle2D.Double(x, y, 7, 91), ChartStyle.QUADRANT[i]);
            String head = t.get("quadrant.card.head", name, t.integer(sum.customers()),
                    t.percent(sum.customerShare()));
            String figures = t.get("quadrant.card.figures", t.percent(sum.revenueShare()),
                    t.percent(sum.profitShare()));
            String action = t.action(sum.quadrant().label(), sum.action());
            XSLFTextBox box = kit.text(s, new Rectangle2D.Double(x + 10, y + 2, w - 12, 87), head, 15,
                    SlideKit.TEXT, true, L);
            kit.paragraph(box, figures, 12, SlideKit.MUTED, false);
            kit.paragraph(box, action, 12, SlideKit.TEXT, false);
            n.append('\n').append(head).append("; ").append(figures).append("; ").append(t.money(sum.revenue(), 0))
                    .append(" — ").append(action);
        }
        kit.notes(s, n.toString());
    }

    private void rfmSlide() {
        List<ReportData.SegmentLine> lines = data.scheme("rfm").segments();
        ReportData.SegmentLine biggest = lines.stream().max(Comparator.comparingInt(
                ReportData.SegmentLine::customers)).orElseThrow();
        ReportData.SegmentLine richest = lines.stream().max(Comparator.comparingDouble(
                ReportData.SegmentLine::revenueShare)).orElseThrow();
        String takeaway = t.get("rfm.takeaway", t.segment(biggest.name()), t.percent(biggest.customerShare()),
                t.segment(richest.name()), t.percent(richest.revenueShare()));
        XSLFSlide s = slide("slide.rfm", takeaway);
        chart(s, ReportCharts.rfm(data, t, 440, 392), SlideKit.MARGIN, SlideKit.TOP);
        double x = SlideKit.MARGIN + 456;
        List<String[]> rows = new ArrayList<>();
        StringBuilder n = new StringBuilder(takeaway);
        for (ReportData.SegmentLine l : lines) {
            rows.add(new String[] {t.segment(l.name()), t.integer(l.customers()), t.percent(l.customerShare()),
                t.percent(l.revenueShare())});
            n.append('\n').append(t.get("rfm.note", t.segment(l.name()), t.integer(l.customers()),
                    t.percent(l.customerShare()), t.money(l.revenue(), 0), t.percent(l.revenueShare()),
                    t.action(l.name(), l.action())));
        }
        double tw = SlideKit.WIDTH - SlideKit.MARGIN - x;
        kit.table(s, x, SlideKit.TOP, new double[] {tw - 246, 82, 82, 82}, 21, 11,
                new String[] {t.get("col.segment"), t.get("col.customers"), t.get("col.customerShare"),
                    t.get("col.revenueShare")}, rows, new TextAlign[] {L, R, R, R});
        // the two segments to act on first: most revenue, then most customers at risk
        List<ReportData.SegmentLine> focus = lines.stream().filter(l -> l.customers() > 0)
                .sorted(Comparator.comparingDouble(ReportData.SegmentLine::revenueShare).reversed()).limit(2)
                .toList();
        double y = SlideKit.TOP + 21 * (lines.size() + 1) + 6;
        XSLFTextBox box = kit.text(s, new Rectangle2D.Double(x - 6, y, tw + 12, SlideKit.BOTTOM - y),
                t.get("rfm.focus"), 12, SlideKit.TEXT, true, L);
        for (ReportData.SegmentLine l : focus) {
            kit.paragraph(box, t.segment(l.name()) + ": " + t.action(l.name(), l.action()), 11, SlideKit.TEXT,
                    false);
        }
        kit.notes(s, n.toString());
    }

    private void cohortSlide() {
        CohortResult r = data.cohorts();
        List<Cohort> cohorts = r.cohorts();
        int size = cohorts.stream().mapToInt(Cohort::size).sum();
        // averages over cohorts and "after n months" figures use complete periods only (not one cut off by the
        // end of the data)
        List<Double> average = r.averageRetention();
        Cohort first = cohorts.isEmpty() ? null : cohorts.get(0);
        int lastFull = first == null ? -1 : first.completePeriods() - 1;
        double lastLtv = lastFull < 0 ? Double.NaN : first.cumulativeMarginPerCustomer().get(lastFull);
        String takeaway = t.get("cohort.takeaway", t.integer(cohorts.size()), t.integer(size),
                t.percent(average.size() > 1 ? average.get(1) : Double.NaN), first == null ? "–" : first.label(),
                t.money(lastLtv), t.integer(Math.max(0, lastFull)));
        XSLFSlide s = slide("slide.cohorts", takeaway);
        double w = (SlideKit.WIDTH - 2 * SlideKit.MARGIN - 16) / 2;
        boolean partial = r.lastPeriodPartial();
        int h = partial ? 372 : 392;
        chart(s, ReportCharts.retention(data, t, (int) w, h), SlideKit.MARGIN, SlideKit.TOP);
        chart(s, ReportCharts.ltv(data, t, (int) w, h), SlideKit.MARGIN + w + 16, SlideKit.TOP);
        StringBuilder n = new StringBuilder(takeaway);
        if (partial) {
            String note = t.get("cohort.partial", r.lastPeriod(), String.valueOf(r.observationEnd()));
            kit.text(s, new Rectangle2D.Double(SlideKit.MARGIN - 6, SlideKit.TOP + h + 2, SlideKit.WIDTH
                    - 2 * SlideKit.MARGIN + 12, 20), note, 11, SlideKit.MUTED, false, L);
            n.append('\n').append(note);
        }
        for (Cohort c : cohorts) {
            int last = c.completePeriods() - 1;
            n.append('\n').append(t.get("cohort.note", c.label(), t.integer(c.size()),
                    c.complete(1) ? t.percent(c.retention().get(1)) : "–",
                    c.complete(3) ? t.percent(c.retention().get(3)) : "–",
                    last >= 0 ? t.money(c.cumulativeMarginPerCustomer().get(last)) : "–",
                    t.integer(Math.max(0, last))));
        }
        kit.notes(s, n.toString());
    }

    private void channelSlide() {
        List<ChannelSummary> channels = data.cohorts().channels();
        ChannelSummary best = channels.stream().filter(c -> c.ltvToCac() != null)
                .max(Comparator.comparingDouble(ChannelSummary::ltvToCac)).orElse(null);
        String takeaway = best != null
                ? t.get("channels.takeaway", ReportCharts.channelName(best.channel(), t),
                        t.number(best.ltvToCac(), 1))
                : t.get("channels.takeaway.noCac");
        XSLFSlide s = slide("slide.channels", takeaway);
        chart(s, ReportCharts.channels(data, t, 420, 392), SlideKit.MARGIN, SlideKit.TOP);
        double x = SlideKit.MARGIN + 436;
        double tw = SlideKit.WIDTH - SlideKit.MARGIN - x;
        List<ChannelSummary> shown = channels.stream()
                .sorted(Comparator.comparingInt(ChannelSummary::customers).reversed()).limit(12).toList();
        List<String[]> rows = new ArrayList<>();
        StringBuilder n = new StringBuilder(takeaway);
        for (ChannelSummary c : channels) {
            String[] row = {ReportCharts.channelName(c.channel(), t), t.integer(c.customers()),
                t.money(ReportCharts.ltv(c)), c.cac() == null ? "–" : t.money(c.cac()),
                c.ltvToCac() == null ? "–" : t.number(c.ltvToCac(), 1),
                c.paybackPeriod() == null ? "–" : t.integer(c.paybackPeriod())};
            if (shown.contains(c)) {
                rows.add(row);
            }
            n.append('\n').append(t.get("channels.note", row[0], row[1], row[2], row[3], row[4], row[5]));
        }
        kit.table(s, x, SlideKit.TOP, new double[] {tw - 334, 82, 66, 56, 62, 68}, 30, 11,
                new String[] {t.get("col.channel"), t.get("col.customers"), t.get("col.ltv"), t.get("col.cac"),
                    t.get("col.ltvCac"), t.get("col.payback")}, rows, new TextAlign[] {L, R, R, R, R, R});
        if (best == null) {
            double y = SlideKit.TOP + 30 * (rows.size() + 1) + 24;
            kit.text(s, new Rectangle2D.Double(x - 6, y, tw + 12, Math.min(120, SlideKit.BOTTOM - y)),
                    t.get("channels.hint"), 12, SlideKit.MUTED, false, L);
        }
        kit.notes(s, n.toString());
    }

    private void methodsSlide() {
        ReportData.Methods m = data.methods();
        HoldoutValidation v = m.validation();
        String takeaway = v == null ? t.get("methods.takeaway.none", t.methodName(m.method()))
                : t.get("methods.takeaway", t.modelName(m.validationModel()),
                        t.number(v.model().totalPredicted(), 0), t.number(v.model().totalActual(), 0),
                        v.model().percentError() == null ? "–" : t.percent(v.model().percentError() / 100));
        XSLFSlide s = slide("slide.methods", takeaway);
        double leftW = 410;
        XSLFTextBox head = kit.text(s, new Rectangle2D.Double(SlideKit.MARGIN - 6, SlideKit.TOP - 4, leftW + 12, 66),
                t.methodName(m.method()), 16, SlideKit.TEXT, true, L);
        kit.paragraph(head, t.get("formula." + m.method()), 12, SlideKit.MUTED, false);
        List<String[]> rows = new ArrayList<>();
        StringBuilder n = new StringBuilder(takeaway).append('\n').append(t.methodName(m.method())).append(": ")
                .append(t.get("formula." + m.method()));
        for (ReportData.Parameter p : m.parameters().stream().limit(11).toList()) {
            String[] row = {paramLabel(p, m), t.number(p.value(), 4),
                p.standardError() == null ? "–" : t.number(p.standardError(), 4)};
            rows.add(row);
        }
        for (ReportData.Parameter p : m.parameters()) {
            n.append('\n').append(paramLabel(p, m)).append(" = ")
                    .append(t.number(p.value(), 4)).append(p.standardError() == null ? ""
                            : " (" + t.get("col.se") + " " + t.number(p.standardError(), 4) + ")");
        }
        double y = SlideKit.TOP + 68;
        if (!rows.isEmpty()) {
            kit.table(s, SlideKit.MARGIN, y, new double[] {leftW - 200, 100, 100}, 22, 11,
                    new String[] {t.get("col.parameter"), t.get("col.value"), t.get("col.se")}, rows,
                    new TextAlign[] {L, R, R});
            y += 22 * (rows.size() + 1) + 6;
        }
        if (Double.isFinite(m.logLikelihood())) {
            String fit = t.get("methods.fit", t.number(m.logLikelihood(), 2), t.number(m.aic(), 2),
                    t.get(m.converged() ? "methods.converged" : "methods.notConverged"));
            kit.text(s, new Rectangle2D.Double(SlideKit.MARGIN - 6, y, leftW + 12, 40), fit, 11, SlideKit.MUTED,
                    false, L);
            n.append('\n').append(fit);
        }
        if (v != null && !m.validationModel().equals(m.method())) {
            String ref = t.get("methods.reference", t.modelName(m.validationModel()));
            kit.text(s, new Rectangle2D.Double(SlideKit.MARGIN - 6, y + 36, leftW + 12, 60), ref, 12, SlideKit.MUTED,
                    false, L);
            n.append('\n').append(ref);
        }
        double x = SlideKit.MARGIN + leftW + 20;
        double w = SlideKit.WIDTH - SlideKit.MARGIN - x;
        if (v != null && m.tracking() != null) {
            chart(s, ReportCharts.tracking(data, t, (int) w, 262), x, SlideKit.TOP);
            ErrorSummary a = v.model();
            ErrorSummary b = v.baseline();
            List<String[]> acc = List.of(
                    new String[] {t.get("acc.mae"), t.number(a.mae(), 3), t.number(b.mae(), 3)},
                    new String[] {t.get("acc.rmse"), t.number(a.rmse(), 3), t.number(b.rmse(), 3)},
                    new String[] {t.get("acc.total"), t.number(a.totalPredicted(), 0) + " / "
                            + t.number(a.totalActual(), 0), t.number(b.totalPredicted(), 0) + " / "
                            + t.number(b.totalActual(), 0)},
                    new String[] {t.get("acc.error"), pct(a.percentError()), pct(b.percentError())});
            kit.table(s, x, SlideKit.TOP + 272, new double[] {w - 240, 120, 120}, 22, 11,
                    new String[] {t.get("acc.head", t.date(m.calibrationEnd())), t.modelName(m.validationModel()),
                        t.get("acc.baseline")}, acc, new TextAlign[] {L, R, R});
            n.append('\n').append(t.get("acc.head", t.date(m.calibrationEnd())));
            for (String[] r : acc) {
                n.append('\n').append(r[0]).append(": ").append(r[1]).append(" (").append(t.get("acc.baseline"))
                        .append(' ').append(r[2]).append(')');
            }
        } else {
            String why = t.get("methods.noValidation") + (m.notes().isEmpty() ? "" : "\n" + m.notes().get(0));
            kit.text(s, new Rectangle2D.Double(x, SlideKit.TOP, w, 120), why, 13, SlideKit.MUTED, false, L);
            n.append('\n').append(why);
        }
        kit.notes(s, n.toString());
    }

    /** @return "BG/NBD r", "Gamma-Gamma p", "Discount rate per period (d)", ... */
    String paramLabel(ReportData.Parameter p, ReportData.Methods m) {
        return switch (p.group()) {
            case "purchase" -> t.modelName(m.method()) + " " + p.name();
            case "spend" -> t.has("param.spend." + p.name()) ? t.get("param.spend." + p.name())
                    : t.modelName("gamma-gamma") + " " + p.name();
            default -> t.has("param." + p.group() + "." + p.name()) ? t.get("param." + p.group() + "." + p.name())
                    : t.get("param.group." + p.group()) + " " + p.name();
        };
    }

    private String pct(Double percentError) {
        return percentError == null ? "–" : t.percent(percentError / 100);
    }

    // ------------------------------------------------------------------ pictures

    void chart(XSLFSlide s, ReportCharts.Spec spec, double x, double y) {
        try {
            java.awt.image.BufferedImage image = ChartImages.render(spec.chart(), spec.width(), spec.height(),
                    SCALE);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            Files.createDirectories(chartDir);
            Path file = chartDir.resolve(spec.file());
            Files.write(file, bytes.toByteArray());
            charts.add(file);
            kit.picture(s, bytes.toByteArray(), new Rectangle2D.Double(x, y, spec.width(), spec.height()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
