package org.valuelens.importer;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** A CSV/TXT file: its encoding, its delimiter and cursors over its records. */
final class TextSource {
    static final String WHITESPACE = "whitespace";
    private static final int SAMPLE_BYTES = 1 << 20;
    private static final String[] CHAR_DELIMITERS = {",", ";", "\t", "|"};

    final Path file;
    final Charset charset;
    final int bomLength;
    final String delimiter;
    final long size;

    private TextSource(Path file, Charset charset, int bomLength, String delimiter, long size) {
        this.file = file;
        this.charset = charset;
        this.bomLength = bomLength;
        this.delimiter = delimiter;
        this.size = size;
    }

    /** Detects (or takes from the options) the encoding and the delimiter. */
    static TextSource open(ImportOptions options) throws IOException {
        Path file = options.file();
        long size = Files.size(file);
        byte[] sample = new byte[(int) Math.min(size, SAMPLE_BYTES)];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(sample, 0, sample.length);
        }
        boolean complete = length >= size;
        EncodingDetector.Detected detected = EncodingDetector.detect(sample, length, complete);
        Charset charset = detected.charset();
        int bom = detected.bomLength();
        if (options.encoding() != null) {
            charset = options.encoding();
            bom = bomLengthFor(charset, sample, length);
        }
        String delimiter = options.delimiter();
        if (delimiter == null) {
            String text = EncodingDetector.decodeLenient(charset, sample, bom, length - bom);
            delimiter = detectDelimiter(text);
        } else {
            delimiter = normaliseDelimiter(delimiter);
        }
        return new TextSource(file, charset, bom, delimiter, size);
    }

    private static int bomLengthFor(Charset charset, byte[] s, int length) {
        if (charset.name().equals("UTF-8") && length >= 3 && (s[0] & 0xFF) == 0xEF && (s[1] & 0xFF) == 0xBB
                && (s[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (charset.name().startsWith("UTF-16") && length >= 2
                && ((s[0] & 0xFF) == 0xFF && (s[1] & 0xFF) == 0xFE || (s[0] & 0xFF) == 0xFE && (s[1] & 0xFF) == 0xFF)) {
            return 2;
        }
        return 0;
    }

    static String normaliseDelimiter(String value) {
        if (value.length() == 1 && !value.equals(" ")) {
            return value;
        }
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        switch (v) {
            case "tab":
            case "\\t":
                return "\t";
            case "comma":
                return ",";
            case "semicolon":
                return ";";
            case "pipe":
                return "|";
            case "space":
            case "spaces":
            case "":
                return WHITESPACE;
            default:
                return value.equals("\t") ? "\t" : v.equals(WHITESPACE) ? WHITESPACE : value.trim();
        }
    }

    /**
     * Chooses the delimiter whose field counts are most consistent over the first ~100 records (delimiters
     * inside double quotes do not count); among consistent ones, the one giving more fields.
     */
    static String detectDelimiter(String text) {
        List<String> records = firstRecords(text, 100);
        String best = null;
        int bestFields = 1;
        double bestConsistency = 0;
        for (String d : CHAR_DELIMITERS) {
            int[] counts = new int[records.size()];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = countFields(records.get(i), d.charAt(0));
            }
            int mode = mode(counts);
            double consistency = share(counts, mode);
            if (mode >= 2 && consistency >= 0.9 && (best == null || mode > bestFields)) {
                best = d;
                bestFields = mode;
                bestConsistency = consistency;
            }
        }
        if (best != null) {
            return best;
        }
        int[] counts = new int[records.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = splitWhitespace(records.get(i)).length;
        }
        int mode = mode(counts);
        if (mode >= 2 && share(counts, mode) >= 0.9) {
            return WHITESPACE;
        }
        // nothing consistent: take the character delimiter that splits most often
        String fallback = ",";
        for (String d : CHAR_DELIMITERS) {
            int[] c = new int[records.size()];
            for (int i = 0; i < c.length; i++) {
                c[i] = countFields(records.get(i), d.charAt(0));
            }
            double s = share(c, mode(c));
            if (mode(c) >= 2 && s > bestConsistency) {
                bestConsistency = s;
                fallback = d;
            }
        }
        return fallback;
    }

    private static int mode(int[] counts) {
        int best = 0;
        int bestN = 0;
        for (int i = 0; i < counts.length; i++) {
            int n = 0;
            for (int count : counts) {
                if (count == counts[i]) {
                    n++;
                }
            }
            if (n > bestN || n == bestN && counts[i] > best) {
                best = counts[i];
                bestN = n;
            }
        }
        return best;
    }

    private static double share(int[] counts, int value) {
        if (counts.length == 0) {
            return 0;
        }
        int n = 0;
        for (int c : counts) {
            if (c == value) {
                n++;
            }
        }
        return n / (double) counts.length;
    }

    /** Splits the text into records at line ends outside double quotes; skips blank lines. */
    private static List<String> firstRecords(String text, int max) {
        List<String> records = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length() && records.size() < max; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                String record = text.substring(start, i);
                if (!record.isBlank()) {
                    records.add(record);
                }
                start = i + 1;
            }
        }
        if (records.size() < max && start < text.length() && !quoted) {
            String record = text.substring(start);
            if (!record.isBlank() && text.length() < SAMPLE_BYTES / 2) {
                records.add(record);
            }
        }
        return records;
    }

    private static int countFields(String record, char delimiter) {
        int n = 1;
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                n++;
            }
        }
        return n;
    }

    static String[] splitWhitespace(String line) {
        int n = line.length();
        int count = 0;
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(line.charAt(i))) {
                i++;
            }
            if (i < n) {
                count++;
                while (i < n && !isSpace(line.charAt(i))) {
                    i++;
                }
            }
        }
        String[] cells = new String[count];
        int k = 0;
        i = 0;
        while (i < n) {
            while (i < n && isSpace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                cells[k++] = line.substring(start, i);
            }
        }
        return cells;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000';
    }

    /** @return the raw text of a row as the source had it, cells joined by the delimiter */
    String join(Object[] cells) {
        return join(delimiter, cells);
    }

    /** @return the cells joined by the delimiter ({@code "whitespace"}: one space) */
    static String join(String delimiter, Object[] cells) {
        String sep = delimiter.equals(WHITESPACE) ? " " : delimiter;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(sep);
            }
            b.append(cells[i] == null ? "" : cells[i]);
        }
        return b.toString();
    }

    /** @return a new cursor at the first record */
    RowCursor cursor() throws IOException {
        CountingInputStream counting = new CountingInputStream(Files.newInputStream(file));
        try {
            counting.skipNBytes(bomLength);
        } catch (IOException e) {
            counting.close();
            throw e;
        }
        Reader reader = new InputStreamReader(counting, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        if (delimiter.equals(WHITESPACE)) {
            return new WhitespaceCursor(new BufferedReader(reader, 1 << 16), counting, size);
        }
        CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(delimiter.charAt(0)).quoteCharacter('"')
                .commentStrategy(CommentStrategy.NONE).skipEmptyLines(true).allowExtraFields(true)
                .allowMissingFields(true).allowExtraCharsAfterClosingQuote(true).allowUnclosedQuote(true)
                .detectBomHeader(false).ofCsvRecord(reader);
        return new CsvCursor(csv, counting, size);
    }

    private static boolean blank(String[] cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static final class CsvCursor implements RowCursor {
        private final CsvReader<CsvRecord> csv;
        private final Iterator<CsvRecord> records;
        private final CountingInputStream counting;
        private final long size;
        private long row;

        CsvCursor(CsvReader<CsvRecord> csv, CountingInputStream counting, long size) {
            this.csv = csv;
            this.records = csv.iterator();
            this.counting = counting;
            this.size = size;
        }

        @Override
        public Object[] next() throws IOException {
            try {
                while (records.hasNext()) {
                    CsvRecord record = records.next();
                    String[] cells = record.getFields().toArray(new String[0]);
                    if (!blank(cells)) {
                        row = record.getStartingLineNumber();
                        return cells;
                    }
                }
                return null;
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        }

        @Override
        public long rowNumber() {
            return row;
        }

        @Override
        public String sheet() {
            return null;
        }

        @Override
        public long progressDone() {
            return counting.count();
        }

        @Override
        public long progressTotal() {
            return size;
        }

        @Override
        public void close() throws IOException {
            csv.close();
        }
    }

    private static final class WhitespaceCursor implements RowCursor {
        private final BufferedReader reader;
        private final CountingInputStream counting;
        private final long size;
        private long line;
        private long row;

        WhitespaceCursor(BufferedReader reader, CountingInputStream counting, long size) {
            this.reader = reader;
            this.counting = counting;
            this.size = size;
        }

        @Override
        public Object[] next() throws IOException {
            String text;
            while ((text = reader.readLine()) != null) {
                line++;
                String[] cells = splitWhitespace(text);
                if (cells.length > 0) {
                    row = line;
                    return cells;
                }
            }
            return null;
        }

        @Override
        public long rowNumber() {
            return row;
        }

        @Override
        public String sheet() {
            return null;
        }

        @Override
        public long progressDone() {
            return counting.count();
        }

        @Override
        public long progressTotal() {
            return size;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
