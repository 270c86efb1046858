package org.valuelens.gui.importing;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.KnownSentences;

/**
 * Reasons a row was rejected, in the interface language: the reason code ("missing-customer-id") as a short name,
 * and the importer's English sentence about the row ("The date \"31/02/2024\" is not a date.") re-worded with the
 * row's own values. {@code RejectTextsTest} checks the patterns against what the importer really writes.
 */
final class RejectTexts {

    private static final KnownSentences KNOWN = KnownSentences.none()
            .with("The row has (\\d+) columns but (\\d+) are needed\\.", "reject.msg.columnsNeeded")
            .with("The row has (\\d+) columns but the header has (\\d+)\\.", "reject.msg.columnsHeader")
            .with("The customer id is empty\\.", "reject.msg.noCustomer")
            .with("The date is empty\\.", "reject.msg.noDate")
            .with("The date \"(.*)\" is not a date in the form (.+)\\.", "reject.msg.badDatePattern")
            .with("The date \"(.*)\" is not a date\\.", "reject.msg.badDate")
            .with("The amount is empty\\.", "reject.msg.noAmount")
            .with("The quantity is empty, so the amount cannot be computed\\.", "reject.msg.noQuantity")
            .with("The unit price is empty, so the amount cannot be computed\\.", "reject.msg.noPrice")
            .with("The row repeats an earlier row exactly\\.", "reject.msg.duplicate")
            .with("The acquisition date \"(.*)\" is not a date\\.", "reject.msg.badAcquisitionDate")
            .with("The (.+) \"(.*)\" is not a number\\.", "reject.msg.badNumber");

    /** The importer's frame: "Row 624 of sheet \"Orders\": the date ..." (sheet only for workbooks). */
    private static final Pattern ROW = Pattern.compile("Row (\\d+)(?: of sheet \"(.*?)\")?: (.+)", Pattern.DOTALL);

    private RejectTexts() {
    }

    /**
     * @param i18n texts ({@code null} not permitted)
     * @param code a reason code, e.g. {@code missing-customer-id} ({@code null} gives "")
     * @return its name in the interface language, or the code when it has none
     */
    static String reason(I18n i18n, String code) {
        Objects.requireNonNull(i18n, "i18n");
        if (code == null) {
            return "";
        }
        return i18n.has("reject." + code) ? i18n.get("reject." + code) : code;
    }

    /**
     * @param i18n    texts ({@code null} not permitted)
     * @param message the importer's sentence about a rejected row, with or without its "Row 5: " or "Row 5 of
     *                sheet \"Orders\": " frame ({@code null} gives "")
     * @return the sentence in the interface language when it is a known one, otherwise unchanged
     */
    static String message(I18n i18n, String message) {
        Objects.requireNonNull(i18n, "i18n");
        if (message == null) {
            return "";
        }
        Matcher m = ROW.matcher(message.strip());
        if (!m.matches()) {
            return KNOWN.localise(i18n, message);
        }
        String inner = Character.toUpperCase(m.group(3).charAt(0)) + m.group(3).substring(1);
        String sentence = KNOWN.localise(i18n, inner);
        if (sentence.equals(inner)) {
            return message;
        }
        Long row = Long.valueOf(m.group(1));
        return m.group(2) == null ? i18n.format("reject.at.row", row, sentence)
                : i18n.format("reject.at.sheetRow", row, m.group(2), sentence);
    }
}
