package org.valuelens.gui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English sentences that lower layers write (fit warnings, progress messages, reasons a row was rejected), each
 * recognised by a pattern and re-worded from the bundle with the pattern's groups as arguments. A sentence not
 * known is shown as it is. Groups that are whole numbers are passed as numbers, so that they are grouped the
 * locale's way ("60 000" in Russian). Immutable.
 */
public final class KnownSentences {

    /** A sentence and the bundle key that re-words it; the groups are the key's arguments. */
    private record Known(Pattern pattern, String key) {
    }

    private final List<Known> known;

    private KnownSentences(List<Known> known) {
        this.known = List.copyOf(known);
    }

    /** @return an empty list, to be extended with {@link #with(String, String)} */
    public static KnownSentences none() {
        return new KnownSentences(List.of());
    }

    /**
     * @param regex the whole sentence as a regular expression; its groups are the arguments
     * @param key   the bundle key of the translation
     * @return a copy that also knows this sentence (tried after the ones already known)
     */
    public KnownSentences with(String regex, String key) {
        List<Known> next = new ArrayList<>(known);
        next.add(new Known(Pattern.compile(regex), Objects.requireNonNull(key, "key")));
        return new KnownSentences(next);
    }

    /**
     * @param i18n     texts ({@code null} not permitted)
     * @param sentence a sentence ({@code null} gives "")
     * @return the sentence in the interface language when it is a known one, otherwise unchanged
     */
    public String localise(I18n i18n, String sentence) {
        Objects.requireNonNull(i18n, "i18n");
        if (sentence == null) {
            return "";
        }
        for (Known k : known) {
            Matcher m = k.pattern().matcher(sentence.strip());
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    String g = m.group(i + 1);
                    args[i] = g != null && g.matches("\\d{1,15}") ? (Object) Long.valueOf(g) : g;
                }
                return args.length == 0 ? i18n.get(k.key()) : i18n.format(k.key(), args);
            }
        }
        return sentence;
    }
}
