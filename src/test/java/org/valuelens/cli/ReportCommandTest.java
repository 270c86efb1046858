package org.valuelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.ImportService;
import org.valuelens.service.WorkspaceService;
import picocli.CommandLine;

/** {@code report}: the three outputs on the CDNOW sample, and a plain error for an unknown language. */
class ReportCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = ValueLensCommand.newCommandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    private Path cdnowWorkspace() throws Exception {
        Path file = tmp.resolve("CDNOW_sample.txt");
        try (InputStream in = getClass().getResourceAsStream("/data/cdnow/CDNOW_sample.txt")) {
            Files.copy(in, file);
        }
        Path db = tmp.resolve("ws");
        try (WorkspaceService ws = WorkspaceService.open(db)) {
            new ImportService(ws).importFile(new ImportRequest(file, null, false, null, null, null, null,
                    Map.of("customer", "2", "date", "3", "quantity", "4", "amount", "5")), false,
                    ProgressListener.NONE);
        }
        return db;
    }

    @Test
    void reportWritesTheDeckTheWorkbookAndSlideSizeCharts() throws Exception {
        Path db = cdnowWorkspace();
        Path dest = tmp.resolve("out").resolve("nested");

        int code = run("report", "--db", db.toString(), "--out", dest.toString(), "--json");

        assertThat(code).as(err.toString()).isZero();
        assertThat(dest.resolve("valuelens-report.pptx")).isNotEmptyFile();
        assertThat(dest.resolve("valuelens-report.xlsx")).isNotEmptyFile();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("slides").asInt()).isEqualTo(11);
        assertThat(json.get("charts")).hasSize(10);
        // each PNG is its picture box on the 960 x 540 pt slide at 2 px per point: quadrant 540 x 392 pt, half-width
        // charts (960 - 2 x 36 - 16) / 2 = 436 pt, tracking 960 - 36 - (36 + 410 + 20) = 458 x 262 pt
        Map<String, int[]> sizes = Map.of("quadrant.png", new int[] {1080, 784},
                "clv-distribution.png", new int[] {872, 784}, "cohort-retention.png", new int[] {872, 784},
                "holdout-tracking.png", new int[] {916, 524},
                // outlook: 960 - 36 - (36 + 250 + 16) = 622 x 392 pt
                "outlook-weekly-orders.png", new int[] {1244, 784});
        for (Map.Entry<String, int[]> e : sizes.entrySet()) {
            Path png = dest.resolve("charts").resolve(e.getKey());
            assertThat(png).isNotEmptyFile();
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(new int[] {image.getWidth(), image.getHeight()}).as(e.getKey()).containsExactly(e.getValue());
        }
        try (var files = Files.list(dest.resolve("charts"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".png"))).hasSize(10);
        }
    }

    @Test
    void unknownLanguageIsAPlainErrorWithExitCodeOne() {
        int code = run("report", "--db", tmp.resolve("ws").toString(), "--out", tmp.resolve("o").toString(),
                "--lang", "fr");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("--lang must be en, zh-CN, zh-TW or ru, not 'fr'");
    }
}
