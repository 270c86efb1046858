package org.valuelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.ImportService;
import org.valuelens.service.WorkspaceService;
import picocli.CommandLine;

/**
 * {@code fit}, {@code clv --refit} and {@code fits} on the CDNOW sample: the saved rows' ids and timestamps show
 * whether a command refitted.
 */
class FitsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    private Path db;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void cdnowWorkspace() throws Exception {
        Path file = tmp.resolve("CDNOW_sample.txt");
        try (InputStream in = getClass().getResourceAsStream("/data/cdnow/CDNOW_sample.txt")) {
            Files.copy(in, file);
        }
        db = tmp.resolve("ws");
        try (WorkspaceService ws = WorkspaceService.open(db)) {
            new ImportService(ws).importFile(new ImportRequest(file, null, false, null, null, null, null,
                    Map.of("customer", "2", "date", "3", "quantity", "4", "amount", "5")), false,
                    ProgressListener.NONE);
        }
    }

    private String run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cmd = ValueLensCommand.newCommandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        assertThat(code).as(String.join(" ", args) + ": " + err).isZero();
        return out.toString();
    }

    private JsonNode fits() throws Exception {
        return JSON.readTree(run("fits", "--db", db.toString(), "--json")).get("fits");
    }

    private String clv(String csv, String unit, String calibrationEnd, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("clv", "--db", db.toString(), "--method", "bg-nbd",
                "--time-unit", unit, "--calibration-end", calibrationEnd, "--out", tmp.resolve(csv).toString()));
        args.addAll(List.of(extra));
        run(args.toArray(String[]::new));
        return Files.readString(tmp.resolve(csv));
    }

    private static List<Long> ids(JsonNode fits) {
        List<Long> ids = new ArrayList<>();
        fits.forEach(f -> ids.add(f.get("id").asLong()));
        return ids;
    }

    @Test
    void clvAfterFitReusesTheSavedFitsAndRefitReplacesThem() throws Exception {
        for (String model : List.of("bg-nbd", "gamma-gamma")) {
            run("fit", "--db", db.toString(), "--model", model, "--time-unit", "week", "--calibration-end",
                    "1997-09-30");
        }
        JsonNode afterFit = fits();
        assertThat(afterFit).hasSize(2);

        String reused = clv("reused.csv", "week", "1997-09-30");
        assertThat(fits()).as("ids, timestamps and parameters unchanged").isEqualTo(afterFit);

        String refitted = clv("refitted.csv", "week", "1997-09-30", "--refit");
        JsonNode afterRefit = fits();
        assertThat(afterRefit).hasSize(2);
        assertThat(ids(afterRefit)).doesNotContainAnyElementsOf(ids(afterFit));
        for (int i = 0; i < 2; i++) {
            assertThat(afterRefit.get(i).get("model")).isEqualTo(afterFit.get(i).get("model"));
            assertThat(afterRefit.get(i).get("params")).isEqualTo(afterFit.get(i).get("params"));
        }
        assertThat(reused).isEqualTo(refitted).contains("customer");
    }

    @Test
    void aChangedTimeUnitOrCalibrationEndFitsAgainAndKeepsTheOtherFits() throws Exception {
        run("fit", "--db", db.toString(), "--model", "bg-nbd", "--time-unit", "week", "--calibration-end",
                "1997-09-30");
        JsonNode weekly = fits().get(0);

        clv("day.csv", "day", "1997-09-30");
        clv("later.csv", "week", "1997-12-31");

        JsonNode all = fits();
        assertThat(all).hasSize(5); // bg-nbd: 3 settings; gamma-gamma: 2 (day, and week through 1997-12-31)
        assertThat(all).contains(weekly);
        List<String> settings = new ArrayList<>();
        all.forEach(f -> settings.add(f.get("model").asText() + " " + f.get("settings").get("timeUnit").asText()
                + " " + f.get("settings").get("calibrationEnd").asText()));
        assertThat(settings).containsExactlyInAnyOrder("bg-nbd week 1997-09-30", "bg-nbd day 1997-09-30",
                "bg-nbd week 1997-12-31", "gamma-gamma day 1997-09-30", "gamma-gamma week 1997-12-31");
    }

    @Test
    void fitsJsonGivesDatasetModelParametersLikelihoodTimeAndSettings() throws Exception {
        run("fit", "--db", db.toString(), "--model", "pareto-nbd", "--time-unit", "week");

        JsonNode fit = fits().get(0);

        List<String> keys = new ArrayList<>();
        fit.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("id", "datasetId", "dataset", "model", "params", "standardErrors",
                "logLikelihood", "aic", "bic", "converged", "customers", "atBoundary", "fittedAt", "fitSeconds",
                "settings", "warnings");
        List<String> settingKeys = new ArrayList<>();
        fit.get("settings").fieldNames().forEachRemaining(settingKeys::add);
        assertThat(settingKeys).containsExactly("timeUnit", "calibrationEnd", "observationEnd", "returns",
                "fittedThrough");
        assertThat(fit.get("dataset").asText()).isEqualTo("CDNOW_sample.txt");
        assertThat(fit.get("model").asText()).isEqualTo("pareto-nbd");
        List<String> params = new ArrayList<>();
        fit.get("params").fieldNames().forEachRemaining(params::add);
        assertThat(params).containsExactly("r", "alpha", "s", "beta");
        assertThat(fit.get("settings").get("calibrationEnd").isNull()).isTrue();
        assertThat(fit.get("settings").get("fittedThrough").asText()).isEqualTo("1998-06-30");
        assertThat(fit.get("customers").asLong()).isEqualTo(2357);
    }

    @Test
    void fitsWithoutSavedFitsSaysHowToMakeOne() {
        String text = run("fits", "--db", db.toString());

        assertThat(text).startsWith("No saved fits in ").contains("run fit");
    }
}
