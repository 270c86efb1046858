package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.product.FirstProductAnalyzer;
import org.valuelens.model.product.FirstProductRow;
import org.valuelens.model.product.FirstProductTable;
import org.valuelens.model.product.RepeatResult;
import org.valuelens.model.progress.ProgressListener;

/**
 * Issue 17 on the Online Retail 40k extract, imported without column flags: the product role is found from the
 * headers (StockCode = product, Description = its label), and the first-product table and time between orders
 * agree with a plain per-customer loop over the workbook read here with POI's user model.
 */
class ProductOnlineRetailTest {
    @TempDir
    static Path dir;
    static WorkspaceSession session;
    static int retail;
    static Reference ref;

    @BeforeAll
    static void importAndRead() throws IOException {
        Path file = dir.resolve("retail.xlsx");
        try (InputStream in = ProductOnlineRetailTest.class.getResourceAsStream(
                "/data/online_retail/online_retail_40k.xlsx")) {
            Files.copy(in, file);
        }
        session = WorkspaceSession.open(dir.resolve("ws"));
        retail = session.imports().importFile(new ImportRequest(file, null, null, null, null, null, null, Map.of()),
                false, ProgressListener.NONE).datasetId();
        ref = Reference.read(file);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    /** One accepted line of the workbook. */
    private record Line(long row, String customer, String invoice, String product, LocalDateTime time, double amount,
                        boolean isReturn) {
    }

    /** One order: an invoice's non-return lines. */
    private static final class Order {
        long firstRow = Long.MAX_VALUE;
        LocalDateTime time;
        double revenue;
        Set<String> products = new LinkedHashSet<>();
    }

    /** The independent computation: rows read with POI, grouped by customer and invoice in plain loops. */
    static final class Reference {
        final List<Line> lines = new ArrayList<>();
        final Map<String, List<Order>> orders = new HashMap<>();
        final Map<String, List<Line>> returns = new HashMap<>();
        long endDay = Long.MIN_VALUE;

        static Reference read(Path file) throws IOException {
            Reference r = new Reference();
            try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
                Sheet sheet = wb.getSheetAt(0);
                for (Row row : sheet) {
                    if (row.getRowNum() == 0) {
                        continue;
                    }
                    String customer = text(row.getCell(6));
                    if (customer.isEmpty()) {
                        continue;
                    }
                    String invoice = text(row.getCell(0));
                    double qty = row.getCell(3).getNumericCellValue();
                    double price = row.getCell(5).getNumericCellValue();
                    double amount = qty * price;
                    boolean ret = qty < 0 || price < 0 || invoice.startsWith("C");
                    if (ret && amount > 0) {
                        amount = -amount;
                    }
                    LocalDateTime time = DateUtil.getLocalDateTime(row.getCell(4).getNumericCellValue())
                            .withNano(0);
                    r.lines.add(new Line(row.getRowNum() + 1, customer, invoice, text(row.getCell(1)), time, amount,
                            ret));
                }
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
            Map<String, Map<String, Order>> byInvoice = new HashMap<>();
            for (Line l : r.lines) {
                r.endDay = Math.max(r.endDay, l.time().toLocalDate().toEpochDay());
                if (l.isReturn()) {
                    r.returns.computeIfAbsent(l.customer(), k -> new ArrayList<>()).add(l);
                    continue;
                }
                Order o = byInvoice.computeIfAbsent(l.customer(), k -> new HashMap<>())
                        .computeIfAbsent(l.invoice(), k -> new Order());
                if (o.time == null || l.time().isBefore(o.time)
                        || l.time().equals(o.time) && l.row() < o.firstRow) {
                    o.time = l.time();
                    o.firstRow = l.row();
                }
                o.revenue += l.amount();
                o.products.add(l.product());
            }
            for (Map.Entry<String, Map<String, Order>> e : byInvoice.entrySet()) {
                List<Order> list = new ArrayList<>(e.getValue().values());
                list.sort(Comparator.comparing((Order o) -> o.time).thenComparingLong(o -> o.firstRow));
                r.orders.put(e.getKey(), list);
            }
            return r;
        }

        static String text(Cell cell) {
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                return "";
            }
            if (cell.getCellType() == CellType.NUMERIC) {
                double d = cell.getNumericCellValue();
                return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
            }
            return cell.getStringCellValue().trim();
        }

        /** Revenue on days [first order day, first order day + n): orders, plus returns dated before the end. */
        double windowRevenue(String customer, int n) {
            List<Order> list = orders.get(customer);
            long first = list.get(0).time.toLocalDate().toEpochDay();
            double sum = 0;
            for (Order o : list) {
                if (o.time.toLocalDate().toEpochDay() < first + n) {
                    sum += o.revenue;
                }
            }
            for (Line l : returns.getOrDefault(customer, List.of())) {
                if (l.time().toLocalDate().toEpochDay() < first + n) {
                    sum += l.amount();
                }
            }
            return sum;
        }
    }

