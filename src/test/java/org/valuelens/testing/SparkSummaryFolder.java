package org.valuelens.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * TEST-ONLY: a summary-mode output folder of the Spark job written by hand as docs/spark.md describes it (eight
 * customers in two part files, calibration end 2020-06-30, 40 source rows of which 2 rejected), for tests of the
 * import and of summary-only datasets that need no Spark.
 */
public final class SparkSummaryFolder {
    /** The header line of a part file. */
    public static final String HEADER = "customer_id,first_purchase,last_purchase,channel,frequency,recency_days,"
            + "age_days,monetary_value,repeat_spend,revenue,cost,transactions,holdout_frequency,holdout_revenue";
    /** id, channel, revenue to the calibration end: eight customers of two channels and one without. */
    public static final List<String> ROWS = List.of(
            "A,2020-01-05,2020-06-01,Web,3,148.0,177.0,20.0,60.0,85.0,,5,1,20.0",
            "B,2020-01-10,2020-01-10,Web,0,0.0,172.0,0.0,0.0,15.0,,1,0,0.0",
            "C,2020-02-01,2020-05-20,Shop,2,109.0,150.0,30.0,60.0,100.0,,3,2,70.0",
            "D,2020-02-15,2020-06-20,Shop,5,126.0,136.0,12.0,60.0,72.0,,6,3,36.0",
            "E,2020-03-01,2020-03-01,,0,0.0,121.0,0.0,0.0,9.5,,1,0,0.0",
            "F,2020-03-10,2020-06-25,Web,4,107.0,112.0,25.0,100.0,130.0,,6,2,50.0",
            "G,2020-04-01,2020-05-01,Shop,1,30.0,90.0,40.0,40.0,80.0,,2,0,0.0",
            "H,2020-04-20,2020-04-20,\"Web\",0,0.0,71.0,0.0,0.0,22.0,,1,1,22.0");

    private SparkSummaryFolder() {
    }

    /**
     * @param out the folder to create (must not exist)
     * @return {@code out}, holding two part files, {@code _SUCCESS} and the manifest
     * @throws IOException when it cannot be written
     */
    public static Path write(Path out) throws IOException {
        Files.createDirectories(out);
        Files.write(out.resolve("part-00000-x-c000.csv"), List.of(HEADER, ROWS.get(0), ROWS.get(1), ROWS.get(2)));
        Files.write(out.resolve("part-00001-x-c000.csv"), Stream.concat(Stream.of(HEADER),
                ROWS.subList(3, ROWS.size()).stream()).toList());
        Files.writeString(out.resolve("_SUCCESS"), "");
        Files.writeString(out.resolve("_valuelens-manifest.json"), """
                {"format": "valuelens-spark-output", "version": 1, "mode": "summary",
                 "input": "s3a://lake/orders/", "inputFormat": "parquet", "outputFormat": "csv",
                 "columns": {"amount": "total", "channel": "shop", "customer-id": "client", "date": "day"},
                 "datePattern": null, "hasAmounts": true, "rowsRead": 40, "rowsAccepted": 38,
                 "rowsRejected": 2, "rejected": {"missing-date": 2},
                 "rejectedExamples": {"missing-date": ["X\\t\\t5.0\\tWeb", "Y\\t\\t1.0\\tShop"]},
                 "returns": 0, "rowsWritten": 8, "customers": 9, "firstDate": "2020-01-05",
                 "lastDate": "2020-12-31", "calibrationEnd": "2020-06-30", "returnsPolicy": "net",
                 "observationEnd": "2020-12-31", "customersAfterCalibration": 1, "customersWithoutPurchase": 0,
                 "repeatsByDay": {"2020-02-01": 1, "2020-05-20": 2, "2020-07-01": 3},
                 "warnings": [], "seconds": 1.5}
                """, StandardCharsets.UTF_8);
        return out;
    }
}
