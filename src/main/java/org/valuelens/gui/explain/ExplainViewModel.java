package org.valuelens.gui.explain;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.valuelens.gui.common.ErrorTexts;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.SessionHolder;
import org.valuelens.gui.common.TaskCallbacks;
import org.valuelens.gui.common.TaskExecutor;
import org.valuelens.gui.common.UserSettings;
import org.valuelens.model.clv.ClvResult;
import org.valuelens.model.clv.ClvStep;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.service.ClvExplanation;
import org.valuelens.service.ClvMethod;

/**
 * State of the "How is this computed?" panel: asks the analysis service to explain a CLV figure (in the background)
 * and turns the answer into localised lines: the formula's symbols with their values, the inputs, each step, the
 * result, and for model-based CLV what each fitted parameter means. FX thread only.
 */
public final class ExplainViewModel {

    /**
     * One labelled value.
     *
     * @param label what it is, with its unit
     * @param value the formatted value
     */
    public record Line(String label, String value) {
    }

    /**
     * A method-level parameter with its meaning in words.
     *
     * @param name    the symbol, e.g. "α"
     * @param value   the formatted fitted or chosen value
     * @param meaning one or two plain sentences
     */
    public record ParameterNote(String name, String value, String meaning) {
    }

    private final SessionHolder sessions;
    private final TaskExecutor tasks;
    private final UserSettings settings;
    private final I18n i18n;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ClvMethod> method = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ClvExplanation> explanation = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Line> inputs = FXCollections.observableArrayList();
    private final ObservableList<Line> steps = FXCollections.observableArrayList();
    private final ObservableList<ParameterNote> parameters = FXCollections.observableArrayList();
    private final Map<String, String> symbols = new LinkedHashMap<>();

    /**
     * @param sessions the open workspace's services
     * @param tasks    runs the explanation off the FX thread
     * @param settings currency symbol
     * @param i18n     texts and number formats
     */
    public ExplainViewModel(SessionHolder sessions, TaskExecutor tasks, UserSettings settings, I18n i18n) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    // Properties //

    /** @return the panel title */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** @return what the figure is and, for a group, how the mean is explained */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** @return the formatted result ("" while loading) */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** @return the failure sentence ("" when none) */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** @return whether the explanation is being computed */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** @return the method explained, {@code null} before a request */
    public ReadOnlyObjectProperty<ClvMethod> methodProperty() {
        return method.getReadOnlyProperty();
    }

    /** @return the last explanation, {@code null} while none */
    public ReadOnlyObjectProperty<ClvExplanation> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** @return the inputs in formula order */
    public ObservableList<Line> inputs() {
        return inputs;
    }

    /** @return the intermediate steps in calculation order, the result last */
    public ObservableList<Line> steps() {
        return steps;
    }

    /** @return the method-level parameters with their meaning (empty for one-line formulas) */
    public ObservableList<ParameterNote> parameters() {
        return parameters;
    }

    /**
     * @return the formula's symbols with formatted values for the substituted formula ("AOV", "F", "L", "CAC",
     *         "m", "r", "d", "revenue", "cost", "CLV"); only those the explanation has
     */
    public Map<String, String> symbols() {
        return java.util.Collections.unmodifiableMap(symbols);
    }

    // Commands //

    /**
     * Computes and shows an explanation in the background.
     *
     * @param request what to explain ({@code null} not permitted)
     */
    public void load(ExplainRequest request) {
        Objects.requireNonNull(request, "request");
        title.set(request.single() ? i18n.format("explain.title.customer", request.subject())
                : i18n.format("explain.title.group", request.subject()));
        method.set(request.method());
        note.set("");
        error.set("");
        result.set("");
        inputs.clear();
        steps.clear();
        parameters.clear();
        symbols.clear();
        explanation.set(null);
        busy.set(true);
        tasks.submit(p -> sessions.require().analysis().explainGroup(request.customerIds(), request.method(),
                request.settings(), p), TaskCallbacks.of(e -> show(request, e), this::failed));
    }

