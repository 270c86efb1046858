package org.valuelens.build;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The licences ValueLens may bundle (its own licence is Apache-2.0): Apache-2.0, MIT, BSD, EPL, MPL, LGPL, and
 * GPL-2.0 with the Classpath Exception (OpenJFX, the Java runtime). Anything else, plain GPL and AGPL included,
 * is refused. Licence names in POMs are free text ("The Apache Software License, Version 2.0", "GPLv2+CE",
 * "GNU Lesser General Public Licence"), so each is matched by a few patterns on its name, then on its URL.
 * See docs/decisions/0010-licence.md.
 */
final class LicencePolicy {

    /** One allow-list entry or refusal: the family name shown to the user and the patterns that recognise it. */
    private record Rule(String family, boolean allowed, Pattern pattern) {
    }

    /** First match wins: the exceptions and the narrower GNU licences come before plain GPL. */
    private static final List<Rule> RULES = List.of(
            rule("GPL-2.0 with Classpath Exception", true, "classpath|gplv2\\s*\\+\\s*ce|gpl2\\s*w/\\s*cpe"),
            rule("AGPL", false, "affero|\\bagpl"),
            rule("LGPL", true, "lesser|\\blgpl|library general public"),
            rule("GPL", false, "general public licen|\\bgpl"),
            rule("Apache-2.0", true, "apache.*2(\\.0)?\\b|\\basl\\s*2|apache-2\\.0"),
            rule("MIT", true, "\\bmit\\b"),
            rule("BSD", true, "\\bbsd\\b|eclipse distribution licen|\\bedl\\b"),
            rule("EPL", true, "eclipse public licen|\\bepl\\b"),
            rule("MPL", true, "mozilla public licen|\\bmpl\\b"));

    private LicencePolicy() {
    }

    private static Rule rule(String family, boolean allowed, String regex) {
        return new Rule(family, allowed, Pattern.compile(regex));
    }

    /**
     * @param name the licence name from a POM ({@code null} permitted)
     * @param url  the licence URL from the same POM ({@code null} permitted)
     * @return the family ("Apache-2.0", "GPL", …) the name, or failing that the URL, belongs to; empty when neither
     *         is recognised
     */
    static Optional<String> family(String name, String url) {
        for (String text : new String[] {name, url}) {
            if (text == null || text.isBlank()) {
                continue;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            for (Rule r : RULES) {
                if (r.pattern().matcher(lower).find()) {
                    return Optional.of(r.family());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @param name the licence name ({@code null} permitted)
     * @param url  the licence URL ({@code null} permitted)
     * @return whether a library under this licence may be bundled; an unrecognised licence may not
     */
    static boolean allowed(String name, String url) {
        return family(name, url).map(f -> RULES.stream().anyMatch(r -> r.family().equals(f) && r.allowed()))
                .orElse(false);
    }

    /** @return the allowed families, for messages */
    static String allowList() {
        return String.join(", ", RULES.stream().filter(Rule::allowed).map(Rule::family).toList());
    }
}
