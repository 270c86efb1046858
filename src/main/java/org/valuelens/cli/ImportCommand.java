package org.valuelens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.ImportOutcome;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.ImportService;
import org.valuelens.service.RejectedRowView;
import org.valuelens.service.RowSource;
import org.valuelens.service.ServiceException;
import org.valuelens.service.SparkOutputInfo;
import org.valuelens.service.WorkspaceService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code valuelens import FILE --db DIR ...}: imports a CSV/TXT/Excel file into a workspace as a new dataset. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a transaction log or customer table (CSV, TXT, XLSX, XLS) into a workspace.",
            "Or, with --jdbc URL (--table NAME | --query SQL), from a database: the aggregation runs in the database"
                + " and only its result is transferred.",
            "FILE may also be the output folder of the Spark job (docs/spark.md)."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The file to import, or a Spark"
            + " job's output folder (none with --jdbc).")
    Path file;

    @Option(names = "--db", paramLabel = "DIR",
            description = "Workspace folder (default: ~/.valuelens/workspace).")
    Path db;

    @Mixin
    ImportFileOptions fileOptions;

    @Mixin
    DatabaseImportOptions database;

    @Option(names = "--force", description = "Import even if the same content is already in the workspace.")
    boolean force;

    @Option(names = "--rejected-out", paramLabel = "FILE.csv", description = "Also write the rejected rows here.")
    Path rejectedOut;

    @Option(names = "--json", description = "Print one JSON object instead of a summary.")
    boolean json;

    private final RowSource source;

    /** Uses the application's importer. */
    ImportCommand() {
        this(null);
    }

    /** @param source row source for tests; {@code null} = the application's importer */
    ImportCommand(RowSource source) {
        this.source = source;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = db == null ? WorkspaceService.defaultDirectory() : db;
        String misuse = misuse();
        if (misuse != null) {
            err.println(misuse);
            err.flush();
            return 2;
        }
        if (database.active()) {
            try {
                return database.run(out, dir, fileOptions, json);
            } catch (ServiceException | CancelledException e) {
                err.println(e.getMessage());
                err.flush();
                return 1;
            }
        }
        ImportRequest request = fileOptions.request(file);
        // the workspace opens (a new one: its schema is created) while the import reads the file
        try (WorkspaceService workspace = WorkspaceService.openInBackground(dir)) {
            ImportService service = source == null ? new ImportService(workspace)
                    : new ImportService(workspace, source);
            ImportOutcome o = service.importFile(request, force, ProgressListener.NONE);
            Long rejectedWritten = null;
            if (rejectedOut != null) {
                rejectedWritten = workspace.exportRejected(o.datasetId(), rejectedOut);
            }
            if (json) {
                Map<String, Object> extra = SparkOutputInfo.of(file).<Map<String, Object>>map(i -> Map.of("mode",
                        i.mode(), "rowsTransferred", i.rowsTransferred())).orElse(Map.of());
                out.println(toJson(o, dir, rejectedWritten, rejectedOut, extra));
            } else {
                printSummary(out, o, dir, rejectedWritten);
            }
            out.flush();
            return 0;
        } catch (ServiceException | CancelledException e) {
            err.println(e.getMessage());
            err.flush();
            return 1;
        } catch (RuntimeException e) {
            err.println("Importing " + file + " failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            err.flush();
            return 1;
        }
    }

    /** @return one sentence when file and database options are mixed up, else null */
    private String misuse() {
        if (!database.active()) {
            if (file == null) {
                return "Name the FILE to import, or a database with --jdbc URL.";
            }
            String option = database.databaseOnlyOption();
            return option == null ? null : option + " applies to database imports (--jdbc URL) only.";
        }
        if (file != null) {
            return "Give either a FILE or --jdbc, not both.";
        }
        String option = fileOptions.fileOnlyOption();
        if (option == null && force) {
            option = "--force";
        }
        if (option == null && rejectedOut != null) {
            option = "--rejected-out";
        }
        return option == null ? null : option + " applies to file imports only, not to --jdbc (rejected rows are"
                + " counted by the database by reason).";
    }

    /**
     * The import's JSON object; {@code extra} keys (the database import's mode and rows transferred) go last.
     */
    static String toJson(ImportOutcome o, Path dir, Long rejectedWritten, Path rejectedOut, Map<String, Object> extra) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("datasetId", o.datasetId());
        m.put("file", o.file());
        m.put("workspace", dir.toAbsolutePath().toString());
        m.put("shape", o.shape().toLowerCase(Locale.ROOT));
        m.put("rowsRead", o.rowsRead());
        m.put("rowsImported", o.rowsImported());
        m.put("rowsRejected", o.rowsRejected());
        m.put("rejectedByReason", o.rejectedByReason());
        m.put("returns", o.returns());
        m.put("customers", o.customers());
        m.put("hasAmounts", o.hasAmounts());
        m.put("firstDate", date(o.firstDate()));
        m.put("lastDate", date(o.lastDate()));
        m.put("encoding", o.encoding());
        m.put("delimiter", o.delimiter());
        m.put("sheets", o.sheets());
        m.put("columns", o.mapping());
        m.put("dateFormat", o.datePattern());
        m.put("contentHash", o.contentHash());
        m.put("seconds", Math.round(o.seconds() * 1000) / 1000.0);
        m.put("warnings", o.warnings());
        Map<String, Object> examples = new LinkedHashMap<>();
        o.rejectedExamples().forEach((reason, rows) -> examples.put(reason, rows.stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("row", r.sourceRow());
            row.put("sheet", r.sheet());
            row.put("column", r.column());
            row.put("message", r.message());
            row.put("rawText", r.rawText());
            return row;
        }).toList()));
        m.put("rejectedExamples", examples);
        if (rejectedWritten != null) {
            m.put("rejectedOut", rejectedOut.toAbsolutePath().toString());
        }
        m.putAll(new java.util.TreeMap<>(extra));
        try {
            return new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String date(LocalDateTime t) {
        return t == null ? null : t.toLocalDate().toString();
    }

    private void printSummary(PrintWriter out, ImportOutcome o, Path dir, Long rejectedWritten) {
        printSummary(out, o, dir, rejectedWritten, rejectedOut);
    }

    /** Prints the import's figures as text. */
    static void printSummary(PrintWriter out, ImportOutcome o, Path dir, Long rejectedWritten, Path rejectedOut) {
        out.printf(Locale.ROOT, "Imported %s into %s as dataset %d in %.2f s.%n", o.file(), dir, o.datasetId(),
                o.seconds());
        out.printf(Locale.ROOT, "Rows: %d read, %d imported, %d rejected; %d returns; %d customers.%n",
                o.rowsRead(), o.rowsImported(), o.rowsRejected(), o.returns(), o.customers());
        if (o.firstDate() != null) {
            out.printf(Locale.ROOT, "Dates: %s to %s.%n", date(o.firstDate()), date(o.lastDate()));
        }
        if (!o.rejectedByReason().isEmpty()) {
            out.println("Rejected by reason: " + o.rejectedByReason());
            o.rejectedExamples().forEach((reason, rows) -> {
                out.printf(Locale.ROOT, "  %s (%d), for example:%n", reason, o.rejectedByReason().get(reason));
                // the importer's message already names the row (and sheet)
                rows.forEach(r -> out.printf(Locale.ROOT, "    %s%n      %s%n", r.message(), printableRaw(r)));
            });
        }
        if (o.encoding() != null) {
            out.println("Encoding: " + o.encoding() + ", delimiter: " + printable(o.delimiter()));
        }
        if (!o.sheets().isEmpty()) {
            out.println("Sheets: " + String.join(", ", o.sheets()));
        }
        o.warnings().forEach(w -> out.println("Warning: " + w));
        if (rejectedWritten != null) {
            out.println("Rejected rows written to " + rejectedOut + " (" + rejectedWritten + ").");
        }
    }

    /**
     * The raw row on one line: Excel cells (joined by tabs) shown with " | " between them, line breaks as spaces,
     * long rows cut at 200 characters.
     */
    private static String printableRaw(RejectedRowView r) {
        String raw = r.sheet() == null ? r.rawText() : r.rawText().replace("\t", " | ");
        String s = raw.replace('\r', ' ').replace('\n', ' ');
        return s.length() > 200 ? s.substring(0, 199) + "…" : s;
    }

    private static String printable(String delimiter) {
        return "\t".equals(delimiter) ? "tab" : delimiter;
    }
}
