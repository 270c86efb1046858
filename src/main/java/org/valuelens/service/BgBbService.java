package org.valuelens.service;

import java.util.ArrayList;
import java.util.List;
import org.valuelens.model.btyd.BgBbFitter;
import org.valuelens.model.btyd.BgBbModel;
import org.valuelens.model.btyd.FitException;
import org.valuelens.model.btyd.FitResult;

/**
 * BG/BB for discrete-period data (Fader, Hardie &amp; Shang 2010): a recency/frequency table, one line per
 * history {@code x, t_x, n, customers} (e.g. yearly donations: x years with a gift after the first, the last in
 * year t_x, of n years observed). Needs no workspace. Stateless and thread-safe.
 */
public final class BgBbService {
    /** Longest projection of a new customer's transactions, in opportunities. */
    public static final int MAX_HORIZON = 100;

    /** Creates the service. */
    public BgBbService() {
        // stateless
    }

    /**
     * One line of the table.
     *
     * @param x         transactions after the first opportunity ({@code >= 0})
     * @param tx        opportunity of the last transaction ({@code x <= tx <= n}; 0 when x = 0)
     * @param n         opportunities observed
     * @param customers customers with this history ({@code >= 0})
     */
    public record Line(int x, int tx, int n, long customers) {
    }

    /**
     * Reads a table: one line per history, four whole numbers {@code x, t_x, n, customers} separated by commas,
     * semicolons, tabs or spaces; a first line with words (a header) and blank lines are skipped.
     *
     * @param text the table ({@code null} reads as empty)
     * @return the lines
     * @throws ServiceException naming the first bad line by its number and text
     */
    public static List<Line> parse(String text) {
        List<Line> out = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].trim();
            if (l.isEmpty() || (out.isEmpty() && l.matches(".*[A-Za-z\\p{IsHan}].*"))) {
                continue;
            }
            String[] p = l.replace("\"", "").split("[\\s,;，；]+");
            try {
                if (p.length != 4) {
                    throw new NumberFormatException();
                }
                Line line = new Line(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]),
                        Long.parseLong(p[3]));
                checkLine(line, i + 1, l);
                out.add(line);
            } catch (NumberFormatException e) {
                throw new ServiceException("Line " + (i + 1) + " (\"" + l + "\") is not four whole numbers "
                        + "x, t_x, n, customers (e.g. 6, 6, 6, 1203).");
            }
        }
        return out;
    }

    private static void checkLine(Line l, int number, String text) {
        boolean ok = l.x() >= 0 && l.tx() >= l.x() && l.tx() <= l.n() && (l.x() > 0 || l.tx() == 0)
                && (l.x() == 0 || l.tx() >= 1) && l.customers() >= 0;
        if (!ok) {
            throw new ServiceException("Line " + number + " (\"" + text + "\") is not a possible history: need "
                    + "0 <= x <= t_x <= n, t_x = 0 when x = 0, and a customer count of 0 or more.");
        }
    }

    /**
     * @param lines   the table (not empty)
     * @param horizon opportunities to project a new customer's transactions over (1..{@value #MAX_HORIZON})
     * @return the fit, each line's P(alive) and the projection
     * @throws ServiceException for an empty table, a bad horizon or a fit that cannot be made
     */
    public BgBbReport fit(List<Line> lines, int horizon) {
        if (lines == null || lines.isEmpty()) {
            throw new ServiceException("The table is empty: give one line per history x, t_x, n, customers.");
        }
        if (horizon < 1 || horizon > MAX_HORIZON) {
            throw new ServiceException("The horizon must be 1 to " + MAX_HORIZON + " opportunities, not " + horizon
                    + ".");
        }
        int k = lines.size();
        int[] x = new int[k];
        int[] tx = new int[k];
        int[] n = new int[k];
        long[] c = new long[k];
        for (int i = 0; i < k; i++) {
            Line l = lines.get(i);
            checkLine(l, i + 1, l.x() + ", " + l.tx() + ", " + l.n() + ", " + l.customers());
            x[i] = l.x();
            tx[i] = l.tx();
            n[i] = l.n();
            c[i] = l.customers();
        }
        FitResult<BgBbModel> fit;
        try {
            fit = new BgBbFitter().fit(x, tx, n, c);
        } catch (FitException | IllegalArgumentException e) {
            throw new ServiceException("BG/BB could not be fitted: " + e.getMessage() + ".", e);
        }
        BgBbModel m = fit.model();
        List<BgBbReport.Row> rows = new ArrayList<>();
        for (Line l : lines) {
            rows.add(new BgBbReport.Row(l.x(), l.tx(), l.n(), l.customers(), m.probabilityAlive(l.x(), l.tx(),
                    l.n())));
        }
        List<Double> expected = new ArrayList<>();
        for (int t = 1; t <= horizon; t++) {
            expected.add(m.expectedTransactionsNewCustomer(t));
        }
        return new BgBbReport(fit, rows, fit.customers(), expected);
    }
}