    /**
     * Shows a computed explanation (also used by tests).
     *
     * @param request the request
     * @param e       the service's explanation
     */
    void show(ExplainRequest request, ClvExplanation e) {
        busy.set(false);
        method.set(request.method());
        title.set(request.single() ? i18n.format("explain.title.customer", request.subject())
                : i18n.format("explain.title.group", request.subject()));
        ClvResult r = e.result();
        String cur = settings.get().currencySymbol();
        String methodName = request.method().cliName();
        if (e.customers() == 1) {
            note.set(i18n.format("explain.note.customer", methodName));
        } else if (e.exact()) {
            note.set(i18n.format("explain.note.groupExact", integer(e.customers()), methodName)
                    + (request.method() == ClvMethod.SIMPLE ? " " + i18n.get("explain.note.weightedAov") : ""));
        } else {
            note.set(i18n.format("explain.note.groupApprox", integer(e.customers()), money(r.value()),
                    money(e.meanClv())));
        }
        List<Line> in = new ArrayList<>();
        r.inputs().forEach((k, v) -> in.add(new Line(ExplainLabels.translate(k, cur, i18n), number(v))));
        inputs.setAll(in);
        List<Line> st = new ArrayList<>();
        for (ClvStep s : r.steps()) {
            st.add(new Line(ExplainLabels.translate(s.label(), cur, i18n), number(s.value())));
        }
        steps.setAll(st);
        result.set(i18n.numbers(cur).money(r.value(), 2));
        symbols.clear();
        put("AOV", r.inputs().get("average order value AOV (currency)"));
        put("F", r.inputs().get("purchase frequency F (per year)"));
        put("L", r.inputs().get("lifespan L (years)"));
        put("CAC", r.inputs().get("acquisition cost CAC (currency)"));
        put("m", r.inputs().containsKey("margin per period m (currency)")
                ? r.inputs().get("margin per period m (currency)") : r.inputs().get("margin m (fraction of revenue)"));
        put("r", r.inputs().get("retention rate r (per period)"));
        put("d", r.inputs().get("discount rate d (per period)"));
        put("revenue", r.inputs().get("revenue to date (currency)"));
        put("cost", r.inputs().get("cost to date (currency)"));
        symbols.put("CLV", money(r.value()));
        parameters.setAll(notes(request.method(), e.parameters(),
                ExplainLabels.translate(request.settings().timeUnit().cliName(), cur, i18n)));
        explanation.set(e);
    }

    private void put(String symbol, Double value) {
        if (value != null) {
            symbols.put(symbol, number(value));
        }
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (!(e instanceof CancelledException)) {
            error.set(i18n.format("explain.error", ErrorTexts.message(i18n, e)));
        }
    }

    /** Plain-word meaning of each parameter behind the figure. */
    private List<ParameterNote> notes(ClvMethod m, Map<String, Double> p, String unit) {
        List<ParameterNote> out = new ArrayList<>();
        for (Map.Entry<String, Double> en : p.entrySet()) {
            String k = en.getKey();
            double v = en.getValue();
            String meaning;
            String name = k;
            switch (k) {
                case "r" -> meaning = i18n.get("explain.param.r");
                case "alpha" -> {
                    name = "α";
                    meaning = i18n.format("explain.param.alpha", number(ratio(p.get("r"), v)), unit);
                }
                case "a" -> meaning = i18n.get("explain.param.a");
                case "b" -> meaning = i18n.format("explain.param.b", number(ratio(p.get("a"),
                        p.get("a") == null ? Double.NaN : p.get("a") + v)));
                case "s" -> meaning = i18n.get("explain.param.s");
                case "beta" -> {
                    name = "β";
                    meaning = i18n.format("explain.param.beta", number(ratio(p.get("s"), v)), unit);
                }
                case "gamma-gamma p" -> {
                    name = "p";
                    meaning = i18n.get("explain.param.ggP");
                }
                case "gamma-gamma q" -> {
                    name = "q";
                    meaning = i18n.get("explain.param.ggQ");
                }
                case "gamma-gamma gamma" -> {
                    name = "γ";
                    Double pp = p.get("gamma-gamma p");
                    Double qq = p.get("gamma-gamma q");
                    double mean = pp == null || qq == null || qq <= 1 ? Double.NaN : pp * v / (qq - 1);
                    meaning = i18n.format("explain.param.ggGamma", Double.isNaN(mean) ? "–" : money(mean));
                }
                default -> {
                    if (k.startsWith("retention r")) {
                        name = "r";
                        meaning = i18n.format("explain.param.retention", unit);
                    } else if (k.startsWith("discount rate d")) {
                        name = "d";
                        meaning = i18n.format("explain.param.discount", unit);
                    } else if (k.startsWith("lifespan")) {
                        name = "L";
                        meaning = i18n.get("explain.param.lifespan");
                    } else if (k.startsWith("acquisition cost")) {
                        name = "CAC";
                        meaning = i18n.get("explain.param.cac");
                    } else if (k.startsWith("mean spend")) {
                        name = "E[spend]";
                        meaning = i18n.get("explain.param.meanSpend");
                    } else {
                        meaning = "";
                    }
                }
            }
            out.add(new ParameterNote(name, number(v), meaning));
        }
        return out;
    }

    private static double ratio(Double a, double b) {
        return a == null || b == 0 ? Double.NaN : a / b;
    }

    private String integer(long v) {
        return NumberFormat.getIntegerInstance(i18n.locale()).format(v);
    }

    private String money(double v) {
        NumberFormat f = NumberFormat.getNumberInstance(i18n.locale());
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(v);
    }

    /**
     * @param v a value
     * @return whole numbers without decimals, values of at least 1 with 2 decimals, smaller ones with up to 4
     */
    String number(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(i18n.locale());
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            f.setMaximumFractionDigits(0);
        } else if (Math.abs(v) >= 1) {
            f.setMinimumFractionDigits(2);
            f.setMaximumFractionDigits(2);
        } else {
            f.setMaximumFractionDigits(4);
        }
        return f.format(v);
    }

    /** @return the UI locale */
    Locale locale() {
        return i18n.locale();
    }
}
