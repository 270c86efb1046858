package org.valuelens.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.ImportService;
import org.valuelens.service.Language;
import org.valuelens.service.WorkspaceService;

/** The services' progress messages in the interface language. */
class ProgressTextsTest {

    /** Four English words in a row, or one of the English verbs the services start their messages with. */
    private static final Pattern ENGLISH = Pattern.compile("\\b[A-Za-z][a-z]+(?: [a-z]{2,}){3,}\\b"
            + "|\\b(Reading|Read|Checking|Saving|Imported|Fitting|Computing|Summarising|Segmenting)\\b");

    @TempDir
    Path tmp;

    @Test
    void everyMessageOfARealImportIsTranslatedInEveryLanguage() throws Exception {
        List<String> lines = new ArrayList<>(List.of("customer,date,amount"));
        IntStream.range(0, 25_000).forEach(i -> lines.add("C" + (i % 700) + ",2022-03-" + (1 + i % 28) + ","
                + (5 + i % 40)));
        Path file = Files.write(tmp.resolve("orders.csv"), lines, StandardCharsets.UTF_8);
        List<String> messages = new ArrayList<>();
        try (WorkspaceService ws = WorkspaceService.open(tmp.resolve("ws"))) {
            new ImportService(ws).importFile(new ImportRequest(file, null, null, null, null, null, null,
                    Map.of("customer", "customer", "date", "date", "amount", "amount")), false,
                    (done, total, message) -> messages.add(message));
        }
        assertThat(messages).as("the import reported rows read").anyMatch(m -> m.startsWith("Reading rows: "));
        for (Language language : List.of(Language.CHINESE_SIMPLIFIED, Language.CHINESE_TRADITIONAL,
                Language.RUSSIAN)) {
            I18n i18n = new I18n(language.locale());
            for (String m : messages.stream().distinct().toList()) {
                assertThat(ProgressTexts.localise(i18n, m)).as(language + ": " + m).doesNotContainPattern(ENGLISH);
            }
        }
    }

    @Test
    void rowCountsAreGroupedTheLocalesWay() {
        assertThat(ProgressTexts.localise(new I18n(Locale.forLanguageTag("ru")), "Reading rows: 60000"))
                .isEqualTo("Чтение строк: 60\u00a0000");
        assertThat(ProgressTexts.localise(new I18n(Locale.TRADITIONAL_CHINESE), "Reading rows: 60000"))
                .isEqualTo("正在讀取資料列：60,000");
    }

    @Test
    void theAnalysisMessagesKeepTheirModelOrFileName() {
        I18n zh = new I18n(Locale.SIMPLIFIED_CHINESE);
        assertThat(ProgressTexts.localise(zh, "Fitting bg-nbd")).isEqualTo("正在拟合 bg-nbd");
        assertThat(ProgressTexts.localise(zh, "Checking pareto-nbd on a holdout period"))
                .isEqualTo("正在用保留期检验 pareto-nbd");
        assertThat(ProgressTexts.localise(zh, "Saving orders.csv")).isEqualTo("正在保存 orders.csv");
        assertThat(ProgressTexts.localise(zh, "Something else")).isEqualTo("Something else");
    }
}
