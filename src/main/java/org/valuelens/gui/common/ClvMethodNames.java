package org.valuelens.gui.common;

import java.util.Objects;
import org.valuelens.service.ClvMethod;

/** Names of the CLV methods in the interface language (the CLI names stay the keys in settings and exports). */
public final class ClvMethodNames {

    private ClvMethodNames() {
    }

    /**
     * @param i18n   texts ({@code null} not permitted)
     * @param method a method ({@code null} gives "")
     * @return its display name, e.g. "Discounted cash flow" / "折现现金流"
     */
    public static String of(I18n i18n, ClvMethod method) {
        Objects.requireNonNull(i18n, "i18n");
        if (method == null) {
            return "";
        }
        return switch (method) {
            case SIMPLE -> i18n.get("method.simple");
            case RETENTION -> i18n.get("method.retention");
            case DCF -> i18n.get("method.dcf");
            case HISTORICAL -> i18n.get("method.historical");
            case BG_NBD -> i18n.get("method.bgNbd");
            case MBG_NBD -> i18n.get("method.mbgNbd");
            default -> i18n.get("method.paretoNbd");
        };
    }
}
