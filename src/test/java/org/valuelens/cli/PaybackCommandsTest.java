package org.valuelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.ImportService;
import org.valuelens.service.WorkspaceService;
import picocli.CommandLine;

/**
 * The payback keys of {@code channels --json} and {@code cohort --metric ltv-days --by channel --json} on a
 * hand-made file whose payback days are worked out in the comments.
 */
class PaybackCommandsTest {
    @TempDir
    static Path tmp;
    static Path db;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /**
     * ads: a buys on Jan 1 (margin 10) and Jan 11 (margin 30), b on Jan 5 (margin 10); mail: c on Jan 3 (margin 60).
     * Data end Jan 31. CAC ads 25, mail 70.
     */
    @BeforeAll
    static void importFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("shop.csv"), "customer,date,amount,cost,channel\n"
                + "a,2021-01-01,40,30,ads\na,2021-01-11,50,20,ads\nb,2021-01-05,20,10,ads\n"
                + "c,2021-01-03,100,40,mail\nz,2021-01-31,1,1,mail\n");
        db = tmp.resolve("ws");
        try (WorkspaceService ws = WorkspaceService.open(db)) {
            int id = new ImportService(ws).importFile(new ImportRequest(file, null, true, null, null, null, null,
                    Map.of()), false, ProgressListener.NONE).datasetId();
            ws.saveDatasetSettings(id, ws.datasetSettings(id).withChannelCac("ads", 25.0)
                    .withChannelCac("mail", 70.0));
        }
    }

    private JsonNode json(String... args) throws Exception {
        CommandLine cmd = ValueLensCommand.newCommandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        assertThat(cmd.execute(args)).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    private static JsonNode row(JsonNode rows, String key, String name) {
        for (JsonNode r : rows) {
            if (r.get(key).asText().equals(name)) {
                return r;
            }
        }
        throw new AssertionError(name + " not in " + rows);
    }

    @Test
    void channelsJsonGivesThePaybackDayOfEachChannel() throws Exception {
        JsonNode j = json("channels", "--db", db.toString(), "--json");
        assertThat(j.get("paybackDaysBasis").asText()).isEqualTo("margin");
        // ads: a (10) and b (10) from day 0; on day 10 a buys again: (40 + 10) / 2 = 25
        assertThat(row(j.get("channels"), "channel", "ads").get("paybackDays").asInt()).isEqualTo(10);
        // mail: c's 60 and z's 0 (margin 1 - 1) never reach 70
        JsonNode mail = row(j.get("channels"), "channel", "mail");
        assertThat(mail.get("cac").asDouble()).isEqualTo(70.0);
        assertThat(mail.get("paybackDays").isNull()).isTrue();
    }

    @Test
    void ltvDaysByChannelAddsCacPaybackAndValueToDate() throws Exception {
        JsonNode j = json("cohort", "--db", db.toString(), "--metric", "ltv-days", "--by", "channel", "--json");
        JsonNode ads = row(j.get("cohorts"), "cohort", "ads");
        assertThat(ads.get("cac").asDouble()).isEqualTo(25.0);
        assertThat(ads.get("paybackDays").asInt()).isEqualTo(10);
        // to date: a 40 + 50, b 20 -> 55 revenue per customer
        assertThat(ads.get("toDate").get("revenue").asDouble()).isEqualTo(55.0);
        assertThat(j.get("paybackBasis").asText()).isEqualTo("margin");
    }
}
