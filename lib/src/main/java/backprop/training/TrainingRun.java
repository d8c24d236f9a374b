package backprop.training;

import backprop.loss.Loss;
import backprop.network.Network;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** What a {@link Training} produced: every epoch, the final network, and whether it diverged. */
public final class TrainingRun {

    private final Network initial;
    private final Network trained;
    private final Loss loss;
    private final double learningRate;
    private final int epochsRequested;
    private final List<Epoch> history;
    private final Divergence divergence;
    private final List<String> warnings;

    TrainingRun(Network initial, Network trained, Loss loss, double learningRate, int epochsRequested,
                List<Epoch> history, Divergence divergence, List<String> warnings) {
        this.initial = initial;
        this.trained = trained.copy();
        this.loss = loss;
        this.learningRate = learningRate;
        this.epochsRequested = epochsRequested;
        this.history = Collections.unmodifiableList(history);
        this.divergence = divergence;
        this.warnings = List.copyOf(warnings);
    }

    /** The network before training. */
    public Network initialNetwork() {
        return initial;
    }

    /** The network after the last epoch's update. */
    public Network finalNetwork() {
        return trained.copy();
    }

    public Loss loss() {
        return loss;
    }

    public double learningRate() {
        return learningRate;
    }

    /** Every epoch run, 1 to {@link #epochsRun()}. */
    public List<Epoch> epochs() {
        return history;
    }

    public int epochsRequested() {
        return epochsRequested;
    }

    public int epochsRun() {
        return history.size();
    }

    /** Epoch {@code e} (1-based). */
    public Epoch epoch(int e) {
        if (e < 1 || e > history.size()) {
            throw new IllegalArgumentException("epoch = " + e + "; allowed: 1 to " + history.size()
                    + (diverged() ? " (training stopped: " + divergence + ")" : ""));
        }
        return history.get(e - 1);
    }

    public Epoch last() {
        return epoch(history.size());
    }

    /** The loss of every epoch. */
    public double[] losses() {
        return history.stream().mapToDouble(Epoch::loss).toArray();
    }

    public boolean diverged() {
        return divergence != null;
    }

    public Optional<Divergence> divergence() {
        return Optional.ofNullable(divergence);
    }

    /** Things about the setup or the run worth knowing although nothing failed. */
    public List<String> warnings() {
        return warnings;
    }

    /** Every epoch: loss, outputs, gradients and weights after the update. */
    public Table table() {
        int[] all = new int[history.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i + 1;
        }
        return table(all);
    }

    /** The given epochs (those beyond the run are left out), e.g. {@code table(1, 10, 50, 100)}. */
    public Table table(int... epochs) {
        List<Epoch> rows = new ArrayList<>();
        for (int e : epochs) {
            if (e >= 1 && e <= history.size()) {
                rows.add(history.get(e - 1));
            }
        }
        List<String> names = initial.parameterNames();
        int samples = history.isEmpty() ? 1 : history.get(0).outputs().length;
        Table t = Table.create("Training, learning rate " + learningRate + ", " + loss.name());
        t.addColumns(IntColumn.create("epoch", rows.stream().mapToInt(Epoch::epoch).toArray()));
        t.addColumns(DoubleColumn.create("loss", rows.stream().mapToDouble(Epoch::loss).toArray()));
        for (int s = 0; s < samples; s++) {
            for (int k = 0; k < initial.outputCount(); k++) {
                int sample = s;
                int output = k;
                String name = "o" + (k + 1) + (samples > 1 ? " (sample " + (s + 1) + ")" : "");
                t.addColumns(DoubleColumn.create(name, rows.stream().mapToDouble(r -> r.outputs()[sample][output]).toArray()));
            }
        }
        for (int k = 0; k < names.size(); k++) {
            int index = k;
            t.addColumns(DoubleColumn.create("dL/d" + names.get(k), rows.stream().mapToDouble(r -> r.gradients()[index]).toArray()));
        }
        for (int k = 0; k < names.size(); k++) {
            int index = k;
            t.addColumns(DoubleColumn.create(names.get(k) + " after", rows.stream().mapToDouble(r -> r.weights()[index]).toArray()));
        }
        return t;
    }

    /** One line: epochs, final loss, and the divergence if any. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(epochsRun()).append(" of ").append(epochsRequested).append(" epochs, learning rate ").append(learningRate)
                .append(", ").append(loss.name());
        if (!history.isEmpty()) {
            s.append(", last loss ").append(last().loss());
        }
        if (divergence != null) {
            s.append("; ").append(divergence);
        }
        return s.toString();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(summary());
        for (String w : warnings) {
            s.append("\nwarning: ").append(w);
        }
        return s.toString();
    }
}
