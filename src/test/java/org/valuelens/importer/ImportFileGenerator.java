package org.valuelens.importer;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes seeded transaction files mixing encodings (with and without byte-order marks), delimiters, header
 * languages, date styles ({@link GeneratedDateStyle}) and number styles ({@link GeneratedNumberStyle}), with bad
 * values injected; it keeps what the importer must find, computed from the values it wrote.
 */
final class ImportFileGenerator {
    /** What one generated file must import as. */
    record Expected(Path file, String description, String encoding, int rowsRead, List<Row> accepted,
                    List<Bad> rejected, Map<String, Long> byReason, int customers) {
    }

    /** An accepted row: customer, timestamp and amount as written. */
    record Row(String customer, LocalDateTime timestamp, double amount) {
    }

    /** A rejected row: its reason and the raw text of the broken value. */
    record Bad(RejectReason reason, String raw) {
    }

    private record Encoding(String name, Charset charset, boolean bom, List<String> languages) {
    }

    private static final List<Encoding> ENCODINGS = List.of(
            new Encoding("UTF-8", StandardCharsets.UTF_8, false, List.of("en", "zh", "zh-Hant", "ru", "de", "fr")),
            new Encoding("UTF-8", StandardCharsets.UTF_8, true, List.of("en", "zh", "ru")),
            new Encoding("UTF-16LE", StandardCharsets.UTF_16LE, true, List.of("en", "zh-Hant", "ru")),
            new Encoding("UTF-16LE", StandardCharsets.UTF_16LE, false, List.of("en", "zh", "zh-Hant", "ru")),
            new Encoding("UTF-16BE", StandardCharsets.UTF_16BE, false, List.of("en", "zh", "zh-Hant", "ru")),
            new Encoding("GB18030", Charset.forName("GB18030"), false, List.of("zh")),
            new Encoding("Big5", Charset.forName("Big5"), false, List.of("zh-Hant")),
            new Encoding("windows-1251", Charset.forName("windows-1251"), false, List.of("ru")),
            new Encoding("KOI8-R", Charset.forName("KOI8-R"), false, List.of("ru")),
            new Encoding("windows-1252", Charset.forName("windows-1252"), false, List.of("de", "fr")));
    private static final String[] DELIMITERS = {",", ";", "\t", "|"};
    private static final Map<String, String[]> HEADERS = Map.of(
            "en", new String[] {"Invoice No", "Customer ID", "Order Date", "Amount", "Channel"},
            "de", new String[] {"invoice", "customer", "date", "amount", "channel"},
            "fr", new String[] {"order id", "client", "date", "total", "source"},
            "zh", new String[] {"订单号", "客户编号", "订单日期", "金额", "渠道"},
            "zh-Hant", new String[] {"訂單編號", "客戶編號", "訂單日期", "金額", "通路"},
            "ru", new String[] {"Номер заказа", "Покупатель", "Дата", "Сумма", "Канал"});
    private static final Map<String, String[]> NAMES = Map.of(
            "en", new String[] {"C", "K-", "cust"},
            "de", new String[] {"Müller ", "Weiß ", "Jürgen "},
            "fr", new String[] {"François ", "Hélène ", "Zoë "},
            "zh", new String[] {"张伟", "王芳", "李娜"},
            "zh-Hant", new String[] {"陳大文", "黃小明", "林美玲"},
            "ru", new String[] {"Иванов ", "Смирнова ", "Пётр "});
    private static final Map<String, String[]> CHANNELS = Map.of(
            "en", new String[] {"web", "store"}, "de", new String[] {"Laden", "Versand"},
            "fr", new String[] {"boutique", "en ligne"}, "zh", new String[] {"线上", "门店"},
            "zh-Hant", new String[] {"網路", "門市"}, "ru", new String[] {"Интернет", "Магазин"});

    private final Random random;

    ImportFileGenerator(long seed) {
        this.random = new Random(seed);
    }

