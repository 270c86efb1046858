package org.valuelens.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.cohort.AcquisitionCosts;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.report.deck.ReportFiles;

/**
 * The report on a small made-up CSV whose customer ids and channel names look like spreadsheet formulas, with
 * acquisition spend per channel.
 */
class ReportSmallDataTest {
    private static final ResourceBundle EN = ResourceBundle.getBundle("i18n.report", Locale.ROOT);
    private static final List<String> NASTY = List.of("=1+2", "@SUM(A1:A2)", "+1", "-1");

    @TempDir
    static Path dir;
    static WorkspaceService workspace;
    static ReportFiles files;
    static Map<String, Integer> customersByChannel = new HashMap<>();

    @BeforeAll
    static void importAndReport() throws IOException {
        List<String> lines = new ArrayList<>(List.of("customer,date,amount,channel"));
        Random random = new Random(7);
        List<String> ids = new ArrayList<>(NASTY);
        for (int i = 1; i <= 40; i++) {
            ids.add(String.format("c%02d", i));
        }
        for (int i = 0; i < ids.size(); i++) {
            String channel = i % 3 == 0 ? "store" : "web";
            customersByChannel.merge(channel, 1, Integer::sum);
            LocalDate day = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(120));
            int purchases = 1 + random.nextInt(5);
            for (int p = 0; p < purchases && day.isBefore(LocalDate.of(2022, 1, 1)); p++) {
                lines.add("\"" + ids.get(i).replace("\"", "\"\"") + "\"," + day + ","
                        + (5 + random.nextInt(50)) + "," + channel);
                day = day.plusDays(7 + random.nextInt(60));
            }
        }
        Path file = Files.write(dir.resolve("small.csv"), lines, StandardCharsets.UTF_8);
        workspace = WorkspaceService.open(dir.resolve("ws"));
        new ImportService(workspace).importFile(new ImportRequest(file, null, true, null, null, null, null,
                Map.of("customer", "customer", "date", "date", "amount", "amount", "channel", "channel")), false,
                ProgressListener.NONE);
        ReportRequest request = new ReportRequest(AnalysisSettings.defaults(TimeUnit.WEEK), ClvMethod.HISTORICAL,
                Locale.ENGLISH, "$", AcquisitionCosts.perChannel(Map.of("web", 580.0, "store", 140.0)));
        files = new ReportService(new AnalysisService(workspace)).write(request, dir.resolve("out"),
                ProgressListener.NONE);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void formulaLikeCustomerIdsComeOutAsTextNotFormulas() throws IOException {
        List<String> seen = new ArrayList<>();
        try (InputStream in = Files.newInputStream(files.workbook()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + " " + cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
            Sheet customers = wb.getSheet(EN.getString("sheet.customers"));
            for (Row row : customers) {
                Cell id = row.getCell(0);
                assertThat(id.getCellType()).isEqualTo(CellType.STRING);
                seen.add(id.getStringCellValue());
            }
        }
        for (String nasty : NASTY) {
            assertThat(seen).contains("'" + nasty).doesNotContain(nasty);
        }
        assertThat(seen).contains("c01");
    }

    @Test
    void channelSlideShowsCacAsSpendOverCustomers() throws IOException {
        // CAC = spend / customers acquired through the channel
        String webCac = String.format(Locale.ENGLISH, "CAC $%,.2f", 580.0 / customersByChannel.get("web"));
        String storeCac = String.format(Locale.ENGLISH, "CAC $%,.2f", 140.0 / customersByChannel.get("store"));
        try (InputStream in = Files.newInputStream(files.deck()); XMLSlideShow ppt = new XMLSlideShow(in)) {
            String notes = ppt.getSlides().get(6).getNotes().getShapes().stream()
                    .filter(s -> s instanceof XSLFTextShape).map(s -> ((XSLFTextShape) s).getText())
                    .collect(Collectors.joining("\n"));
            assertThat(notes).contains("Channel web: " + customersByChannel.get("web") + " customers")
                    .contains(webCac).contains(storeCac);
        }
    }

    @Test
    void historicalMethodStillGetsAHoldoutCheckOrSaysWhyNot() throws IOException {
        try (InputStream in = Files.newInputStream(files.deck()); XMLSlideShow ppt = new XMLSlideShow(in)) {
            assertThat(ppt.getSlides()).hasSize(11);
            String slide = ppt.getSlides().get(7).getShapes().stream().map(s -> s instanceof XSLFTextShape t
                    ? t.getText() : s instanceof org.apache.poi.xslf.usermodel.XSLFTable table
                    ? table.getRows().stream().flatMap(r -> r.getCells().stream()).map(c -> c.getText())
                            .collect(Collectors.joining("\n")) : "").collect(Collectors.joining("\n"));
            assertThat(slide).contains(EN.getString("method.historical"));
            assertThat(slide.contains(EN.getString("acc.mae")) || slide.contains(EN.getString("methods.noValidation")))
                    .isTrue();
        }
    }
}
