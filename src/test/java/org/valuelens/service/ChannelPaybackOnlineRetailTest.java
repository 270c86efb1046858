package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.product.LtvGrouping;
import org.valuelens.model.product.ValueCurve;
import org.valuelens.model.product.ValueCurves;
import org.valuelens.model.product.ValueMetric;
import org.valuelens.model.progress.ProgressListener;

/**
 * CAC payback by channel (issue 17 item 3) on the Online Retail 40k extract imported with Country as the channel: the
 * payback day read from each country's daily revenue curve (the file has no cost) agrees with a plain day-by-day
 * loop over the workbook read here with POI.
 */
class ChannelPaybackOnlineRetailTest {
    @TempDir
    static Path dir;
    static WorkspaceSession session;
    static int retail;
    /** Per country: each customer's lines as {day, amount}, the first order's day first. */
    static final Map<String, List<List<double[]>>> BY_COUNTRY = new HashMap<>();
    static long endDay = Long.MIN_VALUE;

    @BeforeAll
    static void importAndRead() throws Exception {
        Path file = dir.resolve("retail.xlsx");
        try (InputStream in = ChannelPaybackOnlineRetailTest.class.getResourceAsStream(
                "/data/online_retail/online_retail_40k.xlsx")) {
            Files.copy(in, file);
        }
        session = WorkspaceSession.open(dir.resolve("ws"));
        retail = session.imports().importFile(new ImportRequest(file, null, null, null, null, null, null,
                Map.of("channel", "Country")), false, ProgressListener.NONE).datasetId();
        Map<String, List<Object[]>> lines = new HashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            for (Row row : wb.getSheetAt(0)) {
                String customer = row.getRowNum() == 0 ? "" : cell(row, 6);
                if (customer.isEmpty()) {
                    continue;
                }
                double qty = row.getCell(3).getNumericCellValue();
                double price = row.getCell(5).getNumericCellValue();
                boolean ret = qty < 0 || price < 0 || cell(row, 0).startsWith("C");
                double amount = ret ? -Math.abs(qty * price) : qty * price;
                LocalDateTime time = DateUtil.getLocalDateTime(row.getCell(4).getNumericCellValue()).withNano(0);
                endDay = Math.max(endDay, time.toLocalDate().toEpochDay());
                lines.computeIfAbsent(customer, k -> new ArrayList<>()).add(new Object[] {time, amount, ret,
                        cell(row, 7)});
            }
        }
        for (List<Object[]> list : lines.values()) {
            // the first order: the earliest purchase line (file order breaks ties); its country is the channel
            Object[] first = null;
            for (Object[] l : list) {
                if (!(boolean) l[2] && (first == null || ((LocalDateTime) l[0]).isBefore((LocalDateTime) first[0]))) {
                    first = l;
                }
            }
            if (first == null) {
                continue; // only returns: never acquired
            }
            List<double[]> days = new ArrayList<>();
            days.add(new double[] {((LocalDateTime) first[0]).toLocalDate().toEpochDay(), 0});
            for (Object[] l : list) {
                days.add(new double[] {((LocalDateTime) l[0]).toLocalDate().toEpochDay(), (double) l[1]});
            }
            BY_COUNTRY.computeIfAbsent((String) first[3], k -> new ArrayList<>()).add(days);
        }
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static String cell(Row row, int column) {
        return ProductOnlineRetailTest.Reference.text(row.getCell(column));
    }

    /** Day t: revenue on days up to first day + t of the customers observed t days, divided by them. */
    private static double loopValue(String country, int t, int[] observed) {
        double sum = 0;
        int n = 0;
        for (List<double[]> customer : BY_COUNTRY.get(country)) {
            double first = customer.get(0)[0];
            if (first + t > endDay) {
                continue;
            }
            n++;
            for (double[] line : customer) {
                if (line[0] <= first + t) {
                    sum += line[1];
                }
            }
        }
        observed[0] = n;
        return n == 0 ? Double.NaN : sum / n;
    }

    private static Integer loopPayback(String country, double cac) {
        int[] observed = new int[1];
        for (int t = 0; ; t++) {
            double v = loopValue(country, t, observed);
            if (observed[0] == 0) {
                return null;
            }
            if (v >= cac) {
                return t;
            }
        }
    }

    @Test
    void paybackDayOfEachLargeCountryAgreesWithADayByDayLoopOverTheWorkbook() {
        ProductData data = session.products().load(AnalysisSettings.defaults(TimeUnit.DAY).withDataset(retail),
                ProgressListener.NONE);
        ValueCurves curves = session.products().valueCurves(data, LtvGrouping.CHANNEL);
        assertThat(curves.hasCost()).isFalse();
        assertThat(curves.paybackMetric()).isEqualTo(ValueMetric.REVENUE);
        assertThat(curves.groups()).extracting(ValueCurve::label).containsExactlyInAnyOrderElementsOf(
                BY_COUNTRY.keySet());
        int checked = 0;
        int notYet = 0;
        for (ValueCurve c : curves.groups().subList(0, 4)) {
            assertThat(c.customers()).as(c.label()).isEqualTo(BY_COUNTRY.get(c.label()).size());
            int[] observed = new int[1];
            for (int t : new int[] {0, 29, 89, c.length() - 1}) {
                assertThat(c.value(ValueMetric.REVENUE, t)).as(c.label() + " day " + t)
                        .isCloseTo(loopValue(c.label(), t, observed), within(1e-6));
                assertThat(c.observed(t)).isEqualTo(observed[0]);
            }
            // a CAC reached after the first day, and one never reached within the data
            double day0 = c.value(ValueMetric.REVENUE, 0);
            for (double cac : new double[] {day0 * 1.5, day0 * 1000}) {
                Integer expected = loopPayback(c.label(), cac);
                assertThat(c.paybackDay(ValueMetric.REVENUE, cac)).as(c.label() + " CAC " + cac).isEqualTo(expected);
                checked += expected == null ? 0 : 1;
                notYet += expected == null ? 1 : 0;
            }
        }
        assertThat(checked).isPositive();
        assertThat(notYet).isPositive();
    }

    @Test
    void reportWorkbookHasThePaybackDayOfEachChannelWithACost() throws Exception {
        int uk = BY_COUNTRY.get("United Kingdom").size();
        ReportRequest request = new ReportRequest(AnalysisSettings.defaults(TimeUnit.WEEK).withDataset(retail),
                ClvMethod.HISTORICAL, java.util.Locale.ENGLISH, "£",
                org.valuelens.model.cohort.AcquisitionCosts.perChannel(Map.of("United Kingdom", 150.0 * uk,
                        "France", 1e6 * BY_COUNTRY.get("France").size())));
        org.valuelens.report.deck.ReportFiles files = new ReportService(session.analysis()).write(request,
                dir.resolve("report"), ProgressListener.NONE);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(files.workbook()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheet("N-day value by channel");
            assertThat(sheet).isNotNull();
            Row head = sheet.getRow(0);
            int payback = head.getLastCellNum() - 1;
            assertThat(head.getCell(payback).getStringCellValue()).contains("revenue");
            Map<String, Row> rows = new HashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                rows.put(sheet.getRow(r).getCell(0).getStringCellValue(), sheet.getRow(r));
            }
            assertThat(rows).hasSize(BY_COUNTRY.size());
            assertThat(rows.get("United Kingdom").getCell(payback).getNumericCellValue())
                    .isEqualTo(loopPayback("United Kingdom", 150.0).doubleValue());
            assertThat(rows.get("France").getCell(payback).getStringCellValue()).isEqualTo("not yet paid back");
        }
    }
}
