package org.valuelens.gui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuelens.gui.common.I18n;
import org.valuelens.importer.RejectReason;
import org.valuelens.model.progress.ProgressListener;
import org.valuelens.service.ImportOutcome;
import org.valuelens.service.ImportRequest;
import org.valuelens.service.ImportService;
import org.valuelens.service.Language;
import org.valuelens.service.RejectedRowView;
import org.valuelens.service.WorkspaceService;

/** Reject reasons and the importer's sentences about rejected rows, as a real import writes them, translated. */
class RejectTextsTest {

    /** Four English words in a row. */
    private static final Pattern ENGLISH = Pattern.compile("\\b[A-Za-z][a-z]+(?: [a-z]{2,}){3,}\\b");

    @TempDir
    Path tmp;

    /** A file with one row of each problem: no customer, no date, a bad date, a bad amount, a missing amount. */
    private List<RejectedRowView> rejectedRowsOfARealImport() throws Exception {
        Path file = Files.write(tmp.resolve("orders.csv"), List.of("customer,date,amount",
                "C1,2022-03-01,10", ",2022-03-02,11", "C2,,12", "C3,2022-13-40,13", "C4,2022-03-05,abc",
                "C5,2022-03-06,", "C1,2022-03-07,14"), StandardCharsets.UTF_8);
        ImportOutcome out;
        try (WorkspaceService ws = WorkspaceService.open(tmp.resolve("ws"))) {
            out = new ImportService(ws).importFile(new ImportRequest(file, null, null, null, null, null, null,
                    Map.of("customer", "customer", "date", "date", "amount", "amount")), false,
                    ProgressListener.NONE);
        }
        List<RejectedRowView> rows = new ArrayList<>();
        out.rejectedExamples().values().forEach(rows::addAll);
        return rows;
    }

    @Test
    void everyReasonCodeHasANameInEveryLanguageThatIsNotTheCode() {
        for (Language language : Language.values()) {
            I18n i18n = new I18n(language.locale());
            for (RejectReason reason : RejectReason.values()) {
                assertThat(RejectTexts.reason(i18n, reason.code())).as(language + " " + reason)
                        .isNotEqualTo(reason.code()).doesNotContain("!");
            }
        }
    }

    @Test
    void theImportersSentencesAreTranslatedWithTheRowsOwnValues() throws Exception {
        List<RejectedRowView> rows = rejectedRowsOfARealImport();
        assertThat(rows).extracting(RejectedRowView::reason).contains("missing-customer-id", "missing-date",
                "bad-date", "bad-number", "missing-amount");
        for (Language language : List.of(Language.CHINESE_SIMPLIFIED, Language.CHINESE_TRADITIONAL,
                Language.RUSSIAN)) {
            I18n i18n = new I18n(language.locale());
            for (RejectedRowView r : rows) {
                String text = RejectTexts.message(i18n, r.message());
                assertThat(text).as(language + ": " + r.message()).isNotEqualTo(r.message())
                        .doesNotContainPattern(ENGLISH);
            }
        }
        I18n ru = new I18n(Locale.forLanguageTag("ru"));
        RejectedRowView badDate = rows.stream().filter(r -> r.reason().equals("bad-date")).findFirst().orElseThrow();
        assertThat(RejectTexts.message(ru, badDate.message())).contains("2022-13-40").startsWith("Строка 5: ");
        RejectedRowView badNumber = rows.stream().filter(r -> r.reason().equals("bad-number")).findFirst()
                .orElseThrow();
        assertThat(RejectTexts.message(ru, badNumber.message())).contains("«abc»", "«amount»");
    }

    @Test
    void aWorkbookRowNamesItsSheetInTheLanguage() {
        String english = "Row 624 of sheet \"Year 2010-2011\": the customer id is empty.";
        assertThat(RejectTexts.message(new I18n(Locale.TRADITIONAL_CHINESE), english))
                .isEqualTo("工作表「Year 2010-2011」第 624 列：顧客編號是空白的。");
        assertThat(RejectTexts.message(new I18n(Locale.forLanguageTag("ru")), english))
                .isEqualTo("Строка 624 на листе «Year 2010-2011»: Идентификатор клиента пуст.");
    }

    @Test
    void anUnknownSentenceIsShownAsItIs() {
        I18n zh = new I18n(Locale.TRADITIONAL_CHINESE);
        assertThat(RejectTexts.message(zh, "Something new happened.")).isEqualTo("Something new happened.");
        assertThat(RejectTexts.reason(zh, "some-new-reason")).isEqualTo("some-new-reason");
    }
}