    private static ProductData data() {
        return session.products().load(AnalysisSettings.defaults(TimeUnit.DAY).withDataset(retail),
                ProgressListener.NONE);
    }

    @Test
    void detectsStockCodeAsTheProductAndDescriptionAsItsLabelWithoutFlags() {
        ProductData data = data();
        assertThat(data.hasProducts()).isTrue();
        assertThat(data.hasCategories()).isFalse();
        Set<String> codes = new LinkedHashSet<>();
        for (Line l : ref.lines) {
            codes.add(l.product());
        }
        assertThat(Set.copyOf(data.products())).isEqualTo(codes);
        int k = data.products().indexOf("85123A");
        assertThat(data.labels().get(k)).isEqualTo("WHITE HANGING HEART T-LIGHT HOLDER");
        assertThat(session.analysis().dataset(retail).rowsImported()).isEqualTo(ref.lines.size());
    }

    @Test
    void firstProductCountsRepeatRatesAndNinetyDayValueAgreeWithAPerCustomerLoop() {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, double[]> value90 = new HashMap<>();
        for (Map.Entry<String, List<Order>> e : ref.orders.entrySet()) {
            List<Order> list = e.getValue();
            boolean repeat = list.size() > 1;
            long first = list.get(0).time.toLocalDate().toEpochDay();
            boolean complete = first + 89 <= ref.endDay;
            double v = ref.windowRevenue(e.getKey(), 90);
            for (String p : list.get(0).products) {
                int[] c = counts.computeIfAbsent(p, x -> new int[2]);
                c[0]++;
                c[1] += repeat ? 1 : 0;
                double[] s = value90.computeIfAbsent(p, x -> new double[2]);
                if (complete) {
                    s[0] += v;
                    s[1]++;
                }
            }
        }
        ProductData data = data();
        FirstProductTable table = session.products().firstProducts(data, new FirstProductAnalyzer(), null, false);
        assertThat(table.rows()).hasSize(counts.size());
        assertThat(table.customers()).isEqualTo(ref.orders.size());
        int checked90 = 0;
        for (FirstProductRow row : table.rows()) {
            String code = data.products().get(row.key());
            int[] c = counts.get(code);
            assertThat(row.customers()).as(code).isEqualTo(c[0]);
            assertThat(row.repeaters()).as(code).isEqualTo(c[1]);
            assertThat(row.repeatRate()).isCloseTo((double) c[1] / c[0], within(1e-12));
            assertThat(row.repeatRateLow()).isLessThanOrEqualTo(row.repeatRate());
            assertThat(row.repeatRateHigh()).isGreaterThanOrEqualTo(row.repeatRate());
            double[] s = value90.get(code);
            int k90 = table.days().indexOf(90);
            assertThat(row.windowCustomers().get(k90)).as(code).isEqualTo((int) s[1]);
            if (s[1] > 0) {
                assertThat(row.revenue().get(k90)).as(code).isCloseTo(s[0] / s[1], within(1e-6));
                checked90++;
            } else {
                assertThat(row.revenue().get(k90)).isNull();
            }
        }
        assertThat(checked90).isGreaterThan(100);
    }

