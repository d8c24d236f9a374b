package backprop.view;

import backprop.training.TrainingRun;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What a notebook states about the outputs above it, built from those outputs so that every sentence stays
 * true when a student changes the hyperparameters: a sentence that only holds in one case is chosen by a
 * condition, and every number in it is written by {@link Numbers#format} (6 significant digits; an
 * array of doubles as "(0.23, -0.07)"). A cell that ends in one shows a bulleted list.
 *
 * <pre>{@code
 * Statements.of()
 *     .add("The loss falls from %s to %s.", first, last)
 *     .either(run.diverged(), "The run diverged at epoch %s.", "The run did not diverge.", run.divergenceEpoch())
 * }</pre>
 */
public final class Statements implements Html {

    /** Below this relative difference two double computations of one value differ only by rounding. */
    static final double ROUNDING = 1e-12;

    private final List<String> sentences = new ArrayList<>();

    private Statements() {
    }

    public static Statements of() {
        return new Statements();
    }

    /** A sentence; each {@code %s} takes the next argument, numbers written at 6 significant digits. */
    public Statements add(String template, Object... args) {
        sentences.add(fill(template, args));
        return this;
    }

    /** The sentence only when {@code condition} holds. */
    public Statements addIf(boolean condition, String template, Object... args) {
        return condition ? add(template, args) : this;
    }

    /** One of two sentences, whichever is true; both take the same arguments. */
    public Statements either(boolean condition, String whenTrue, String whenFalse, Object... args) {
        return add(condition ? whenTrue : whenFalse, args);
    }

    /**
     * How closely two computations agree, from their largest relative difference: "{subject} agree bit
     * for bit.", or below 1e-12 "{subject} agree up to a relative difference of 9.84208e-16: rounding in
     * the last binary digits.", or else "{subject} DISAGREE: relative difference up to 0.0120186."
     * {@code subject} names both sides, e.g. "The matrix form and autograd".
     */
    public Statements agreement(String subject, double largestRelativeDifference) {
        if (largestRelativeDifference == 0) {
            return add("%s agree bit for bit.", subject);
        }
        return either(largestRelativeDifference < ROUNDING, "%s agree up to a relative difference of %s: rounding in the last binary digits.",
                "%s DISAGREE: relative difference up to %s.", subject, largestRelativeDifference);
    }

    /**
     * How far run {@code name} got: "variant: 100 of 100 epochs, last loss -50.9004.", and, when it stopped
     * early, why ("...; diverged at epoch 7: |loss| = ... exceeded ...").
     */
    public Statements run(String name, TrainingRun run) {
        return add("%s: %s of %s epochs, last loss %s%s.", name, run.epochsRun(), run.epochsRequested(), run.finalLoss(),
                run.divergence().map(d -> "; " + d).orElse(""));
    }

    /** One {@link #run} sentence per run, in the map's order (e.g. from {@link Labelled#of}). */
    public Statements runs(Map<String, TrainingRun> runs) {
        runs.forEach(this::run);
        return this;
    }

    /**
     * Items for a sentence: "h2, o2", or "none" when there are none, so that a template such as
     * "weights that never changed: %s" reads right for any run.
     */
    public static String listed(Collection<?> items) {
        if (items.isEmpty()) {
            return "none";
        }
        StringJoiner text = new StringJoiner(", ");
        items.forEach(item -> text.add(item instanceof Double d ? Numbers.format(d) : String.valueOf(item)));
        return text.toString();
    }

    public List<String> sentences() {
        return List.copyOf(sentences);
    }

    @Override
    public String toHtml() {
        StringBuilder html = new StringBuilder("<ul>\n");
        for (String sentence : sentences) {
            html.append("<li>").append(escape(sentence)).append("</li>\n");
        }
        return html.append("</ul>").toString();
    }

    /** One line per statement, "- " first, for the plain-text form of the output. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (String sentence : sentences) {
            text.append(text.length() == 0 ? "" : "\n").append("- ").append(sentence);
        }
        return text.toString();
    }

    private static String fill(String template, Object[] args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Double || args[i] instanceof Float ? Numbers.format(((Number) args[i]).doubleValue())
                    : args[i] instanceof double[] values ? vector(values) : args[i];
        }
        return String.format(Locale.ROOT, template, shown);
    }

    /** "(0.23, -0.07)": the way the pages write a point or a target vector. */
    private static String vector(double[] values) {
        StringJoiner text = new StringJoiner(", ", "(", ")");
        for (double v : values) {
            text.add(Numbers.format(v));
        }
        return text.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The sentences of {@code more} after these: one list from several library calls. */
    public Statements addAll(Statements more) {
        sentences.addAll(more.sentences);
        return this;
    }
}
