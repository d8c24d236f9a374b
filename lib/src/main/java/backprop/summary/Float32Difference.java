package backprop.summary;

import backprop.training.Float32Exercise;
import backprop.view.Numbers;
import backprop.view.Statements;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Where the two sigmoids of experiment 2 part in float32, as the reports' PyTorch programs ran: the
 * backward passes (g (1 - y)) y and (g r^2) e^-z round differently, so from some epoch on the printed
 * losses differ in their last bits (report 003's printouts). The arithmetic is {@link Float32Exercise}'s.
 */
public final class Float32Difference {

    private final Float32Exercise.Run torch;
    private final Float32Exercise.Run written;
    private final List<Integer> differ;

    private Float32Difference(Float32Exercise.Run torch, Float32Exercise.Run written) {
        this.torch = torch;
        this.written = written;
        this.differ = Float32Exercise.epochsWhereLossDiffers(torch, written);
    }

    /** {@code torch}: the float32 run with torch.sigmoid; {@code written}: with the written-out form. */
    public static Float32Difference of(Float32Exercise.Run torch, Float32Exercise.Run written) {
        if (torch.form() != Float32Exercise.Form.TORCH_SIGMOID || written.form() != Float32Exercise.Form.WRITTEN_OUT) {
            throw new IllegalArgumentException("runs of forms " + torch.form() + ", " + written.form()
                    + "; allowed: TORCH_SIGMOID first, WRITTEN_OUT second");
        }
        return new Float32Difference(torch, written);
    }

    /** The first epoch (from 1) whose printed loss differs, 0 when none does. */
    public int firstEpoch() {
        return differ.isEmpty() ? 0 : differ.get(0);
    }

    /** How many units of the 8th significant digit lie between a and b, each rounded to 8 significant digits. */
    static long unitsAtEightDigits(float a, float b) {
        if (a == b) {
            return 0;
        }
        int scale = 7 - (int) Math.floor(Math.log10(Math.max(Math.abs(a), Math.abs(b))));
        BigDecimal x = new BigDecimal(a).setScale(scale, RoundingMode.HALF_EVEN);
        BigDecimal y = new BigDecimal(b).setScale(scale, RoundingMode.HALF_EVEN);
        return x.subtract(y).abs().unscaledValue().longValueExact();
    }

    public Statements statements() {
        int e = firstEpoch(), epochs = Math.min(torch.epochs(), written.epochs());
        if (e == 0) {
            return Statements.of().add("In float32 the two forms print the same loss in all %s epochs.", epochs);
        }
        float a = torch.loss(e), b = written.loss(e);
        return Statements.of()
                .add("In float32 the printed losses first differ in epoch %s (epoch %s for a loop counting from 0):"
                        + " %s (torch.sigmoid) vs %s (written out).", e, e - 1, Numbers.full(a), Numbers.full(b))
                .add("That is %s float32 ulps apart, a difference of %s; at 8 significant digits %s vs %s, %s %s"
                        + " in the last place. The losses differ in %s of the %s epochs.", Float32Exercise.ulpsApart(a, b),
                        (double) Math.abs(a - b), Numbers.format(a, 8), Numbers.format(b, 8), unitsAtEightDigits(a, b),
                        unitsAtEightDigits(a, b) == 1 ? "unit" : "units",
                        differ.size(), epochs);
    }
}
