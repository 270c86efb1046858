package org.valuelens.service;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The CLV methods, with their command-line names. */
public enum ClvMethod {
    /** AOV × frequency × lifespan − CAC. */
    SIMPLE("simple", false),
    /** m·r/(1+d−r) per customer, r estimated or given. */
    RETENTION("retention", false),
    /** Σ (revenue − cost)·r^t/(1+d)^t over the horizon. */
    DCF("dcf", false),
    /** Realised margin to date. */
    HISTORICAL("historical", false),
    /** BG/NBD purchases × Gamma-Gamma spend. */
    BG_NBD("bg-nbd", true),
    /** MBG/NBD purchases × Gamma-Gamma spend. */
    MBG_NBD("mbg-nbd", true),
    /** Pareto/NBD purchases × Gamma-Gamma spend. */
    PARETO_NBD("pareto-nbd", true);

    private final String cliName;
    private final boolean probabilistic;

    ClvMethod(String cliName, boolean probabilistic) {
        this.cliName = cliName;
        this.probabilistic = probabilistic;
    }

    /** @return the command-line name, e.g. {@code bg-nbd} */
    public String cliName() {
        return cliName;
    }

    /** @return whether the method fits a buy-till-you-die model */
    public boolean probabilistic() {
        return probabilistic;
    }

    /**
     * @param name a command-line name (case-insensitive)
     * @return the method
     * @throws ServiceException for an unknown name
     */
    public static ClvMethod parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (ClvMethod m : values()) {
            if (m.cliName.equals(n)) {
                return m;
            }
        }
        throw new ServiceException("Unknown CLV method '" + name + "': use one of "
                + Arrays.stream(values()).map(ClvMethod::cliName).collect(Collectors.joining(", ")) + ".");
    }
}