    Expected write(Path dir, int index) throws IOException {
        Encoding enc = ENCODINGS.get(random.nextInt(ENCODINGS.size()));
        String language = enc.languages().get(random.nextInt(enc.languages().size()));
        GeneratedDateStyle style = dateStyle(language, enc.charset());
        GeneratedNumberStyle numbers = GeneratedNumberStyle.random(random, language.startsWith("zh"));
        if (!enc.charset().newEncoder().canEncode(numbers.format(-123456789))) {
            numbers = new GeneratedNumberStyle(numbers.decimal(), numbers.decimal() == '.' ? ',' : '.', "", "",
                    numbers.negative(), false);
        }
        String delimiter = DELIMITERS[random.nextInt(DELIMITERS.length)];
        String[] header = HEADERS.get(language);
        StringBuilder text = new StringBuilder(enc.bom() ? "\uFEFF" : "");
        line(text, delimiter, header);
        int rows = 15 + random.nextInt(30);
        List<Row> accepted = new ArrayList<>();
        List<Bad> rejected = new ArrayList<>();
        Map<String, Long> byReason = new TreeMap<>();
        Set<String> customers = new LinkedHashSet<>();
        for (int i = 0; i < rows; i++) {
            LocalDateTime t = LocalDateTime.of(2015, 1, 1, 0, 0).plusMinutes(random.nextInt(11 * 365 * 24 * 60))
                    .plusSeconds(random.nextInt(60));
            if (i == 0 && style.ambiguousOrder()) {
                t = t.withDayOfMonth(13 + random.nextInt(15)); // one day over 12 tells the order
            }
            String customer = NAMES.get(language)[random.nextInt(3)] + (1 + random.nextInt(12));
            long cents = random.nextInt(10) == 0 ? -(1 + random.nextInt(50_000)) : random.nextInt(2_000_000) + 1;
            String[] cells = {"A" + (1000 + i), customer, style.format(t), numbers.format(cents),
                CHANNELS.get(language)[random.nextInt(2)]};
            Bad bad = i == 0 ? null : inject(cells, style, numbers);
            if (bad == null) {
                accepted.add(new Row(customer, style.expected(t), cents / 100.0));
                customers.add(customer);
            } else {
                rejected.add(bad);
                byReason.merge(bad.reason().code(), 1L, Long::sum);
            }
            line(text, delimiter, cells);
        }
        String name = String.format("gen-%02d-%s-%s.%s", index, enc.name(), style.name().toLowerCase(),
                delimiter.equals(",") ? "csv" : "txt");
        Path file = dir.resolve(name);
        byte[] bytes = text.toString().getBytes(enc.charset());
        Files.write(file, bytes);
        String detected = !enc.name().startsWith("UTF-16") && ascii(bytes) ? "UTF-8" : enc.name();
        String description = name + " (" + language + ", delimiter " + (delimiter.equals("\t") ? "tab" : delimiter)
                + ", numbers " + numbers + ")";
        return new Expected(file, description, detected, rows, accepted, rejected, byReason, customers.size());
    }

    private GeneratedDateStyle dateStyle(String language, Charset charset) {
        GeneratedDateStyle[] all = GeneratedDateStyle.values();
        while (true) {
            GeneratedDateStyle s = all[random.nextInt(all.length)];
            boolean fits = s.language == null || language.startsWith(s.language);
            if (fits && charset.newEncoder().canEncode(s.format(LocalDateTime.of(2024, 3, 5, 14, 22))
                    + s.format(LocalDateTime.of(2024, 8, 5, 9, 0)))) {
                return s;
            }
        }
    }

    /** Breaks one value of about one row in eight; returns what the importer must say, or {@code null}. */
    private Bad inject(String[] cells, GeneratedDateStyle style, GeneratedNumberStyle numbers) {
        switch (random.nextInt(16)) {
            case 0:
                cells[2] = style.invalid();
                return new Bad(RejectReason.BAD_DATE, cells[2]);
            case 1:
                cells[2] = random.nextBoolean() ? "n/a" : "??";
                return new Bad(RejectReason.BAD_DATE, cells[2]);
            case 2:
                cells[3] = numbers.bad(random);
                return new Bad(RejectReason.BAD_NUMBER, cells[3]);
            case 3:
                int which = random.nextInt(3);
                cells[which == 0 ? 1 : which == 1 ? 2 : 3] = "";
                return new Bad(which == 0 ? RejectReason.MISSING_CUSTOMER_ID
                        : which == 1 ? RejectReason.MISSING_DATE : RejectReason.MISSING_AMOUNT, cells[0]);
            default:
                return null;
        }
    }

    private static void line(StringBuilder text, String delimiter, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append(delimiter);
            }
            String c = cells[i];
            boolean quote = c.contains(delimiter) || c.contains("\"");
            text.append(quote ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        text.append(delimiter.equals(",") ? "\r\n" : "\n");
    }

    private static boolean ascii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
