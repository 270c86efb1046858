package org.valuelens.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.valuelens.model.product.LtvGrouping;

/** Option parsing and JSON helpers shared by {@code products}, {@code repeat} and {@code cohort --metric ltv-days}. */
final class ProductCli {
    private ProductCli() {
    }

    /** @param text "30,60,90" @return the window lengths, each a whole number of days {@code >= 1} */
    static List<Integer> days(String text) {
        List<Integer> days = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.trim();
            try {
                int d = Integer.parseInt(p);
                if (d < 1) {
                    throw new NumberFormatException();
                }
                days.add(d);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--days must list whole numbers of days of at least 1, such as "
                        + "30,60,90,180,365; '" + p + "' is not one.", e);
            }
        }
        return days;
    }

    /** @param by month|quarter|year|channel|first-product @return the grouping */
    static LtvGrouping grouping(String by) {
        return switch (by.toLowerCase(Locale.ROOT)) {
            case "month" -> LtvGrouping.MONTH;
            case "quarter" -> LtvGrouping.QUARTER;
            case "year" -> LtvGrouping.YEAR;
            case "channel" -> LtvGrouping.CHANNEL;
            case "first-product", "product" -> LtvGrouping.FIRST_PRODUCT;
            default -> throw new IllegalArgumentException("--by must be month, quarter, year, channel or "
                    + "first-product, not '" + by + "'.");
        };
    }

    /** @return {"30": values[0], "90": values[1], ...} in the order of {@code days} */
    static Map<String, Object> byDays(List<Integer> days, List<?> values) {
        Map<String, Object> o = Json.object();
        for (int k = 0; k < days.size(); k++) {
            o.put(Integer.toString(days.get(k)), values.get(k));
        }
        return o;
    }

    /** @return the value with two decimals, or "-" for {@code null} */
    static String money(Double v) {
        return v == null ? "-" : String.format("%.2f", v);
    }
}