    @Test
    void wilsonIntervalOfTheMostCommonFirstProductMatchesTheFormula() {
        FirstProductRow row = session.products().firstProducts(data(), new FirstProductAnalyzer(), null, false)
                .rows().get(0);
        double n = row.customers();
        double p = row.repeaters() / n;
        double z = 1.96;
        double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        assertThat(row.repeatRateLow()).isCloseTo(centre - half, within(1e-4));
        assertThat(row.repeatRateHigh()).isCloseTo(centre + half, within(1e-4));
    }

    @Test
    void minimumCohortSizeHidesSmallFirstProducts() {
        FirstProductTable all = session.products().firstProducts(data(), new FirstProductAnalyzer(), null, false);
        FirstProductTable big = session.products().firstProducts(data(),
                new FirstProductAnalyzer().withMinCustomers(10), null, false);
        long expected = all.rows().stream().filter(r -> r.customers() >= 10).count();
        assertThat(big.rows()).hasSize((int) expected);
        assertThat(big.hidden()).isEqualTo(all.rows().size() - (int) expected);
    }

    @Test
    void reportHasTheFirstProductAndNDaySlidesAndSheets() throws IOException {
        FirstProductTable table = session.products().firstProducts(data(), new FirstProductAnalyzer()
                .withMinCustomers(5), null, false);
        String top = data().productName(table.rows().get(0).key());
        org.valuelens.report.deck.ReportFiles files = new ReportService(session.analysis()).write(
                new ReportRequest(AnalysisSettings.defaults(TimeUnit.WEEK).withDataset(retail), ClvMethod.HISTORICAL,
                        java.util.Locale.ENGLISH, "£", null), dir.resolve("report"), ProgressListener.NONE);
        assertThat(files.slides()).isEqualTo(11);
        try (InputStream in = Files.newInputStream(files.deck());
             org.apache.poi.xslf.usermodel.XMLSlideShow ppt = new org.apache.poi.xslf.usermodel.XMLSlideShow(in)) {
            String slide9 = text(ppt.getSlides().get(9));
            assertThat(slide9).contains("First products").contains(top.substring(0, 20));
            assertThat(text(ppt.getSlides().get(10))).contains("N-day value").contains("2010-12");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(files.workbook()))) {
            assertThat(wb.getSheet("First products").getLastRowNum()).isEqualTo(table.rows().size());
            assertThat(wb.getSheet("N-day value by cohort").getLastRowNum()).isEqualTo(14);
        }
    }

    private static String text(org.apache.poi.xslf.usermodel.XSLFSlide slide) {
        StringBuilder b = new StringBuilder();
        for (org.apache.poi.xslf.usermodel.XSLFShape s : slide.getShapes()) {
            if (s instanceof org.apache.poi.xslf.usermodel.XSLFTextShape t) {
                b.append(t.getText()).append('\n');
            } else if (s instanceof org.apache.poi.xslf.usermodel.XSLFTable t) {
                t.getRows().forEach(r -> r.getCells().forEach(c -> b.append(c.getText()).append('\n')));
            }
        }
        return b.toString();
    }

    @Test
    void medianDaysFromFirstToSecondOrderAgreesWithAPerCustomerLoop() {
        List<Long> gaps = new ArrayList<>();
        int repeaters = 0;
        for (List<Order> list : ref.orders.values()) {
            if (list.size() > 1) {
                repeaters++;
                gaps.add(list.get(1).time.toLocalDate().toEpochDay() - list.get(0).time.toLocalDate().toEpochDay());
            }
        }
        gaps.sort(null);
        int n = gaps.size();
        double median = n % 2 == 1 ? gaps.get(n / 2) : (gaps.get(n / 2 - 1) + gaps.get(n / 2)) / 2.0;
        RepeatResult result = session.products().repeat(data(), null, 1).get(0);
        assertThat(result.customers()).isEqualTo(ref.orders.size());
        assertThat(result.repeatShare()).isCloseTo((double) repeaters / ref.orders.size(), within(1e-12));
        assertThat(result.steps().get(0).customers()).isEqualTo(n);
        assertThat(result.steps().get(0).medianDays()).isCloseTo(median, within(1e-9));
    }
}
