package backprop.view;

import backprop.training.Epoch;
import backprop.training.Symmetry;
import backprop.training.TrainingRun;
import tech.tablesaw.api.Table;

import java.util.Arrays;
import java.util.List;

/**
 * What experiment 8's page states about one run of the exercise network: whether its two hidden units
 * stayed copies of each other ({@link Symmetry}), whether anything moved at all, and how far apart the
 * paired weights drift. Each sentence is chosen by what the run did, so it stays true when a student
 * starts from other weights.
 */
public final class TiedUnits {

    private static final List<String> GAP_NAMES = List.of("|w1 − w2|", "|w3 − w4|", "|w5 − w7|", "|w6 − w8|");

    private TiedUnits() {
    }

    /** Whether every pair stayed exactly equal and h1 = h2 on {@code x} in every epoch of the run. */
    public static boolean stayedTied(TrainingRun run, double[] x) {
        return Arrays.stream(Symmetry.largestWeightGaps(run)).allMatch(g -> g == 0) && Symmetry.largestHiddenGap(run, x) == 0;
    }

    /** Whether no gradient was ever non-zero, so every weight is still where it started. */
    public static boolean frozen(TrainingRun run) {
        return Symmetry.largestGradient(run) == 0 && largestMove(run) == 0;
    }

    /** Per pair, the largest |difference| of the weights and of the gradients over every epoch of the run. */
    public static Table pairs(String name, TrainingRun run) {
        return Tables.columns(name + ": over all " + run.epochsRun() + " epochs", "pair", Symmetry.pairNames(),
                Labelled.of("largest |difference| of the weights", Symmetry.largestWeightGaps(run),
                        "largest |difference| of the gradients", Symmetry.largestGradientGaps(run)));
    }

    /** Whether the hidden units are the same unit twice in every epoch, or the largest |h1 - h2| if not. */
    public static Statements identical(String name, TrainingRun run, double[] x) {
        return Statements.of().either(stayedTied(run, x), "%s: in all %s epochs w1 = w2, w3 = w4, w5 = w7, w6 = w8"
                + " and h1 = h2 exactly: the two hidden units are the same unit twice.", "%s: the pairs are not all"
                + " equal in all %s epochs (largest |h1 − h2| = %s): the start was not symmetric.", name, run.epochsRun(),
                Symmetry.largestHiddenGap(run, x));
    }

    /**
     * The gradients of epoch 1, into the hidden units (w1..w4) and out of them (w5..w8), and which of them
     * moved: from zero weights with sigmoid (f(0) = 1/2) only the outgoing ones, since each hidden delta is a
     * sum over outgoing weights; with f(0) = 0 (tanh, ReLU) none, since h = 0 stops the outgoing ones too.
     */
    public static Statements firstEpoch(String name, TrainingRun run) {
        double[] g = run.epoch(1).gradients();
        List<String> names = run.initialNetwork().parameterNames().stream().map(n -> "dL/d" + n).toList();
        Statements s = Statements.of().add("%s, epoch 1: %s; %s.", name, Numbers.named(names.subList(0, 4),
                Arrays.copyOfRange(g, 0, 4)), Numbers.named(names.subList(4, 8), Arrays.copyOfRange(g, 4, 8)));
        if (Arrays.stream(g).allMatch(v -> v == 0)) {
            return s.add("No weight moves in epoch 1: all eight gradients are 0.");
        }
        if (Arrays.stream(g, 0, 4).allMatch(v -> v == 0)) {
            int from = run.firstEpoch(e -> Arrays.stream(e.gradients(), 0, 4).anyMatch(v -> v != 0));
            return s.either(from > 0, "Only w5..w8 move in epoch 1; w1..w4 move from epoch %s on.", "Only w5..w8 move in"
                    + " epoch 1; w1..w4 do not move in any of the %2$s epochs.", from, run.epochsRun());
        }
        return s.add("w1..w4 receive a gradient in epoch 1 already: the outgoing weights did not start at 0.");
    }

    /**
     * Whether anything moved: "every gradient is exactly 0 and every weight stays where it started", with
     * the constant outputs and loss, or else the largest gradient and the largest move of a weight.
     */
    public static Statements frozen(String name, TrainingRun run) {
        double[] losses = run.losses();
        boolean constantLoss = Arrays.stream(losses).allMatch(l -> l == losses[0]);
        return Statements.of().either(frozen(run) && constantLoss, "%s: over all %s epochs every gradient is exactly 0"
                        + " and every weight stays where it started; the outputs stay %s and the loss stays %s.",
                "%s: something moves over the %s epochs (outputs at the end %s, loss %s; largest |gradient| %s,"
                        + " largest move of a weight %s).", name, run.epochsRun(), run.last().outputs()[0], run.finalLoss(),
                Symmetry.largestGradient(run), largestMove(run));
    }

    /** How far apart the pairs got (largest per pair) and the largest |h1 - h2| on {@code x}. */
    public static Statements differ(String name, TrainingRun run, double[] x) {
        return Statements.of().either(!stayedTied(run, x), "%s: the pairs differ (largest %s; largest |h1 − h2| = %s).",
                "%s: the pairs stay equal (largest %s; largest |h1 − h2| = %s).", name,
                Numbers.named(GAP_NAMES, Symmetry.largestWeightGaps(run)), Symmetry.largestHiddenGap(run, x));
    }

    /**
     * |w_i - w_j| after each epoch, for a chart on a log axis: an exact 0 (a tied pair) becomes NaN, which
     * a chart leaves out, since a log axis has no place for 0.
     */
    public static double[] gap(TrainingRun run, int i, int j) {
        return run.epochs().stream().mapToDouble(e -> e.w(i) != e.w(j) ? Math.abs(e.w(i) - e.w(j)) : Double.NaN).toArray();
    }

    /**
     * A start's name from its weights, for labels: "zeros", "all 0.3" when every weight is the same, and
     * "the start" otherwise.
     */
    public static String startName(double[] weights) {
        boolean same = Arrays.stream(weights).allMatch(w -> w == weights[0]);
        return !same ? "the start" : weights[0] == 0 ? "zeros" : "all " + Numbers.format(weights[0]);
    }

    /** The largest |w - w_start| of any weight after any epoch: 0 when nothing ever moved. */
    static double largestMove(TrainingRun run) {
        double[] start = run.initialWeights();
        double move = 0;
        for (Epoch e : run.epochs()) {
            for (int k = 0; k < start.length; k++) {
                move = Math.max(move, Math.abs(e.weights()[k] - start[k]));
            }
        }
        return move;
    }
}
